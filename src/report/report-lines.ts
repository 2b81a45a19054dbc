/** A transcript line as the report reads it: a short reference for the prompt, the real line id for the page. */
export interface ReportLine {
  /** What the prompt and the report call it: "u1", "u2" for the learner, "p1", "p2" for the persona. */
  ref: string;
  /** The transcript line's id (the Realtime item id), to highlight it. */
  lineId: string;
  speaker: 'user' | 'assistant';
  text: string;
}

interface LineLike {
  id: string;
  speaker: 'user' | 'assistant';
  text: string;
  status: string;
  heard?: string;
}

/** The settled lines with words, numbered per speaker; a cut reply counts as what the learner heard of it. */
export function reportLinesOf(lines: readonly LineLike[]): ReportLine[] {
  const counts = { user: 0, assistant: 0 };
  const out: ReportLine[] = [];
  for (const line of lines) {
    const text = (line.speaker === 'assistant' && line.heard !== undefined ? line.heard : line.text).trim();
    if (line.status === 'interim' || line.status === 'failed' || !text) continue;
    counts[line.speaker] += 1;
    out.push({ ref: `${line.speaker === 'user' ? 'u' : 'p'}${counts[line.speaker]}`, lineId: line.id, speaker: line.speaker, text });
  }
  return out;
}

export const MIN_USER_TURNS = 2;

export function userTurnCount(lines: readonly ReportLine[]): number {
  return lines.filter((line) => line.speaker === 'user').length;
}

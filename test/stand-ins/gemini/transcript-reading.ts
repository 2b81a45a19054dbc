/**
 * Reads what a feedback request holds the way a model would: the transcript lines (JSON objects with an id, a
 * speaker and the words), which speaker is the learner, and the languages asked for (`Label: value` lines).
 */
export interface TranscriptLine {
  id: string;
  speaker: string;
  text: string;
}

export interface FeedbackRequest {
  lines: TranscriptLine[];
  learnerLines: TranscriptLine[];
  otherLines: TranscriptLine[];
  /** The language explanations are written in. */
  explainIn: 'en' | 'ko';
  /** The language the conversation was held in (quotes and better phrasings). */
  spokenIn: 'en' | 'ko';
}

const LEARNER = /^(learner|user|student|you|me)$/i;
const HANGUL = /[\uac00-\ud7a3]/;

function promptText(contents: unknown): string {
  const list = Array.isArray(contents) ? (contents as Array<{ role?: string; parts?: Array<{ text?: unknown }> }>) : [];
  const first = list.find((c) => c.role === undefined || c.role === 'user');
  return (first?.parts ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
}

function lineOf(raw: string): TranscriptLine | null {
  try {
    const value = JSON.parse(raw.trim()) as Record<string, unknown>;
    const text = value.text ?? value.words;
    const speaker = value.speaker ?? value.role;
    if (typeof text !== 'string' || typeof speaker !== 'string') return null;
    return { id: String(value.id ?? value.line ?? ''), speaker, text };
  } catch {
    return null;
  }
}

function languageOf(value: string | undefined, fallback: 'en' | 'ko'): 'en' | 'ko' {
  if (!value) return fallback;
  return /korean|한국어|\(ko\)|"ko"/i.test(value) ? 'ko' : /english|\(en\)|"en"/i.test(value) ? 'en' : fallback;
}

function labelled(text: string, pattern: string): string | undefined {
  return new RegExp(`^[^\\n]*${pattern}[^\\n]*?:\\s*(.+)$`, 'im').exec(text)?.[1];
}

export function readFeedbackRequest(contents: unknown): FeedbackRequest {
  const text = promptText(contents);
  const lines = text.split('\n').filter((raw) => raw.trim().startsWith('{')).map(lineOf).filter((line): line is TranscriptLine => line !== null);
  const learnerLines = lines.filter((line) => LEARNER.test(line.speaker));
  const otherLines = lines.filter((line) => !LEARNER.test(line.speaker));
  const spokenGuess = learnerLines.some((line) => HANGUL.test(line.text)) ? 'ko' : 'en';
  const spokenIn = languageOf(labelled(text, 'conversation language'), spokenGuess);
  const explainIn = languageOf(labelled(text, 'explanation language'), spokenIn);
  return { lines, learnerLines, otherLines, explainIn, spokenIn };
}

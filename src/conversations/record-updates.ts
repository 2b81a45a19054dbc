import type { TranscriptLine } from '../call/transcript-reducer';
import { lastSpan, type ConversationRecord, type EndReason, type RecordingInfo, type SavedLine, type TurnFigures } from './conversation-record';

/** A line is kept once it is settled: its words will not change any more (a cut reply may still learn what was heard). */
function savedLineOf(line: TranscriptLine, at: number): SavedLine | null {
  if (line.status === 'interim' || (!line.text && line.status !== 'failed')) return null;
  const saved: SavedLine = { id: line.id, speaker: line.speaker, text: line.text, status: line.status, medium: line.medium, at };
  if (line.heard !== undefined) saved.heard = line.heard;
  return saved;
}

function sameLine(a: SavedLine, b: SavedLine): boolean {
  return a.text === b.text && a.status === b.status && a.medium === b.medium && a.heard === b.heard && a.speaker === b.speaker;
}

/**
 * The settled lines of the transcript merged into the record: new ones appended in transcript order, changed ones
 * updated in place. Lines are never removed (a new call clears the screen, not the conversation). `firstSeen`
 * says when a line appeared on screen; the same record comes back when nothing changed.
 */
export function withTranscript(
  record: ConversationRecord,
  transcript: readonly TranscriptLine[],
  firstSeen: (id: string) => number,
): ConversationRecord {
  const index = new Map(record.lines.map((line, at) => [line.id, at]));
  let lines: SavedLine[] | null = null;
  for (const line of transcript) {
    const at = index.get(line.id);
    const saved = savedLineOf(line, at === undefined ? firstSeen(line.id) : record.lines[at]!.at);
    if (!saved) continue;
    if (at !== undefined && sameLine(record.lines[at]!, saved)) continue;
    lines ??= record.lines.slice();
    if (at === undefined) {
      index.set(saved.id, lines.length);
      lines.push(saved);
    } else {
      lines[at] = saved;
    }
  }
  return lines ? { ...record, lines } : record;
}

export function withNewSpan(record: ConversationRecord, startedAt: number): ConversationRecord {
  return { ...record, spans: [...record.spans, { startedAt, endedAt: null, endReason: null }] };
}

/** Closes the running call of the record; a call already closed keeps its first reason. */
export function withSpanEnded(record: ConversationRecord, endReason: EndReason, endedAt: number): ConversationRecord {
  const span = lastSpan(record);
  if (span.endedAt !== null) return record;
  return { ...record, spans: [...record.spans.slice(0, -1), { ...span, endedAt: Math.max(endedAt, span.startedAt), endReason }] };
}

/** The figures of the record's current call, replacing what was known of it before. */
export function withSpanTurns(record: ConversationRecord, turns: readonly Omit<TurnFigures, 'span'>[]): ConversationRecord {
  const span = record.spans.length - 1;
  const others = record.turns.filter((turn) => turn.span !== span);
  const current = turns.map((turn) => ({ ...turn, span }));
  const before = record.turns.filter((turn) => turn.span === span);
  if (JSON.stringify(before) === JSON.stringify(current)) return record;
  return { ...record, turns: [...others, ...current] };
}

export function withRecording(record: ConversationRecord, recording: RecordingInfo): ConversationRecord {
  return { ...record, recordings: [...record.recordings.filter((r) => r.key !== recording.key), recording] };
}

/** The saved lines as the transcript shows them. */
export function transcriptOf(record: ConversationRecord): TranscriptLine[] {
  return record.lines.map(({ at: _at, ...line }) => line);
}

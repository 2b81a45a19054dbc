import { validatePersona, type Persona } from '../persona/persona-schema';

/**
 * One conversation as it is kept in this browser and exported as JSON. Version 1 (the first shape) had one
 * start, end and reason for the whole conversation and lines without their medium; version 2 keeps one span per
 * call (a conversation carried on after a reload has several), the per-turn figures and the recordings.
 *
 * Checked by hand rather than with zod: zod/mini is in the first load, and every zod function used here would be
 * hoisted into it.
 */
export const CONVERSATION_SCHEMA_VERSION = 2;

export type EndReason = 'ended' | 'failed' | 'page_closed';

export interface SavedLine {
  id: string;
  speaker: 'user' | 'assistant';
  text: string;
  status: 'final' | 'interrupted' | 'failed';
  medium: 'speech' | 'text';
  /** For a reply cut off while it played: the part the user heard. */
  heard?: string;
  /** When the line first appeared, ms since the epoch. */
  at: number;
}

export interface CallSpan {
  startedAt: number;
  /** Null while the call runs (or when the page closed before it could say so). */
  endedAt: number | null;
  endReason: EndReason | null;
}

export interface TurnFigures {
  /** Which call of the conversation (index into `spans`). */
  span: number;
  index: number;
  /** End of the user's turn to the persona's first output. */
  latencyMs: number | null;
  inputTokens: number;
  outputTokens: number;
  /** Null when the model has no known price. */
  costUsd: number | null;
}

export interface RecordingInfo {
  key: string;
  span: number;
  bytes: number;
  mimeType: string;
  durationMs: number;
}

export interface ConversationRecord {
  schemaVersion: typeof CONVERSATION_SCHEMA_VERSION;
  id: string;
  persona: Persona;
  spans: CallSpan[];
  lines: SavedLine[];
  turns: TurnFigures[];
  recordings: RecordingInfo[];
  /** The tab that writes this conversation now; another tab that continues it takes it over. */
  writer: string;
  updatedAt: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const oneOf = <T extends string>(values: readonly T[]) => (value: unknown): value is T => values.includes(value as T);
const orNull = <T>(check: (value: unknown) => value is T) => (value: unknown): value is T | null => value === null || check(value);

const isEndReason = oneOf<EndReason>(['ended', 'failed', 'page_closed']);
const isSpeaker = oneOf(['user', 'assistant'] as const);
const isStatus = oneOf(['final', 'interrupted', 'failed'] as const);
const isMedium = oneOf(['speech', 'text'] as const);

function lineOf(value: unknown, mediumRequired: boolean): SavedLine | null {
  if (!isObject(value) || !isId(value.id) || !isSpeaker(value.speaker) || !isText(value.text) || !isStatus(value.status) || !isTime(value.at)) return null;
  if (value.heard !== undefined && !isText(value.heard)) return null;
  if (mediumRequired ? !isMedium(value.medium) : value.medium !== undefined) return null;
  const line: SavedLine = { id: value.id, speaker: value.speaker, text: value.text, status: value.status, medium: mediumRequired ? (value.medium as SavedLine['medium']) : 'speech', at: value.at };
  if (value.heard !== undefined) line.heard = value.heard;
  return line;
}

function spanOf(value: unknown): CallSpan | null {
  if (!isObject(value) || !isTime(value.startedAt) || !orNull(isTime)(value.endedAt) || !orNull(isEndReason)(value.endReason)) return null;
  return { startedAt: value.startedAt, endedAt: value.endedAt, endReason: value.endReason };
}

function turnOf(value: unknown): TurnFigures | null {
  if (!isObject(value) || !isCount(value.span) || !isCount(value.index) || !orNull(isFiniteNumber)(value.latencyMs)) return null;
  if (!isCount(value.inputTokens) || !isCount(value.outputTokens) || !orNull(isFiniteNumber)(value.costUsd)) return null;
  return { span: value.span, index: value.index, latencyMs: value.latencyMs, inputTokens: value.inputTokens, outputTokens: value.outputTokens, costUsd: value.costUsd };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function recordingOf(value: unknown): RecordingInfo | null {
  if (!isObject(value) || !isId(value.key) || !isCount(value.span) || !isCount(value.bytes) || !isText(value.mimeType) || !isTime(value.durationMs)) return null;
  return { key: value.key, span: value.span, bytes: value.bytes, mimeType: value.mimeType, durationMs: value.durationMs };
}

/** Every element read, or null if any one cannot be. */
function listOf<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const item of value) {
    const parsed = read(item);
    if (parsed === null) return null;
    out.push(parsed);
  }
  return out;
}

function personaOf(value: unknown): Persona | null {
  const result = validatePersona(value);
  return result.ok ? result.persona : null;
}

function currentOf(value: Json): ConversationRecord | null {
  const persona = personaOf(value.persona);
  const spans = listOf(value.spans, spanOf);
  const lines = listOf(value.lines, (line) => lineOf(line, true));
  const turns = listOf(value.turns, turnOf);
  const recordings = listOf(value.recordings, recordingOf);
  if (!isId(value.id) || !persona || !spans?.length || !lines || !turns || !recordings || !isText(value.writer) || !isTime(value.updatedAt)) return null;
  return { schemaVersion: CONVERSATION_SCHEMA_VERSION, id: value.id, persona, spans, lines, turns, recordings, writer: value.writer, updatedAt: value.updatedAt };
}

function fromV1(value: Json): ConversationRecord | null {
  const persona = personaOf(value.persona);
  const span = spanOf(value);
  // Version 1 saved only spoken calls' transcripts: its lines have no medium and are read as speech.
  const lines = listOf(value.lines, (line) => lineOf(line, false));
  if (!isId(value.id) || !persona || !span || !lines || !isText(value.writer) || !isTime(value.updatedAt)) return null;
  return { schemaVersion: CONVERSATION_SCHEMA_VERSION, id: value.id, persona, spans: [span], lines, turns: [], recordings: [], writer: value.writer, updatedAt: value.updatedAt };
}

export type ParsedRecord =
  | { ok: true; record: ConversationRecord; migrated: boolean }
  | { ok: false; reason: 'newer_version' | 'invalid' };

/** A stored or imported value as the current version, or why it cannot be read (the stored value is left as it is). */
export function parseConversationRecord(value: unknown): ParsedRecord {
  if (!isObject(value)) return { ok: false, reason: 'invalid' };
  const version = value.schemaVersion;
  if (typeof version === 'number' && version > CONVERSATION_SCHEMA_VERSION) return { ok: false, reason: 'newer_version' };
  const record = version === 1 ? fromV1(value) : version === CONVERSATION_SCHEMA_VERSION ? currentOf(value) : null;
  return record ? { ok: true, record, migrated: version === 1 } : { ok: false, reason: 'invalid' };
}

export function newConversationRecord(id: string, persona: Persona, writer: string, startedAt: number): ConversationRecord {
  return {
    schemaVersion: CONVERSATION_SCHEMA_VERSION,
    id,
    persona,
    spans: [{ startedAt, endedAt: null, endReason: null }],
    lines: [],
    turns: [],
    recordings: [],
    writer,
    updatedAt: startedAt,
  };
}

/** What the history list shows of a conversation. */
export interface ConversationSummary {
  id: string;
  personaName: string;
  startedAt: number;
  durationMs: number;
  lines: number;
  /** Null when no turn had a known price. */
  costUsd: number | null;
  recordingBytes: number;
  /** The last call of it is still running somewhere (or was, when its page closed without saying so). */
  open: boolean;
}

export function lastSpan(record: ConversationRecord): CallSpan {
  return record.spans[record.spans.length - 1]!;
}

/** Talk time: every call from its start to its end (an unended call to its last saved moment). */
export function durationMs(record: ConversationRecord): number {
  return record.spans.reduce((sum, span) => sum + Math.max(0, (span.endedAt ?? record.updatedAt) - span.startedAt), 0);
}

export function totalCostUsd(record: ConversationRecord): number | null {
  const priced = record.turns.filter((turn) => turn.costUsd !== null);
  return priced.length ? priced.reduce((sum, turn) => sum + (turn.costUsd ?? 0), 0) : null;
}

export function summarise(record: ConversationRecord): ConversationSummary {
  return {
    id: record.id,
    personaName: record.persona.name,
    startedAt: record.spans[0]!.startedAt,
    durationMs: durationMs(record),
    lines: record.lines.length,
    costUsd: totalCostUsd(record),
    recordingBytes: record.recordings.reduce((sum, recording) => sum + recording.bytes, 0),
    open: lastSpan(record).endedAt === null,
  };
}

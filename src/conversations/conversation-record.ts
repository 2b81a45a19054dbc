import * as z from 'zod/mini';
import { personaSchema, type Persona } from '../persona/persona-schema';

/**
 * One conversation as it is kept in this browser and exported as JSON. Version 1 (the first shape) had one
 * start, end and reason for the whole conversation and lines without their medium; version 2 keeps one span per
 * call (a conversation carried on after a reload has several), the per-turn figures and the recordings.
 */
export const CONVERSATION_SCHEMA_VERSION = 2;

const epochMs = z.number().check(z.nonnegative());

const endReasonSchema = z.enum(['ended', 'failed', 'page_closed']);
export type EndReason = z.infer<typeof endReasonSchema>;

const savedLineSchema = z.object({
  id: z.string().check(z.minLength(1)),
  speaker: z.enum(['user', 'assistant']),
  text: z.string(),
  status: z.enum(['final', 'interrupted', 'failed']),
  medium: z.enum(['speech', 'text']),
  /** For a reply cut off while it played: the part the user heard. */
  heard: z.optional(z.string()),
  /** When the line first appeared, ms since the epoch. */
  at: epochMs,
});
export type SavedLine = z.infer<typeof savedLineSchema>;

const callSpanSchema = z.object({
  startedAt: epochMs,
  /** Null while the call runs (or when the page closed before it could say so). */
  endedAt: z.nullable(epochMs),
  endReason: z.nullable(endReasonSchema),
});
export type CallSpan = z.infer<typeof callSpanSchema>;

const turnFiguresSchema = z.object({
  span: z.int().check(z.nonnegative()),
  index: z.int().check(z.positive()),
  /** End of the user's turn to the persona's first output. */
  latencyMs: z.nullable(z.number()),
  inputTokens: z.int().check(z.nonnegative()),
  outputTokens: z.int().check(z.nonnegative()),
  /** Null when the model has no known price. */
  costUsd: z.nullable(z.number()),
});
export type TurnFigures = z.infer<typeof turnFiguresSchema>;

const recordingInfoSchema = z.object({
  key: z.string(),
  span: z.int().check(z.nonnegative()),
  bytes: z.int().check(z.nonnegative()),
  mimeType: z.string(),
  durationMs: z.number().check(z.nonnegative()),
});
export type RecordingInfo = z.infer<typeof recordingInfoSchema>;

const recordSchema = z.object({
  schemaVersion: z.literal(CONVERSATION_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  persona: personaSchema,
  spans: z.array(callSpanSchema).check(z.minLength(1)),
  lines: z.array(savedLineSchema),
  turns: z.array(turnFiguresSchema),
  recordings: z.array(recordingInfoSchema),
  /** The tab that writes this conversation now; another tab that continues it takes it over. */
  writer: z.string(),
  updatedAt: epochMs,
});
export type ConversationRecord = z.infer<typeof recordSchema>;

const recordV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().check(z.minLength(1)),
  persona: personaSchema,
  startedAt: epochMs,
  endedAt: z.nullable(epochMs),
  endReason: z.nullable(endReasonSchema),
  lines: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      speaker: z.enum(['user', 'assistant']),
      text: z.string(),
      status: z.enum(['final', 'interrupted', 'failed']),
      heard: z.optional(z.string()),
      at: epochMs,
    }),
  ),
  writer: z.string(),
  updatedAt: epochMs,
});
type ConversationRecordV1 = z.infer<typeof recordV1Schema>;

function fromV1(old: ConversationRecordV1): ConversationRecord {
  return {
    schemaVersion: CONVERSATION_SCHEMA_VERSION,
    id: old.id,
    persona: old.persona,
    spans: [{ startedAt: old.startedAt, endedAt: old.endedAt, endReason: old.endReason }],
    // Version 1 saved only spoken calls' transcripts.
    lines: old.lines.map((line) => ({ ...line, medium: 'speech' as const })),
    turns: [],
    recordings: [],
    writer: old.writer,
    updatedAt: old.updatedAt,
  };
}

export type ParsedRecord =
  | { ok: true; record: ConversationRecord; migrated: boolean }
  | { ok: false; reason: 'newer_version' | 'invalid' };

/** A stored or imported value as the current version, or why it cannot be read (the stored value is left as it is). */
export function parseConversationRecord(value: unknown): ParsedRecord {
  const version = typeof value === 'object' && value !== null ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > CONVERSATION_SCHEMA_VERSION) return { ok: false, reason: 'newer_version' };
  if (version === 1) {
    const old = recordV1Schema.safeParse(value);
    return old.success ? { ok: true, record: fromV1(old.data), migrated: true } : { ok: false, reason: 'invalid' };
  }
  const current = recordSchema.safeParse(value);
  return current.success ? { ok: true, record: current.data, migrated: false } : { ok: false, reason: 'invalid' };
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

/**
 * Pure: what the page asked for versus what the server says it applied, field by field. The request is the token
 * request body (`voice`, `turnDetection`, `outputModality`, `language`) and what session.update messages changed.
 */
import type { RealtimeSessionCreateRequest, SessionUpdatedEvent } from 'openai/resources/realtime/realtime';
import type { TokenRequest } from '../../server-token/contract';

/** A GA realtime session as a session.update carries it or the server reports it; any field may be absent. */
export type SessionFields = Partial<RealtimeSessionCreateRequest>;

/** The `session` of the latest session.created / session.updated. */
export type AppliedSession = SessionUpdatedEvent['session'];

export interface RequestedSession {
  tokenRequest?: TokenRequest;
  /** Fields a session.update sent since; they win over the token request's. */
  sessionUpdate?: SessionFields;
}

export type DiffStatus = 'same' | 'differs' | 'not-requested' | 'not-reported';

export interface SessionDiffRow {
  field: string;
  requested: unknown;
  applied: unknown;
  status: DiffStatus;
}

export const SESSION_DIFF_FIELDS = ['model', 'voice', 'output_modalities', 'turn_detection', 'transcription', 'instructions'] as const;
export type SessionDiffField = (typeof SESSION_DIFF_FIELDS)[number];

type DiffFields = Partial<Record<SessionDiffField, unknown>>;

function sessionFields(session: SessionFields | undefined): DiffFields {
  if (!session) return {};
  const input = session.audio?.input;
  // `turn_detection: null` (push-to-talk) is a value, not an absence.
  const turnDetection = input && 'turn_detection' in input ? input.turn_detection : undefined;
  return {
    model: session.model,
    voice: session.audio?.output?.voice,
    output_modalities: session.output_modalities,
    turn_detection: turnDetection,
    transcription: input?.transcription,
    instructions: session.instructions,
  };
}

function tokenRequestFields(request: TokenRequest | undefined): DiffFields {
  if (!request) return {};
  const mode = request.turnDetection;
  return {
    voice: request.voice,
    output_modalities: request.outputModality === undefined ? undefined : [request.outputModality],
    turn_detection: mode === 'push_to_talk' ? null : mode === undefined ? undefined : { type: mode },
    transcription: request.language === undefined ? undefined : { language: request.language.slice(0, 2) },
    instructions: request.instructions,
  };
}

function firstDefined(...values: unknown[]): unknown {
  return values.find((value) => value !== undefined);
}

export function requestedFields(requested: RequestedSession | null, pinnedModel?: string | null): Record<SessionDiffField, unknown> {
  // Later sources win: the session.update the page sent overrides what it asked the token server for.
  const sources = [sessionFields(requested?.sessionUpdate), tokenRequestFields(requested?.tokenRequest)];
  const out = {} as Record<SessionDiffField, unknown>;
  for (const field of SESSION_DIFF_FIELDS) out[field] = firstDefined(...sources.map((source) => source[field]));
  out.model = firstDefined(out.model, pinnedModel ?? undefined);
  return out;
}

export function appliedFields(applied: AppliedSession | null): Record<SessionDiffField, unknown> {
  const fields = sessionFields(applied?.type === 'transcription' ? undefined : (applied ?? undefined));
  const out = {} as Record<SessionDiffField, unknown>;
  for (const field of SESSION_DIFF_FIELDS) out[field] = fields[field];
  return out;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** True when every field the page asked for has the same value in the applied one (defaults may add fields). */
export function requestSatisfied(requested: unknown, applied: unknown): boolean {
  if (Array.isArray(requested)) {
    return Array.isArray(applied) && requested.length === applied.length && requested.every((item, i) => requestSatisfied(item, applied[i]));
  }
  const r = asRecord(requested);
  if (r) {
    const a = asRecord(applied);
    return a !== null && Object.entries(r).every(([key, value]) => value === undefined || requestSatisfied(value, a[key]));
  }
  return Object.is(requested, applied);
}

export function diffSessions(requested: RequestedSession | null, applied: AppliedSession | null, pinnedModel?: string | null): SessionDiffRow[] {
  const want = requestedFields(requested, pinnedModel);
  const got = appliedFields(applied);
  return SESSION_DIFF_FIELDS.map((field) => {
    const r = want[field];
    const a = got[field];
    const status: DiffStatus =
      r === undefined ? 'not-requested' : a === undefined ? 'not-reported' : requestSatisfied(r, a) ? 'same' : 'differs';
    return { field, requested: r, applied: a, status };
  });
}

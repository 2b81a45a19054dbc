/**
 * Pure: what the page asked for versus what the server says it applied, field by field.
 * The request may be the token request body (`voice`, `turnDetection`, `outputModality`, `language`) and/or a GA
 * session (`audio.output.voice`, `audio.input.turn_detection`, …); both are read.
 */

type Json = Record<string, unknown>;

export type DiffStatus = 'same' | 'differs' | 'not-requested' | 'not-reported';

export interface SessionDiffRow {
  field: string;
  requested: unknown;
  applied: unknown;
  status: DiffStatus;
}

export const SESSION_DIFF_FIELDS = ['model', 'voice', 'output_modalities', 'turn_detection', 'transcription', 'instructions'] as const;
export type SessionDiffField = (typeof SESSION_DIFF_FIELDS)[number];

function obj(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) current = obj(current)?.[key];
  return current;
}

/** Reads a GA session's fields (session.created/updated `session`, a session.update `session`). */
function gaFields(session: unknown): Partial<Record<SessionDiffField, unknown>> {
  const s = obj(session);
  if (!s) return {};
  const input = obj(at(s, 'audio', 'input'));
  // `turn_detection: null` (push-to-talk) is a value, not an absence.
  const turnDetection = input && 'turn_detection' in input ? input.turn_detection : undefined;
  return {
    model: s.model,
    voice: at(s, 'audio', 'output', 'voice') ?? s.voice,
    output_modalities: s.output_modalities,
    turn_detection: turnDetection,
    transcription: at(s, 'audio', 'input', 'transcription'),
    instructions: s.instructions,
  };
}

/** Reads the token request body (server-token/contract/ `TokenRequest`). */
function tokenRequestFields(body: unknown): Partial<Record<SessionDiffField, unknown>> {
  const b = obj(body);
  if (!b) return {};
  const mode = b.turnDetection;
  return {
    voice: b.voice,
    output_modalities: typeof b.outputModality === 'string' ? [b.outputModality] : undefined,
    turn_detection: mode === 'push_to_talk' ? null : typeof mode === 'string' ? { type: mode } : undefined,
    transcription: typeof b.language === 'string' ? { language: b.language.slice(0, 2) } : undefined,
    instructions: b.instructions,
  };
}

function firstDefined(...values: unknown[]): unknown {
  return values.find((value) => value !== undefined);
}

export function requestedFields(requested: unknown, pinnedModel?: string | null): Record<SessionDiffField, unknown> {
  const r = obj(requested) ?? {};
  // Later sources win: the session.update the page sent overrides what it asked the token server for.
  const sources = [
    gaFields(obj(r.sessionUpdate)?.session ?? r.sessionUpdate),
    gaFields(r.session),
    gaFields(r),
    tokenRequestFields(r.tokenRequest ?? r.body ?? r),
  ];
  const out = {} as Record<SessionDiffField, unknown>;
  for (const field of SESSION_DIFF_FIELDS) out[field] = firstDefined(...sources.map((source) => source[field]));
  out.model = firstDefined(out.model, pinnedModel ?? undefined);
  return out;
}

export function appliedFields(applied: unknown): Record<SessionDiffField, unknown> {
  const fields = gaFields(applied);
  const out = {} as Record<SessionDiffField, unknown>;
  for (const field of SESSION_DIFF_FIELDS) out[field] = fields[field];
  return out;
}

/** True when every field the page asked for has the same value in the applied one (defaults may add fields). */
export function requestSatisfied(requested: unknown, applied: unknown): boolean {
  if (Array.isArray(requested)) {
    return Array.isArray(applied) && requested.length === applied.length && requested.every((item, i) => requestSatisfied(item, applied[i]));
  }
  const r = obj(requested);
  if (r) {
    const a = obj(applied);
    return a !== null && Object.entries(r).every(([key, value]) => value === undefined || requestSatisfied(value, a[key]));
  }
  return Object.is(requested, applied);
}

export function diffSessions(requested: unknown, applied: unknown, pinnedModel?: string | null): SessionDiffRow[] {
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

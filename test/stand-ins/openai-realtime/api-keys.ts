import {
  insufficientQuota,
  invalidApiKey,
  rateLimited,
  serverOverloaded,
  type HttpFailure,
} from './api-errors.ts';

/** How long an `sk-slow…` key makes the API think before it answers (for client timeout tests). */
export const SLOW_KEY_DELAY_MS = 15_000;

export type KeyVerdict = { ok: true; delayMs: number } | { ok: false; failure: HttpFailure };

/**
 * Standard `sk-…` keys: any is accepted, except the fault-injecting prefixes tests use to play the real
 * API's failures (`sk-invalid…`, `sk-noquota…`, `sk-ratelimit…`, `sk-down…`, `sk-slow…`).
 */
export function checkStandardKey(key: string): KeyVerdict {
  if (!key.startsWith('sk-') || key.startsWith('sk-invalid')) return { ok: false, failure: invalidApiKey(key) };
  if (key.startsWith('sk-noquota')) return { ok: false, failure: insufficientQuota() };
  if (key.startsWith('sk-ratelimit')) return { ok: false, failure: rateLimited() };
  if (key.startsWith('sk-down')) return { ok: false, failure: serverOverloaded() };
  return { ok: true, delayMs: key.startsWith('sk-slow') ? SLOW_KEY_DELAY_MS : 0 };
}

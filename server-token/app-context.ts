import type { Context } from 'hono';
import type { ServerConfig } from './config.ts';
import type { ErrorOutcome } from './error-catalogue.ts';
import type { Logger } from './logger.ts';
import type { ModelGate } from './model-gate.ts';
import type { RealtimeUpstream } from './openai-upstream.ts';
import type { ClientLimiter } from './client-limiter.ts';
import type { TextRedactor } from './contract.ts';
import type { KeyCap } from './key-cap.ts';
import type { LimitStore } from './limit-store.ts';

export type AppEnv = { Variables: { requestId: string; errorCode: string | undefined; redact: TextRedactor } };
export type AppContextC = Context<AppEnv>;

/** What the route handlers share; built once in `createApp`. */
export interface ServerServices {
  config: ServerConfig;
  logger: Logger;
  now: () => number;
  fetch: typeof fetch;
  upstream: RealtimeUpstream;
  modelGate: ModelGate;
  tokenLimiter: ClientLimiter;
  geminiLimiter: ClientLimiter;
  keyCap: KeyCap;
  limitStore: LimitStore;
  /** Pattern redaction plus the exact configured keys. */
  redact: TextRedactor;
  clientOf: (c: AppContextC) => string;
}

export const NO_STORE = 'no-store';

/** Sends an error body; its text goes through the server's redactor, which knows the exact configured keys. */
export function sendError(c: AppContextC, outcome: ErrorOutcome): Response {
  c.set('errorCode', outcome.body.error.code);
  const redact = c.get('redact');
  if (redact) {
    const error = outcome.body.error;
    outcome = { ...outcome, body: { error: { ...error, message: redact(error.message), ...(error.hint !== undefined ? { hint: redact(error.hint) } : {}) } } };
  }
  const headers: Record<string, string> = { 'Cache-Control': NO_STORE, ...outcome.headers };
  return c.json(outcome.body, outcome.status as 400, headers);
}

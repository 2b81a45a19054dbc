import type { Context } from 'hono';
import type { ServerConfig } from './config.ts';
import type { ErrorOutcome } from './error-catalogue.ts';
import type { Logger } from './logger.ts';
import type { ModelGate } from './model-gate.ts';
import type { RealtimeUpstream } from './openai-upstream.ts';
import type { RateLimiter } from './rate-limiter.ts';

export type AppEnv = { Variables: { requestId: string; errorCode: string | undefined } };
export type AppContextC = Context<AppEnv>;

/** What the route handlers share; built once in `createApp`. */
export interface ServerServices {
  config: ServerConfig;
  logger: Logger;
  now: () => number;
  fetch: typeof fetch;
  upstream: RealtimeUpstream;
  modelGate: ModelGate;
  tokenLimiter: RateLimiter;
  geminiLimiter: RateLimiter;
  clientOf: (c: AppContextC) => string;
}

export const NO_STORE = 'no-store';

export function sendError(c: AppContextC, outcome: ErrorOutcome): Response {
  c.set('errorCode', outcome.body.error.code);
  const headers: Record<string, string> = { 'Cache-Control': NO_STORE, ...outcome.headers };
  return c.json(outcome.body, outcome.status as 400, headers);
}

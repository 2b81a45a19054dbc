import { configuredSecrets } from './secrets.ts';
import { Hono } from 'hono';
import { sendError, type AppEnv, type ServerServices } from './app-context.ts';
import { clientAddress } from './client-address.ts';
import type { ServerConfig } from './config.ts';
import { originGate } from './cors.ts';
import { errorOutcome } from './error-catalogue.ts';
import { createGeminiHandler } from './gemini-proxy.ts';
import { buildHealth } from './health.ts';
import { createLogger, type LogSink } from './logger.ts';
import { checkModel, type ModelCheck } from './model-check.ts';
import { ModelGate } from './model-gate.ts';
import { createUpstream, type OpenAIFactory } from './openai-upstream.ts';
import { RateLimiter } from './rate-limiter.ts';
import { requestLog } from './request-log.ts';
import { createTokenHandler } from './token-route.ts';

export interface AppDeps {
  /** Used for the Gemini pass-through and handed to the openai client. */
  fetch?: typeof fetch;
  /** Receives each JSON log line (already redacted). Default: console.log. */
  logger?: LogSink;
  now?: () => number;
  openaiFactory?: OpenAIFactory;
  /** Result of a model check already run at start; without it the first request runs the check. */
  modelCheck?: ModelCheck;
  /** Rate-limit identity of a request; default: socket address, or X-Forwarded-For with TRUST_PROXY=1. */
  clientAddress?: (request: Request, env: unknown) => string;
}

export type TokenServerApp = Hono<AppEnv> & { modelGate: ModelGate };

/** The whole token server as a web-standard `fetch(Request) → Response` handler. */
export function createApp(config: ServerConfig, deps: AppDeps = {}): TokenServerApp {
  const now = deps.now ?? Date.now;
  const logger = createLogger({
    now,
    secrets: configuredSecrets(config),
    ...(deps.logger ? { sink: deps.logger } : {}),
  });
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const upstream = createUpstream(config, deps.openaiFactory, deps.fetch);
  const modelGate = new ModelGate(() => checkModel(config, { upstream }), now, deps.modelCheck);
  const pickClient = deps.clientAddress ?? ((request: Request, env: unknown) => clientAddress(request, env, config.trustProxy));
  const services: ServerServices = {
    config,
    logger,
    now,
    fetch: fetchImpl,
    upstream,
    modelGate,
    tokenLimiter: new RateLimiter(config.token.ratePerMinute, now),
    geminiLimiter: new RateLimiter(config.gemini.ratePerMinute, now),
    clientOf: (c) => pickClient(c.req.raw, c.env),
  };

  const app = new Hono<AppEnv>();
  app.use('*', requestLog(logger, now));
  app.use('/api/*', originGate(config.allowedOrigins, config.trustProxy));
  app.get('/api/health', async (c) => c.json(buildHealth(config, await modelGate.ensure()), 200, { 'Cache-Control': 'no-store' }));
  app.post('/api/realtime/token', createTokenHandler(services));
  app.all('/api/realtime/token', (c) => sendError(c, errorOutcome('method_not_allowed')));
  app.all('/api/gemini/*', createGeminiHandler(services));
  app.all('*', (c) => sendError(c, errorOutcome('not_found')));
  app.onError((error, c) => {
    logger.error('unhandled error', { requestId: c.get('requestId'), error: error instanceof Error ? error.message.slice(0, 300) : 'non-error thrown' });
    return sendError(c, errorOutcome('internal_error'));
  });
  return Object.assign(app, { modelGate });
}

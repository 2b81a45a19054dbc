import { Hono } from 'hono';
import { sendError, type AppEnv, type ServerServices } from './app-context.ts';
import { clientAddress, runningOnCloudflare, UNKNOWN_CLIENT } from './client-address.ts';
import { ClientLimiter } from './client-limiter.ts';
import type { ServerConfig } from './config.ts';
import { originGate } from './cors.ts';
import { errorOutcome } from './error-catalogue.ts';
import { createGeminiHandler } from './gemini-proxy.ts';
import { buildHealth } from './health.ts';
import { hostGate } from './host-policy.ts';
import { KeyCap } from './key-cap.ts';
import { MemoryLimitStore, type LimitStore } from './limit-store.ts';
import { createLogger, type LogSink } from './logger.ts';
import { checkModel, type ModelCheck } from './model-check.ts';
import { ModelGate } from './model-gate.ts';
import { createUpstream, type OpenAIFactory } from './openai-upstream.ts';
import { isClientGone } from './client-gone.ts';
import { requestLog } from './request-log.ts';
import { configuredSecrets, serverRedactor } from './secrets.ts';
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
  /** Rate-limit identity of a request; default: see `clientAddress`. */
  clientAddress?: (request: Request, env: unknown) => string;
  /** Where limits and key caps are counted; default: this process's memory. */
  limitStore?: LimitStore;
  /** Whether CF-Connecting-IP is the platform's word; default: detected (Cloudflare Workers runtime). */
  onCloudflare?: boolean;
  /** Serves the page for GET/HEAD outside /api (the Node server's STATIC_DIR). */
  site?: Hono<AppEnv>;
}

export type TokenServerApp = Hono<AppEnv> & { modelGate: ModelGate; services: ServerServices };

/** The whole token server as a web-standard `fetch(Request) → Response` handler. */
export function createApp(config: ServerConfig, deps: AppDeps = {}): TokenServerApp {
  const now = deps.now ?? Date.now;
  const secrets = configuredSecrets(config);
  const redact = serverRedactor(config);
  const logger = createLogger({ now, secrets, ...(deps.logger ? { sink: deps.logger } : {}) });
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const upstream = createUpstream(config, deps.openaiFactory, fetchImpl);
  const modelGate = new ModelGate(() => checkModel(config, { upstream }), now, deps.modelCheck);
  const onCloudflare = deps.onCloudflare ?? runningOnCloudflare();
  const pickClient = deps.clientAddress ?? ((request: Request, env: unknown) => clientAddress(request, env, { trustProxy: config.trustProxy, onCloudflare }));
  const limitStore = deps.limitStore ?? new MemoryLimitStore();
  // In memory the key cap gets a store of its own: a flood of fresh client addresses must never evict it.
  const capStore = deps.limitStore ?? new MemoryLimitStore();
  let warnedUnknown = false;
  const services: ServerServices = {
    config,
    logger,
    now,
    fetch: fetchImpl,
    upstream,
    modelGate,
    tokenLimiter: new ClientLimiter('token', config.token.ratePerMinute, limitStore, now),
    geminiLimiter: new ClientLimiter('gemini', config.gemini.ratePerMinute, limitStore, now),
    keyCap: new KeyCap(config.token.hourlyCap, config.token.dailyCap, capStore, now),
    limitStore,
    redact,
    clientOf: (c) => {
      const client = pickClient(c.req.raw, c.env);
      if (client === UNKNOWN_CLIENT && !warnedUnknown) {
        warnedUnknown = true;
        logger.warn(UNKNOWN_CLIENT_WARNING);
      }
      return client;
    },
  };

  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('redact', redact);
    await next();
  });
  app.use('*', requestLog(logger, now));
  app.use('*', hostGate(config));
  app.use('/api/*', originGate(config.allowedOrigins, config.trustProxy));
  app.get('/api/health', async (c) => {
    const [check, keyCap] = await Promise.all([modelGate.ensure(), services.keyCap.usage()]);
    return c.json(buildHealth(config, { check, redact, store: limitStore.kind, keyCap }), 200, { 'Cache-Control': 'no-store' });
  });
  app.post('/api/realtime/token', createTokenHandler(services));
  app.all('/api/realtime/token', (c) => sendError(c, errorOutcome('method_not_allowed')));
  app.all('/api/gemini/*', createGeminiHandler(services));
  app.all('/api/*', (c) => sendError(c, errorOutcome('not_found')));
  if (deps.site) app.route('/', deps.site);
  app.all('*', (c) => sendError(c, errorOutcome('not_found')));
  app.onError((error, c) => {
    if (isClientGone(error, c.req.raw)) {
      c.set('errorCode', 'client_closed_request');
      return c.body(null, 499 as 200);
    }
    logger.error('unhandled error', { requestId: c.get('requestId'), error: error instanceof Error ? error.message.slice(0, 300) : 'non-error thrown' });
    return sendError(c, errorOutcome('internal_error'));
  });
  return Object.assign(app, { modelGate, services });
}

export const UNKNOWN_CLIENT_WARNING =
  'This host gives no client address and TRUST_PROXY is 0: every client shares one rate-limit bucket ("unknown"), so one busy client can lock out everyone. Set TRUST_PROXY=<number of proxies> if the host sets X-Forwarded-For.';

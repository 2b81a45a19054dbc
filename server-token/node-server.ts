import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from './app.ts';
import { describeConfig, loadConfig } from './config.ts';
import type { HealthResponse } from './contract.ts';
import type { LimitStore } from './limit-store.ts';
import { createLogger, type Logger } from './logger.ts';
import { checkModel, describeModelCheck } from './model-check.ts';
import { createUpstream } from './openai-upstream.ts';
import { precompressSite } from './precompress.ts';
import { RedisLimitStore } from './redis-limit-store.ts';
import { configuredSecrets } from './secrets.ts';
import { checkStaticDir } from './static-dir-check.ts';
import { createStaticSite } from './static-site.ts';

export interface StartTokenServerOptions {
  env: Record<string, string | undefined>;
  /** 0 = any free port; default: PORT from env, else 8787. */
  port?: number;
  /** Serve the built SPA (e.g. `dist/`) from the same origin. */
  staticDir?: string;
  /** Receives every log line (JSON, redacted). Default: console.log. */
  logger?: (line: string) => void;
  /** Test seams, passed to `createApp`. */
  deps?: Omit<AppDeps, 'logger' | 'modelCheck' | 'site' | 'limitStore'>;
}

/** The configuration cannot work; its message is the one line that says what to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface RunningTokenServer {
  url: string;
  close(): Promise<void>;
  health(): Promise<HealthResponse>;
}

/** REDIS_URL set: connect now, so the first line about it is at start; unreachable still starts (see KeyCap). */
async function openLimitStore(redisUrl: string | null, log: Logger): Promise<LimitStore | undefined> {
  if (!redisUrl) return undefined;
  const store = new RedisLimitStore({ url: redisUrl, logger: log });
  // ioredis reports every failed reconnect as an 'error' event; the limiters log the outage once.
  store.client.on('error', () => undefined);
  try {
    await store.connect();
    log.info('limits store: Redis connected; per-client limits and key caps are shared by every instance using it');
  } catch {
    // Already logged by the store, once; ioredis keeps reconnecting in the background.
  }
  return store;
}

/**
 * Loads the config, prints the summary, runs the model check, then listens.
 * Rejects with the one-line fix when the configuration cannot work (e.g. no OPENAI_API_KEY).
 */
export async function startTokenServer(options: StartTokenServerOptions): Promise<RunningTokenServer> {
  const { config, warnings, fatal } = loadConfig(options.env);
  const startupLog = createLogger({ secrets: configuredSecrets(config), ...(options.logger ? { sink: options.logger } : {}) });
  const staticDir = options.staticDir ? checkStaticDir(options.staticDir) : null;
  const problem = fatal ?? (staticDir && !staticDir.ok ? staticDir.problem : undefined);
  if (problem) {
    startupLog.error(problem);
    throw new ConfigError(problem);
  }
  for (const line of describeConfig(config)) startupLog.info(line);
  for (const warning of warnings) startupLog.warn(warning);

  const deps = options.deps ?? {};
  const modelCheck = await checkModel(config, { upstream: createUpstream(config, deps.openaiFactory, deps.fetch) });
  const checkLine = describeModelCheck(config.openai.model, modelCheck);
  if (modelCheck.status === 'ok' || modelCheck.status === 'skipped') startupLog.info(checkLine);
  else startupLog.warn(checkLine);

  let site;
  if (staticDir?.ok) {
    const { written, failed } = await precompressSite(staticDir.realRoot);
    if (written > 0) startupLog.info(`static files: wrote ${written} precompressed (.br/.gz) file(s)`);
    if (failed > 0) startupLog.warn(`static files: could not write ${failed} precompressed file(s) (read-only folder?); those are gzipped on the fly instead`);
    site = createStaticSite(staticDir.realRoot, config);
  }
  const limitStore = await openLimitStore(config.redisUrl, startupLog);
  const app = createApp(config, {
    ...deps,
    modelCheck,
    ...(site ? { site } : {}),
    ...(limitStore ? { limitStore } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });

  const port = options.port ?? config.port;
  const server = await new Promise<ServerType>((resolvePromise, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: config.host }, () => resolvePromise(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  startupLog.info(`token server listening on ${url}${site ? ` (also serving ${options.staticDir})` : ''}`);

  return {
    url,
    health: async () => (await app.request('/api/health', { headers: { host: new URL(url).host } })).json() as Promise<HealthResponse>,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }).then(() => limitStore?.close()),
  };
}

import { configuredSecrets } from './secrets.ts';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from './app.ts';
import { describeConfig, loadConfig } from './config.ts';
import type { HealthResponse } from './contract/token.ts';
import { buildHealth } from './health.ts';
import { createLogger } from './logger.ts';
import { checkModel, describeModelCheck } from './model-check.ts';
import { createUpstream } from './openai-upstream.ts';
import { createStaticHandler } from './static-files.ts';

export interface StartTokenServerOptions {
  env: Record<string, string | undefined>;
  /** 0 = any free port; default: PORT from env, else 8787. */
  port?: number;
  /** Serve the built SPA (e.g. `dist/`) from the same origin. */
  staticDir?: string;
  /** Receives every log line (JSON, redacted). Default: console.log. */
  logger?: (line: string) => void;
  /** Test seams, passed to `createApp`. */
  deps?: Omit<AppDeps, 'logger' | 'modelCheck'>;
}

/** The configuration cannot work; its message is the one line that says what to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface RunningTokenServer {
  url: string;
  close(): Promise<void>;
  health(): HealthResponse;
}

/**
 * Loads the config, prints the summary, runs the model check, then listens.
 * Rejects with the one-line fix when the configuration cannot work (e.g. no OPENAI_API_KEY).
 */
export async function startTokenServer(options: StartTokenServerOptions): Promise<RunningTokenServer> {
  const { config, warnings, fatal } = loadConfig(options.env);
  const startupLog = createLogger({ secrets: configuredSecrets(config), ...(options.logger ? { sink: options.logger } : {}) });
  if (fatal) {
    startupLog.error(fatal);
    throw new ConfigError(fatal);
  }
  for (const line of describeConfig(config)) startupLog.info(line);
  for (const warning of warnings) startupLog.warn(warning);

  const deps = options.deps ?? {};
  const modelCheck = await checkModel(config, { upstream: createUpstream(config, deps.openaiFactory, deps.fetch) });
  const checkLine = describeModelCheck(config.openai.model, modelCheck);
  if (modelCheck.status === 'ok' || modelCheck.status === 'skipped') startupLog.info(checkLine);
  else startupLog.warn(checkLine);

  const app = createApp(config, { ...deps, modelCheck, ...(options.logger ? { logger: options.logger } : {}) });
  const serveStatic = options.staticDir ? createStaticHandler(options.staticDir) : null;
  const fetchCallback = (request: Request, env: unknown): Response | Promise<Response> => {
    if (serveStatic && !new URL(request.url).pathname.startsWith('/api/')) return serveStatic(request);
    return app.fetch(request, env);
  };

  const port = options.port ?? config.port;
  const server = await new Promise<ServerType>((resolvePromise, reject) => {
    const s = serve({ fetch: fetchCallback, port, hostname: config.host }, () => resolvePromise(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  startupLog.info(`token server listening on ${url}${serveStatic ? ` (also serving ${options.staticDir})` : ''}`);

  return {
    url,
    health: () => buildHealth(config, app.modelGate.current()),
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/**
 * Entry for serverless hosts that speak `fetch(Request) → Response` (Cloudflare Workers, Deno Deploy,
 * Vercel edge, Bun). The config is built from the host's env bindings on the first request and kept
 * for the life of the isolate; the model check runs lazily on that first request too.
 */
import { createApp, UNKNOWN_CLIENT_WARNING, type TokenServerApp } from './app.ts';
import { runningOnCloudflare } from './client-address.ts';
import { loadConfig } from './config.ts';

type WorkerEnv = Record<string, unknown>;

let cached: { app: TokenServerApp } | { fatal: string } | undefined;

/** Cloudflare passes settings as bindings; Deno Deploy and Vercel expose `process.env`. Bindings win. */
function stringEnv(env: WorkerEnv | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const processEnv = typeof process !== 'undefined' && process.env ? process.env : {};
  for (const source of [processEnv, env ?? {}]) {
    for (const [key, value] of Object.entries(source)) if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function appFor(env: WorkerEnv | undefined): { app: TokenServerApp } | { fatal: string } {
  if (cached) return cached;
  const { config, warnings, fatal } = loadConfig(stringEnv(env), { runtime: 'fetch-host' });
  // Cloudflare gives the client address (CF-Connecting-IP); other fetch hosts need TRUST_PROXY.
  if (!runningOnCloudflare() && config.trustProxy === 0) warnings.push(UNKNOWN_CLIENT_WARNING);
  if (config.redisUrl) warnings.push('REDIS_URL is ignored here: fetch hosts have no TCP client for Redis, so limits and key caps are counted per isolate. Use the platform\'s own rate limiting for a hard global limit.');
  for (const warning of warnings) console.log(JSON.stringify({ level: 'warn', msg: warning }));
  cached = fatal ? { fatal } : { app: createApp(config) };
  if (fatal) console.log(JSON.stringify({ level: 'error', msg: fatal }));
  return cached;
}

export default {
  fetch(request: Request, env?: WorkerEnv, ctx?: unknown): Response | Promise<Response> {
    const built = appFor(env);
    if ('fatal' in built) {
      return Response.json(
        { error: { code: 'server_misconfigured', message: 'The token server is not configured.', hint: built.fatal } },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      );
    }
    return built.app.fetch(request, env, ctx as never);
  },
};

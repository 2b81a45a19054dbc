/**
 * The page's whole call path on 127.0.0.1: the production build served by the real token server, the Realtime
 * stand-in, and two latency proxies: one in front of the token server (only `/api/realtime/token` is delayed;
 * the page itself loads at loopback speed) and one in front of the stand-in (only the calls endpoint, the SDP
 * round trip, is delayed; the token server's own mint request to it is not). Media stays on loopback.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { startTokenServer, type RunningTokenServer } from '../../server-token/node-server.ts';
import { startRealtimeStandin, type RealtimeStandin, type RealtimeStandinOptions } from '../../test/stand-ins/openai-realtime/standin.ts';
import { repoRoot } from '../../test/browser/support/paths.ts';
import { startLatencyProxy, type LatencyProxy } from './latency-proxy.ts';

export interface CallStack {
  /** The page, through the token proxy. */
  url: string;
  realtime: RealtimeStandin;
  setRttMs(ms: number): void;
  close(): Promise<void>;
}

/** Builds the app once per benchmark process (BENCH_REUSE_BUILD=1 keeps an earlier build). */
export async function buildBenchApp(name: string): Promise<string> {
  const outDir = path.join(repoRoot, 'node_modules', '.cache', name, 'dist');
  if (process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(outDir, 'index.html'))) return outDir;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      mode: 'production',
      configFile: path.join(repoRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

export async function startCallStack(staticDir: string, realtimeOptions: RealtimeStandinOptions = {}): Promise<CallStack> {
  const realtime = await startRealtimeStandin({ port: 0, generationDelayMs: 0, ...realtimeOptions });
  const callsProxy = await startLatencyProxy(() => realtime.baseUrl, (url) => url.startsWith('/v1/realtime/calls'));
  let token: RunningTokenServer | null = null;
  const pageProxy: LatencyProxy = await startLatencyProxy(() => token?.url ?? 'http://127.0.0.1:9', (url) => url.startsWith('/api/realtime/token'));
  try {
    token = await startTokenServer({
      port: 0,
      staticDir,
      logger: () => undefined,
      env: {
        HOST: '127.0.0.1',
        // The page is served through the proxy: that is its origin.
        ALLOWED_ORIGINS: pageProxy.url,
        OPENAI_API_KEY: 'sk-bench-0123456789',
        OPENAI_BASE_URL: `${callsProxy.url}/v1`,
        GEMINI_API_KEY: 'gemini-bench-key',
        GEMINI_BASE_URL: 'http://127.0.0.1:9/v1beta',
        TOKEN_RATE_LIMIT_PER_MINUTE: '10000',
        TOKEN_HOURLY_LIMIT: '100000',
        TOKEN_DAILY_LIMIT: '100000',
        GEMINI_RATE_LIMIT_PER_MINUTE: '1000',
      },
    });
  } catch (error) {
    await Promise.all([pageProxy.close(), callsProxy.close(), realtime.close()]);
    throw error;
  }
  const proxies = [callsProxy, pageProxy];
  const server = token;
  return {
    url: pageProxy.url,
    realtime,
    setRttMs: (ms) => proxies.forEach((proxy) => proxy.setRttMs(ms)),
    close: async () => {
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await server.close();
      await realtime.close();
    },
  };
}

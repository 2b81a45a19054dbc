/**
 * Token-server benchmark: how much the handler adds on top of the upstream mint, with the limits (per-client
 * limit and the site-wide key caps) counted in memory and in Redis, and how fast health answers.
 *
 *   node --import tsx bench/token-server.bench.ts
 *   BENCH_SECONDS=2 BENCH_CONCURRENCY=16 node --import tsx bench/token-server.bench.ts
 *
 * Loopback only: a stub upstream on 127.0.0.1 answers `POST /v1/realtime/client_secrets` instantly, and the real
 * token server (startTokenServer, real socket) sits in front of it. Each phase runs for a fixed time, so the whole
 * run stops by itself in well under a minute. The Redis phase starts its own redis-server (127.0.0.1, free port, no
 * persistence); without the redis-server binary it says so and reports the memory store only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { startTokenServer, type RunningTokenServer } from '../server-token/node-server.ts';
import { startTestRedis, type TestRedis } from '../test/unit/server-token/support/redis-server.ts';

const PHASE_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 500);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);

const MINT_BODY = JSON.stringify({
  value: 'ek_bench0000000000000000000000',
  expires_at: 4_102_444_800,
  session: { type: 'realtime', object: 'realtime.session', id: 'sess_bench', model: 'gpt-realtime-2', output_modalities: ['audio'] },
});

async function startInstantUpstream(): Promise<{ baseUrl: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.startsWith('/v1/models/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ id: 'gpt-realtime-2', object: 'model', created: 0, owned_by: 'system' }));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(MINT_BODY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, server };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function latencies(send: () => Promise<Response>, samples: number): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 50; i++) await (await send()).arrayBuffer(); // warm up connections and JIT
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await send();
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`unexpected status ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function throughput(send: () => Promise<Response>, seconds: number, concurrency: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const res = await send();
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`unexpected status ${res.status}`);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / ((performance.now() - started) / 1000);
}

interface Figures {
  p50: number;
  p95: number;
  rps: number;
}

export interface TokenServerBenchResult {
  directMint: Figures;
  memoryStore: Figures;
  redisStore: Figures | null;
  addedLatencyMs: { memory: { p50: number; p95: number }; redis: { p50: number; p95: number } | null };
  health: Figures;
}

const MINT_REQUEST = JSON.stringify({ instructions: 'You are Ada, a baker in Busan. Speak warmly and briefly.', voice: 'marin', language: 'en' });

async function startBenchServer(upstreamBaseUrl: string, redisUrl?: string): Promise<RunningTokenServer> {
  return startTokenServer({
    env: {
      OPENAI_API_KEY: 'sk-bench-0123456789abcdef',
      OPENAI_BASE_URL: upstreamBaseUrl,
      TOKEN_RATE_LIMIT_PER_MINUTE: '1000000',
      // Caps far above what the run mints, so they are counted on every request but never reached.
      TOKEN_HOURLY_LIMIT: '100000000',
      TOKEN_DAILY_LIMIT: '100000000',
      HOST: '127.0.0.1',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    },
    port: 0,
    logger: () => undefined,
  });
}

async function measure(send: () => Promise<Response>): Promise<Figures> {
  const latency = await latencies(send, LATENCY_SAMPLES);
  return { ...latency, rps: await throughput(send, PHASE_SECONDS, CONCURRENCY) };
}

async function measureHandler(server: RunningTokenServer): Promise<Figures> {
  const send = () =>
    fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:5173' }, body: MINT_REQUEST });
  // Untimed: the first seconds of a fresh server are JIT warm-up, which would favour whichever store runs second.
  await throughput(send, WARM_UP_SECONDS, CONCURRENCY);
  return measure(send);
}

export async function main(): Promise<TokenServerBenchResult> {
  const upstream = await startInstantUpstream();
  let redis: TestRedis | null = null;
  try {
    const direct = await measure(() =>
      fetch(`${upstream.baseUrl}/realtime/client_secrets`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-bench-0123456789abcdef', 'content-type': 'application/json' },
        body: MINT_REQUEST,
      }));

    const memoryServer = await startBenchServer(upstream.baseUrl);
    let memory: Figures;
    let health: Figures;
    try {
      memory = await measureHandler(memoryServer);
      health = await measure(() => fetch(`${memoryServer.url}/api/health`));
    } finally {
      await memoryServer.close();
    }

    let redisFigures: Figures | null = null;
    try {
      redis = await startTestRedis();
    } catch (error) {
      console.log(`  (Redis store not measured: ${(error as Error).message.split('\n')[0]})`);
    }
    if (redis) {
      const redisServer = await startBenchServer(upstream.baseUrl, redis.url);
      try {
        redisFigures = await measureHandler(redisServer);
      } finally {
        await redisServer.close();
      }
    }

    const added = (f: Figures) => ({ p50: f.p50 - direct.p50, p95: f.p95 - direct.p95 });
    const result: TokenServerBenchResult = {
      directMint: direct,
      memoryStore: memory,
      redisStore: redisFigures,
      addedLatencyMs: { memory: added(memory), redis: redisFigures ? added(redisFigures) : null },
      health,
    };
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    const line = (label: string, f: Figures) => console.log(`  ${label.padEnd(34)}: p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ${f.rps.toFixed(0)} req/s`);
    console.log(`token server benchmark (loopback, instant stub upstream, ${CONCURRENCY} concurrent, ${PHASE_SECONDS} s per throughput phase, ${LATENCY_SAMPLES} sequential latency samples)`);
    line('direct upstream mint', direct);
    line('POST /api/realtime/token, memory', memory);
    if (redisFigures) line('POST /api/realtime/token, Redis', redisFigures);
    console.log(`  ${'added by the handler, memory store'.padEnd(34)}: p50 ${ms(result.addedLatencyMs.memory.p50)}  p95 ${ms(result.addedLatencyMs.memory.p95)}`);
    if (result.addedLatencyMs.redis) console.log(`  ${'added by the handler, Redis store'.padEnd(34)}: p50 ${ms(result.addedLatencyMs.redis.p50)}  p95 ${ms(result.addedLatencyMs.redis.p95)}`);
    line('GET /api/health', health);
    return result;
  } finally {
    await redis?.stop();
    await new Promise<void>((resolve) => {
      upstream.server.close(() => resolve());
      upstream.server.closeAllConnections();
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

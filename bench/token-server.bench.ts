/**
 * Token-server benchmark: how much the handler adds on top of the upstream mint, and how fast health answers.
 *
 *   node --import tsx bench/token-server.bench.ts
 *   BENCH_SECONDS=2 BENCH_CONCURRENCY=16 node --import tsx bench/token-server.bench.ts
 *
 * Loopback only: a stub upstream on 127.0.0.1 answers `POST /v1/realtime/client_secrets` instantly, and the real
 * token server (startTokenServer, real socket) sits in front of it. Each phase runs for a fixed time, so the whole
 * run stops by itself in well under 30 s.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { startTokenServer } from '../server-token/node-server.ts';

const PHASE_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 500);

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

export interface TokenServerBenchResult {
  directMint: { p50: number; p95: number; rps: number };
  throughHandler: { p50: number; p95: number; rps: number };
  addedLatencyMs: { p50: number; p95: number };
  health: { p50: number; p95: number; rps: number };
}

export async function main(): Promise<TokenServerBenchResult> {
  const upstream = await startInstantUpstream();
  const server = await startTokenServer({
    env: {
      OPENAI_API_KEY: 'sk-bench-0123456789abcdef',
      OPENAI_BASE_URL: upstream.baseUrl,
      TOKEN_RATE_LIMIT_PER_MINUTE: '1000000',
      HOST: '127.0.0.1',
    },
    port: 0,
    logger: () => undefined,
  });
  try {
    const body = JSON.stringify({ instructions: 'You are Ada, a baker in Busan. Speak warmly and briefly.', voice: 'marin', language: 'en' });
    const direct = () =>
      fetch(`${upstream.baseUrl}/realtime/client_secrets`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-bench-0123456789abcdef', 'content-type': 'application/json' },
        body,
      });
    const viaHandler = () =>
      fetch(`${server.url}/api/realtime/token`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:5173' }, body });
    const health = () => fetch(`${server.url}/api/health`);

    const directLatency = await latencies(direct, LATENCY_SAMPLES);
    const handlerLatency = await latencies(viaHandler, LATENCY_SAMPLES);
    const healthLatency = await latencies(health, LATENCY_SAMPLES);
    const directRps = await throughput(direct, PHASE_SECONDS, CONCURRENCY);
    const handlerRps = await throughput(viaHandler, PHASE_SECONDS, CONCURRENCY);
    const healthRps = await throughput(health, PHASE_SECONDS, CONCURRENCY);

    const result: TokenServerBenchResult = {
      directMint: { ...directLatency, rps: directRps },
      throughHandler: { ...handlerLatency, rps: handlerRps },
      addedLatencyMs: { p50: handlerLatency.p50 - directLatency.p50, p95: handlerLatency.p95 - directLatency.p95 },
      health: { ...healthLatency, rps: healthRps },
    };
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    console.log(`token server benchmark (loopback, instant stub upstream, ${CONCURRENCY} concurrent, ${PHASE_SECONDS} s per throughput phase, ${LATENCY_SAMPLES} sequential latency samples)`);
    console.log(`  direct upstream mint : p50 ${ms(directLatency.p50)}  p95 ${ms(directLatency.p95)}  ${directRps.toFixed(0)} req/s`);
    console.log(`  POST /api/realtime/token: p50 ${ms(handlerLatency.p50)}  p95 ${ms(handlerLatency.p95)}  ${handlerRps.toFixed(0)} req/s`);
    console.log(`  added by the handler : p50 ${ms(result.addedLatencyMs.p50)}  p95 ${ms(result.addedLatencyMs.p95)}`);
    console.log(`  GET /api/health      : p50 ${ms(healthLatency.p50)}  p95 ${ms(healthLatency.p95)}  ${healthRps.toFixed(0)} req/s`);
    return result;
  } finally {
    await server.close();
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

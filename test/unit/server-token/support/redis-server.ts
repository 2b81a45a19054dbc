import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server; `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  flush(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const MISSING = 'redis-server is not installed, so the shared-limit tests cannot run: `apt-get install -y redis-server` (.ci/run installs it).';

/**
 * A throwaway redis-server on 127.0.0.1 and a free port, with no persistence. Fails loudly (never skips)
 * when the binary is missing or does not come up.
 */
export async function startTestRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) throw new Error(MISSING);
  const port = await freePort();
  let child: ChildProcess | null = null;
  let output = '';

  const start = async (): Promise<void> => {
    output = '';
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-2_000); });
    child.stderr?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-2_000); });
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch {
        probe.disconnect();
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on 127.0.0.1:${port} within 5 s. Its output:\n${output}`);
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    flush: async () => {
      const client = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 0 });
      await client.flushall();
      client.disconnect();
    },
  };
}

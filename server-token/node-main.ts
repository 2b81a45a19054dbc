import { resolve } from 'node:path';
import { loadEnvWithFile } from './env-file.ts';
import { ConfigError, startTokenServer } from './node-server.ts';

/** `npm run server`: the token server under Node, configured from the environment and `.env`. */
async function main(): Promise<void> {
  const env = loadEnvWithFile(process.env, resolve(process.cwd(), '.env'));
  const staticDir = env.STATIC_DIR?.trim() || undefined;
  let server;
  try {
    server = await startTokenServer({ env, ...(staticDir ? { staticDir } : {}) });
  } catch (error) {
    // A ConfigError has already been printed as the one line that says what to fix.
    if (!(error instanceof ConfigError)) console.error(`token server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  const stop = () => {
    // Open keep-alive or streaming connections must not keep a stopped server alive.
    setTimeout(() => process.exit(0), 3_000).unref();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();

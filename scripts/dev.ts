/**
 * `npm start`: the token server, the Vite dev server in front of it, and — for each service without a key —
 * the local stand-in. With no keys at all, everything runs offline and the page says it is the simulator.
 */
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { loadEnvWithFile } from '../server-token/env-file.ts';
import { startTokenServer } from '../server-token/node-server.ts';
import { startRealtimeStandin } from '../test/stand-ins/openai-realtime/standin.ts';
import { startGeminiStandin } from '../test/stand-ins/gemini/gemini-standin.ts';

const root = resolve(import.meta.dirname, '..');
const env = loadEnvWithFile(process.env, resolve(root, '.env'));
const closers: Array<() => Promise<void>> = [];

if (!env.OPENAI_API_KEY) {
  const realtime = await startRealtimeStandin({ port: Number(env.REALTIME_STANDIN_PORT ?? 8790) });
  closers.push(() => realtime.close());
  Object.assign(env, { PERSONA_TALK_SIMULATOR: '1', OPENAI_BASE_URL: realtime.baseUrl });
  console.log(`No OPENAI_API_KEY: calls go to the local Realtime simulator at ${realtime.baseUrl}`);
}
if (!env.GEMINI_API_KEY && !env.GOOGLE_API_KEY) {
  const gemini = await startGeminiStandin({ port: Number(env.GEMINI_STANDIN_PORT ?? 8791) });
  closers.push(() => gemini.close());
  Object.assign(env, { PERSONA_TALK_SIMULATOR: '1', GEMINI_BASE_URL: gemini.baseUrl });
  console.log(`No Gemini key: personas are written by the local Gemini simulator at ${gemini.baseUrl}`);
}

const tokenServer = await startTokenServer({ env, port: Number(env.PORT ?? 8787) });
closers.push(() => tokenServer.close());

process.env.TOKEN_SERVER_URL = tokenServer.url;
const vite = await createServer({ root, configFile: resolve(root, 'vite.config.ts') });
await vite.listen();
closers.push(() => vite.close());
const pageUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\nPersona Talk is running: ${pageUrl}${env.PERSONA_TALK_SIMULATOR ? '  (simulator mode)' : ''}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const close of closers.reverse()) await close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

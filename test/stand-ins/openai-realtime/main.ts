/**
 * The OpenAI Realtime stand-in on its own: `node --import tsx test/stand-ins/openai-realtime/main.ts`.
 * REALTIME_STANDIN_PORT (default 8790); STANDIN_MODELS = comma-separated models the fake account can use.
 */
import { startRealtimeStandin } from './standin.ts';

const port = Number(process.env.REALTIME_STANDIN_PORT ?? 8790);
const models = process.env.STANDIN_MODELS?.split(',').map((id) => id.trim()).filter(Boolean);

const standin = await startRealtimeStandin({
  port,
  ...(models?.length ? { models } : {}),
  log: (line) => console.log(line),
});
console.log(`OpenAI Realtime stand-in: ${standin.baseUrl}`);

const stop = (): void => void standin.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/**
 * `npm run standin`: both local stand-ins, for running the token server (or another client) against them by hand.
 * Point OPENAI_BASE_URL and GEMINI_BASE_URL at the printed URLs and set PERSONA_TALK_SIMULATOR=1.
 */
import { startGeminiStandin } from './gemini/gemini-standin.ts';
import { startRealtimeStandin } from './openai-realtime/standin.ts';

const models = process.env.STANDIN_MODELS?.split(',').map((id) => id.trim()).filter(Boolean);
const realtime = await startRealtimeStandin({
  port: Number(process.env.REALTIME_STANDIN_PORT ?? 8790),
  ...(models?.length ? { models } : {}),
  log: (line) => console.log(line),
});
const gemini = await startGeminiStandin({ port: Number(process.env.GEMINI_STANDIN_PORT ?? 8791), log: (line) => console.log(line) });

console.log(`OpenAI Realtime stand-in: ${realtime.baseUrl}`);
console.log(`Gemini stand-in: ${gemini.baseUrl}`);
console.log('Use them with: PERSONA_TALK_SIMULATOR=1 OPENAI_BASE_URL=<realtime> GEMINI_BASE_URL=<gemini> npm run server');

const stop = () => void Promise.all([realtime.close(), gemini.close()]).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

import { startGeminiStandin } from './gemini-standin.ts';

const port = Number(process.env.GEMINI_STANDIN_PORT ?? 8791);
const chunkDelayMs = process.env.GEMINI_STANDIN_CHUNK_DELAY_MS ? Number(process.env.GEMINI_STANDIN_CHUNK_DELAY_MS) : undefined;

const standin = await startGeminiStandin({ port, ...(chunkDelayMs !== undefined ? { chunkDelayMs } : {}), log: (line) => console.log(line) });
console.log(`Gemini stand-in: ${standin.baseUrl}`);

const stop = () => void standin.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

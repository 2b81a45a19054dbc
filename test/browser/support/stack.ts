import { startTokenServer, type RunningTokenServer } from '../../../server-token/node-server.ts';
import { startGeminiStandin, type GeminiStandin, type GeminiStandinOptions } from '../../stand-ins/gemini/gemini-standin.ts';
import {
  startRealtimeStandin,
  type RealtimeStandin,
  type RealtimeStandinOptions,
} from '../../stand-ins/openai-realtime/standin.ts';
import { builtApp } from './paths.ts';

export interface Stack {
  /** The page, served by the token server from the production build (with `serveSite: false`, the token server alone). */
  url: string;
  realtime: RealtimeStandin;
  gemini: GeminiStandin;
  token: RunningTokenServer;
  /** Every line the token server logged. */
  serverLog: string[];
  /** Restarts the token server on the same port with extra environment, as a site owner does after a fix. */
  restartTokenServer(env: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export interface StackOptions {
  realtime?: RealtimeStandinOptions;
  gemini?: GeminiStandinOptions;
  /** Extra token-server environment (e.g. OPENAI_REALTIME_MODEL). */
  env?: Record<string, string>;
  /** Run the token server as `npm start` does without keys: simulator mode, no real-looking keys at all. */
  simulator?: boolean;
  /** Serve the production build from the token server (STATIC_DIR); default true. False: the API alone, as on a serverless host. */
  serveSite?: boolean;
}

/** The real token server, in front of the Realtime and Gemini stand-ins, all on 127.0.0.1 with free ports. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const realtime = await startRealtimeStandin({ port: 0, ...options.realtime });
  const gemini = await startGeminiStandin({ port: 0, chunkDelayMs: 60, ...options.gemini });
  const serverLog: string[] = [];
  const keys = options.simulator
    ? { PERSONA_TALK_SIMULATOR: '1' }
    : { OPENAI_API_KEY: 'sk-browser-test-0123456789', GEMINI_API_KEY: 'gemini-browser-test-key' };
  const baseEnv = {
    HOST: '127.0.0.1',
    ...keys,
    OPENAI_BASE_URL: realtime.baseUrl,
    GEMINI_BASE_URL: gemini.baseUrl,
    TOKEN_RATE_LIMIT_PER_MINUTE: '1000',
    GEMINI_RATE_LIMIT_PER_MINUTE: '1000',
    ...options.env,
  };
  const start = (port: number, env: Record<string, string>) =>
    startTokenServer({ port, ...(options.serveSite === false ? {} : { staticDir: builtApp }), logger: (line) => serverLog.push(line), env: { ...baseEnv, ...env } });
  let token = await start(0, {});
  return {
    url: token.url,
    realtime,
    gemini,
    get token() {
      return token;
    },
    serverLog,
    restartTokenServer: async (env) => {
      const port = Number(new URL(token.url).port);
      await token.close();
      token = await start(port, env);
    },
    close: async () => {
      await token.close();
      await Promise.all([realtime.close(), gemini.close()]);
    },
  };
}

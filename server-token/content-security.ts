import type { ServerConfig } from './config.ts';
import { DEFAULT_GEMINI_BASE_URL, DEFAULT_OPENAI_BASE_URL } from './config.ts';

function originOf(url: string): string {
  return new URL(url).origin;
}

/**
 * What the page may load and talk to: itself; OpenAI for the SDP exchange (`callsUrl`); Gemini directly
 * when the user pastes their own key; data:/blob:/mediastream: for the autoplay-unlock WAV, the microphone and the remote audio; the
 * AudioWorklet is a same-origin module, so `'self'` covers it. `tokenServerOrigins`: where the page is configured to
 * find its token server when that is not this server (config.json, VITE_TOKEN_SERVER_URL; see page-token-server.ts).
 */
export function contentSecurityPolicy(config: Pick<ServerConfig, 'openai' | 'gemini'>, tokenServerOrigins: readonly string[] = []): Record<string, string[]> {
  const connect = new Set(["'self'", ...tokenServerOrigins, originOf(config.openai.baseUrl ?? DEFAULT_OPENAI_BASE_URL), originOf(DEFAULT_GEMINI_BASE_URL), originOf(config.gemini.baseUrl)]);
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    // data: is the silent WAV that unlocks autoplay (src/audio/audio-unlock.ts).
    mediaSrc: ["'self'", 'data:', 'blob:', 'mediastream:'],
    connectSrc: [...connect],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

import { createRedactor, type TextRedactor } from './contract.ts';
import { SIMULATOR_GEMINI_KEY, SIMULATOR_OPENAI_KEY } from './config.ts';

// The simulator's placeholder keys are words that appear in ordinary log text; they protect nothing.
const PLACEHOLDER_KEYS = new Set([SIMULATOR_OPENAI_KEY, SIMULATOR_GEMINI_KEY]);

interface SecretsSource {
  openai: { apiKey: string | null | undefined; baseUrl?: string | null };
  gemini: { apiKey: string | null | undefined; baseUrl?: string | null };
  redisUrl?: string | null;
}

/** The password (or lone user token) written into a URL, e.g. `redis://:pass@host` or `https://user:pass@proxy`. */
function urlCredentials(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const url = new URL(raw);
    return [decodeURIComponent(url.password), decodeURIComponent(url.username)].filter(Boolean);
  } catch {
    return [];
  }
}

/** The server's own keys and URL credentials, which redaction removes exactly even when they match no pattern. */
export function configuredSecrets(config: SecretsSource): string[] {
  return [
    config.openai.apiKey,
    config.gemini.apiKey,
    ...urlCredentials(config.openai.baseUrl),
    ...urlCredentials(config.gemini.baseUrl),
    ...urlCredentials(config.redisUrl),
  ].filter((key): key is string => typeof key === 'string' && !PLACEHOLDER_KEYS.has(key));
}

/** Pattern-based redaction plus the exact configured keys. */
export function serverRedactor(config: SecretsSource): TextRedactor {
  return createRedactor(configuredSecrets(config));
}

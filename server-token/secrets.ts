import { createRedactor, type TextRedactor } from './contract/redact.ts';
import { SIMULATOR_GEMINI_KEY, SIMULATOR_OPENAI_KEY } from './config.ts';

// The simulator's placeholder keys are words that appear in ordinary log text; they protect nothing.
const PLACEHOLDER_KEYS = new Set([SIMULATOR_OPENAI_KEY, SIMULATOR_GEMINI_KEY]);

/** The server's own keys, which redaction removes exactly even when they match no pattern. */
export function configuredSecrets(config: { openai: { apiKey: string | null | undefined }; gemini: { apiKey: string | null | undefined } }): string[] {
  return [config.openai.apiKey, config.gemini.apiKey].filter(
    (key): key is string => typeof key === 'string' && !PLACEHOLDER_KEYS.has(key),
  );
}

/** Pattern-based redaction plus the exact configured keys. */
export function serverRedactor(config: Parameters<typeof configuredSecrets>[0]): TextRedactor {
  return createRedactor(configuredSecrets(config));
}

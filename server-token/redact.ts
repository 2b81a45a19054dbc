import { SIMULATOR_GEMINI_KEY, SIMULATOR_OPENAI_KEY } from './config.ts';
/**
 * Last line of defence against leaking credentials into logs and error bodies: every log line and every
 * error message passes through here, even though the code never puts a key there on purpose.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{2,}/g,
  /\bek_[A-Za-z0-9_-]{2,}/g,
  /\bAIza[A-Za-z0-9_-]{6,}/g,
  /\bAQ\.[A-Za-z0-9_.-]{6,}/g,
  /\bBearer\s+[^\s"',;]+/gi,
];

export const REDACTED = '[redacted]';

const PLACEHOLDER_KEYS = new Set([SIMULATOR_OPENAI_KEY, SIMULATOR_GEMINI_KEY]);

export type Redactor = (text: string) => string;

/** Builds a redactor that also removes the exact configured secrets (which may not match any pattern). */
export function createRedactor(knownSecrets: readonly (string | null | undefined)[] = []): Redactor {
  // The simulator's placeholder keys are words that appear in ordinary log text; they protect nothing.
  const exact = knownSecrets.filter(
    (s): s is string => typeof s === 'string' && s.length >= 6 && !PLACEHOLDER_KEYS.has(s),
  );
  return (text: string): string => {
    let out = text;
    for (const secret of exact) out = out.split(secret).join(REDACTED);
    for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, REDACTED);
    return out;
  };
}

export const redactPatterns: Redactor = createRedactor();

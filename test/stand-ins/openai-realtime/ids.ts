import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An id shaped like OpenAI's (`event_…`, `item_…`, `resp_…`, `sess_…`): prefix plus 21 base62 characters. */
export function openaiId(prefix: string, length = 21): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${out}`;
}

/** `ek_` plus 32 hex digits, like the real ephemeral keys. */
export function ephemeralKey(): string {
  return `ek_${randomBytes(16).toString('hex')}`;
}

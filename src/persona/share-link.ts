import { validatePersona, type Persona, type PersonaIssue } from './persona-schema';

const HASH_KEY = 'persona';

export type SharedPersonaResult =
  | { kind: 'none' }
  | { kind: 'ok'; persona: Persona }
  /** `damaged`: the link could not be decoded; `not_persona`: it decoded to something that is not a valid persona. */
  | { kind: 'invalid'; reason: 'damaged' | 'not_persona'; issues: PersonaIssue[] };

/** `#persona=<base64url of the UTF-8 JSON>`; survives any language (Korean included) and needs no server. */
export function personaToHash(persona: Persona): string {
  return `#${HASH_KEY}=${toBase64Url(new TextEncoder().encode(JSON.stringify(persona)))}`;
}

export function personaShareUrl(persona: Persona, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = personaToHash(persona).slice(1);
  return url.toString();
}

/** Reads a shared persona from a location hash (with or without the leading `#`). */
export function personaFromHash(hash: string): SharedPersonaResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(HASH_KEY);
  if (encoded === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded)));
  } catch {
    return { kind: 'invalid', reason: 'damaged', issues: [] };
  }
  const result = validatePersona(value);
  if (!result.ok) return { kind: 'invalid', reason: 'not_persona', issues: result.issues };
  return { kind: 'ok', persona: result.persona };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export const DEV_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'] as const;

/** Parses `ALLOWED_ORIGINS` (comma list of `scheme://host[:port]`); bad entries are reported, not ignored. */
export function parseAllowedOrigins(raw: string, errors: string[], setting = 'ALLOWED_ORIGINS'): string[] {
  const origins: string[] = [];
  for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      const url = new URL(entry);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== entry.replace(/\/$/, '')) throw new Error('not an origin');
      origins.push(url.origin);
    } catch {
      errors.push(`${setting} entry "${entry.slice(0, 80)}" is not an origin like https://example.com or http://127.0.0.1:5173.`);
    }
  }
  return origins;
}

export type OriginVerdict = 'none' | 'allowed' | 'forbidden';

/**
 * A request without `Origin` is not a browser cross-site request (curl, server-to-server) and is let
 * through to the normal checks; the page's own origin is always allowed.
 */
export function judgeOrigin(origin: string | null, ownOrigins: readonly string[], allowed: readonly string[]): OriginVerdict {
  if (origin === null) return 'none';
  if (ownOrigins.includes(origin) || allowed.includes(origin)) return 'allowed';
  return 'forbidden';
}

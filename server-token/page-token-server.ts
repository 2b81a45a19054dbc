import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_CONFIG_FILE, TOKEN_SERVER_META } from './contract.ts';

function originOf(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The token servers a built page in `realRoot` will call besides its own origin: `tokenServerUrl` in its
 * config.json and the `VITE_TOKEN_SERVER_URL` the build wrote into index.html. Read once at start, for the CSP's
 * connect-src: a page served here but pointed elsewhere must still be allowed to reach that token server.
 */
export function pageTokenServerOrigins(realRoot: string): string[] {
  const origins = new Set<string>();
  const config = readText(join(realRoot, PAGE_CONFIG_FILE));
  if (config !== null) {
    try {
      const origin = originOf((JSON.parse(config) as { tokenServerUrl?: unknown } | null)?.tokenServerUrl);
      if (origin) origins.add(origin);
    } catch {
      // The page ignores a malformed config.json too (and says so in its console).
    }
  }
  const html = readText(join(realRoot, 'index.html')) ?? '';
  const meta = new RegExp(`<meta\\s+name="${TOKEN_SERVER_META}"\\s+content="([^"]*)"`, 'i').exec(html);
  const built = originOf(meta?.[1]?.replace(/&amp;/g, '&'));
  if (built) origins.add(built);
  return [...origins];
}

import { PAGE_CONFIG_FILE as CONFIG_FILE } from '../../server-token/contract';

/**
 * Where the token server is (health, token, the Gemini pass-through): `tokenServerUrl` in a `config.json` beside
 * index.html (read once at start, so one build serves several deployments), else `VITE_TOKEN_SERVER_URL` from
 * the build, else the page's own origin. Imports nothing of the app: every layer may read it.
 */

export type TokenServerSource = 'config.json' | 'VITE_TOKEN_SERVER_URL' | 'page';

export interface TokenServerPlace {
  /** Absolute URL without a trailing slash; paths such as `/api/health` are appended to it. */
  base: string;
  origin: string;
  source: TokenServerSource;
}

/** What stops the page from reaching the token server before it even asks. */
export type TokenServerBlock = { kind: 'mixed_content'; server: string; page: string };


/** An absolute http(s) URL with no credentials, query or fragment; null otherwise. */
export function parseTokenServerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function place(base: string, source: TokenServerSource): TokenServerPlace {
  return { base, origin: new URL(base).origin, source };
}

function pageOrigin(): string {
  return globalThis.location?.origin ?? 'http://127.0.0.1';
}

/** The build's choice, or the page itself. A malformed build value is said once and ignored. */
function buildDefault(): TokenServerPlace {
  const built = import.meta.env.VITE_TOKEN_SERVER_URL as string | undefined;
  if (built) {
    const base = parseTokenServerUrl(built);
    if (base) return place(base, 'VITE_TOKEN_SERVER_URL');
    console.warn(`VITE_TOKEN_SERVER_URL "${built.slice(0, 120)}" is not an http(s) URL like https://tokens.example.com; using this page's origin. Rebuild with a full URL.`);
  }
  return place(pageOrigin(), 'page');
}

let current: TokenServerPlace | null = null;

/** The token server in use now (config.json once loaded, else the build's default). */
export function tokenServer(): TokenServerPlace {
  current ??= buildDefault();
  return current;
}

/**
 * The URL of a token-server path, e.g. `tokenServerUrl('/api/health')`: the path itself when the token server is
 * the page's own origin (as before: the dev server's proxy keeps working), else an absolute URL.
 */
export function tokenServerUrl(path: string): string {
  const server = tokenServer();
  return server.source === 'page' ? path : `${server.base}${path}`;
}

/** True when the token server is not the page's own origin (CORS applies, ALLOWED_ORIGINS matters). */
export function tokenServerIsElsewhere(): boolean {
  return tokenServer().origin !== pageOrigin();
}

/** Loopback hosts are potentially trustworthy: an https page may call them over http. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** An http: token server from an https: page is blocked by the browser (mixed content): say so before fetching. */
export function tokenServerBlock(pageUrl: string = globalThis.location?.href ?? ''): TokenServerBlock | null {
  if (!pageUrl.startsWith('https:')) return null;
  const server = new URL(tokenServer().base);
  if (server.protocol !== 'http:' || isLoopbackHost(server.hostname)) return null;
  return { kind: 'mixed_content', server: tokenServer().origin, page: new URL(pageUrl).origin };
}

/** Reads the `tokenServerUrl` of a config.json text; a reason when it is unusable. */
export function readConfigText(text: string): { base: string | null } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'it is not a JSON object' };
  const raw = (value as Record<string, unknown>).tokenServerUrl;
  if (raw === undefined || raw === '') return { base: null };
  if (typeof raw !== 'string') return { problem: '"tokenServerUrl" is not a string' };
  const base = parseTokenServerUrl(raw);
  return base ? { base } : { problem: `"tokenServerUrl" "${raw.slice(0, 120)}" is not an http(s) URL like https://tokens.example.com` };
}

/**
 * Reads config.json beside index.html, once, before the first render. Missing (or answered by an HTML
 * fallback page) is normal and silent; a malformed one is one console warning and the build's default.
 */
export async function loadTokenServerConfig(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis), baseUrl: string = import.meta.env.BASE_URL): Promise<TokenServerPlace> {
  const configUrl = `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${CONFIG_FILE}`;
  let text: string | null = null;
  try {
    const response = await fetchImpl(configUrl, { cache: 'no-cache' });
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && !type.includes('text/html')) text = await response.text();
  } catch {
    text = null;
  }
  current = buildDefault();
  if (text === null) return current;
  const read = readConfigText(text);
  if ('problem' in read) {
    console.warn(`${configUrl} is ignored: ${read.problem}. Write {"tokenServerUrl": "https://tokens.example.com"}, or delete the file to use ${current.base}.`);
  } else if (read.base) {
    current = place(read.base, 'config.json');
  }
  return current;
}

/** For tests: forget what was loaded. */
export function resetTokenServerConfig(): void {
  current = null;
}

import { DEV_ORIGINS, parseAllowedOrigins } from './origin-policy.ts';
import { isLoopbackHostname } from './loopback.ts';
import { describeUrlSafely } from './url-display.ts';

export const DEFAULT_REALTIME_MODEL = 'gpt-realtime-2';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com';
export const DEFAULT_GEMINI_MODELS = [
  'gemini-3.5-flash-lite', 'gemini-3.8-flash', 'gemini-3.6-flash', 'gemini-flash-lite-latest',
] as const;
/** Placeholder used only against the local stand-ins; it is never sent to api.openai.com. */
export const SIMULATOR_OPENAI_KEY = 'sk-simulator';
export const SIMULATOR_GEMINI_KEY = 'simulator';

export type GeminiKeySource = 'GOOGLE_API_KEY' | 'GEMINI_API_KEY';

export interface ServerConfig {
  mode: 'live' | 'simulator';
  openai: {
    apiKey: string;
    /** Base URL as given (no trailing slash), or null for the SDK default. */
    baseUrl: string | null;
    model: string;
    modelSource: 'OPENAI_REALTIME_MODEL' | 'default';
    timeoutMs: number;
    checkModel: boolean;
    /** Largest OpenAI answer read; a bigger one is cut off, not buffered. */
    maxResponseBytes: number;
  };
  token: {
    ttlSeconds: number;
    ratePerMinute: number;
    /** Characters are capped by the contract; this only has to hold them at 6 bytes each (JSON `\u` escapes). */
    maxBodyBytes: number;
    /** Keys minted per UTC hour / day over all clients; 0 = no cap. */
    hourlyCap: number;
    dailyCap: number;
  };
  gemini: {
    mode: 'proxy' | 'simulator' | 'off';
    apiKey: string | null;
    keySource: GeminiKeySource | null;
    baseUrl: string;
    models: string[];
    ratePerMinute: number;
    maxBodyBytes: number;
    maxResponseBytes: number;
    timeoutMs: number;
  };
  /** The origin(s) users open (PUBLIC_ORIGIN); their hosts are the server's own. */
  publicOrigins: string[];
  /** Extra page origins allowed to call /api (CORS); their hosts are accepted too. */
  allowedOrigins: string[];
  /** How many reverse proxies in front of the server append to X-Forwarded-For (TRUST_PROXY); 0 = none. */
  trustProxy: number;
  /** Loopback hosts (127.0.0.1, localhost, [::1]) are accepted only when the server listens on loopback. */
  listensOnLoopback: boolean;
  /** Where per-client limits and the key caps live; null = this process's memory. */
  redisUrl: string | null;
  port: number;
  host: string;
}

export interface LoadOptions {
  /** `fetch-host`: a serverless runtime (no socket we bind, so never "on loopback"). Default: `node`. */
  runtime?: 'node' | 'fetch-host';
}

export interface LoadedConfig {
  config: ServerConfig;
  /** Lines to print once at start: things that work but that the operator should know. */
  warnings: string[];
  /** Set when the server must not start; one line with the fix. */
  fatal?: string;
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number, errors: string[]): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    errors.push(`${name} must be a whole number from ${min} to ${max} (got "${raw.slice(0, 20)}"); fix it in .env or unset it to use ${fallback}.`);
    return fallback;
  }
  return Number(raw);
}

function readUrl(env: Env, name: string, errors: string[]): string | null {
  const raw = read(env, name);
  if (raw === undefined) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return raw.replace(/\/+$/, '');
  } catch {
    errors.push(`${name} must be an http(s) URL (got "${raw.slice(0, 60)}").`);
    return null;
  }
}

/** `TRUST_PROXY=<hops>`: how many proxies append to X-Forwarded-For. The old `1`/`true` means one. */
function readTrustProxy(env: Env, errors: string[]): number {
  const raw = read(env, 'TRUST_PROXY');
  if (raw === undefined) return 0;
  if (/^(true|yes|on)$/i.test(raw)) return 1;
  if (/^(false|no|off)$/i.test(raw)) return 0;
  return readInt(env, 'TRUST_PROXY', 0, 0, 10, errors);
}

function readRedisUrl(env: Env, errors: string[]): string | null {
  const raw = read(env, 'REDIS_URL');
  if (raw === undefined) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error('protocol');
    return raw;
  } catch {
    errors.push(`REDIS_URL must be a redis:// or rediss:// URL (got "${describeUrlSafely(raw).slice(0, 60)}").`);
    return null;
  }
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** Reads and checks the whole configuration once. Never throws; problems come back as `fatal`/`warnings`. */
export function loadConfig(env: Env, options: LoadOptions = {}): LoadedConfig {
  const errors: string[] = [];
  const warnings: string[] = [];
  const simulator = isOn(read(env, 'PERSONA_TALK_SIMULATOR'));
  const host = read(env, 'HOST') ?? '127.0.0.1';
  const listensOnLoopback = options.runtime !== 'fetch-host' && isLoopbackHostname(host);

  const openaiBaseUrl = readUrl(env, 'OPENAI_BASE_URL', errors);
  const realOpenaiKey = read(env, 'OPENAI_API_KEY');
  // The simulator flag only replaces what has no key: a real OPENAI_API_KEY still goes to OpenAI.
  const openaiSimulated = simulator && !realOpenaiKey;
  const openaiKey = realOpenaiKey ?? (openaiSimulated ? SIMULATOR_OPENAI_KEY : undefined);
  if (!openaiKey) {
    errors.push('OPENAI_API_KEY is not set: put your key in .env (see .env.example), or run `npm start` without a key to use the local simulator (PERSONA_TALK_SIMULATOR=1).');
  }
  if (openaiSimulated && !openaiBaseUrl) {
    errors.push('PERSONA_TALK_SIMULATOR=1 without OPENAI_API_KEY needs OPENAI_BASE_URL pointing at the local Realtime stand-in (e.g. http://127.0.0.1:8790/v1); `npm start` sets both.');
  }
  if (simulator && realOpenaiKey) {
    warnings.push('PERSONA_TALK_SIMULATOR=1 but OPENAI_API_KEY is set: calls use the real OpenAI Realtime API; only services without a key are simulated.');
  }
  const envModel = read(env, 'OPENAI_REALTIME_MODEL');

  const googleKey = read(env, 'GOOGLE_API_KEY');
  const geminiKey = read(env, 'GEMINI_API_KEY');
  const geminiBaseFromEnv = readUrl(env, 'GEMINI_BASE_URL', errors);
  let keySource: GeminiKeySource | null = googleKey ? 'GOOGLE_API_KEY' : geminiKey ? 'GEMINI_API_KEY' : null;
  let geminiApiKey = googleKey ?? geminiKey ?? null;
  if (googleKey && geminiKey) {
    warnings.push('Both GOOGLE_API_KEY and GEMINI_API_KEY are set; using GOOGLE_API_KEY (it takes precedence, as in the @google/genai SDK). Unset one to silence this.');
  }
  let geminiMode: ServerConfig['gemini']['mode'] = geminiApiKey ? 'proxy' : 'off';
  if (simulator && geminiBaseFromEnv && !geminiApiKey) {
    geminiMode = 'simulator';
    geminiApiKey = SIMULATOR_GEMINI_KEY;
    keySource = null;
  }
  if (geminiMode === 'off') {
    warnings.push('Neither GOOGLE_API_KEY nor GEMINI_API_KEY is set: persona generation will use the built-in personas (or a key the user pastes in the page).');
  }
  const geminiModels = (read(env, 'GEMINI_MODELS')?.split(',') ?? [...DEFAULT_GEMINI_MODELS])
    .map((m) => m.trim().replace(/^models\//, ''))
    .filter((m) => /^[A-Za-z0-9._-]+$/.test(m));

  const originsRaw = read(env, 'ALLOWED_ORIGINS');
  // The Vite dev origins are harmless only on a machine-local server; NODE_ENV plays no part.
  const allowedOrigins = originsRaw !== undefined ? parseAllowedOrigins(originsRaw, errors, 'ALLOWED_ORIGINS') : listensOnLoopback ? [...DEV_ORIGINS] : [];
  const publicRaw = read(env, 'PUBLIC_ORIGIN');
  const publicOrigins = publicRaw !== undefined ? parseAllowedOrigins(publicRaw, errors, 'PUBLIC_ORIGIN') : [];
  if (!listensOnLoopback && publicOrigins.length === 0 && originsRaw === undefined) {
    errors.push(options.runtime === 'fetch-host'
      ? 'PUBLIC_ORIGIN is not set: set it to the address users open (e.g. PUBLIC_ORIGIN=https://talk.example.com); requests for any other Host are refused.'
      : `HOST=${host} accepts connections from other machines, so PUBLIC_ORIGIN must name the address users open (e.g. PUBLIC_ORIGIN=https://talk.example.com); requests for any other Host are refused.`);
  }
  const trustProxy = readTrustProxy(env, errors);

  const config: ServerConfig = {
    mode: openaiSimulated ? 'simulator' : 'live',
    openai: {
      apiKey: openaiKey ?? '',
      baseUrl: openaiBaseUrl,
      model: envModel ?? DEFAULT_REALTIME_MODEL,
      modelSource: envModel ? 'OPENAI_REALTIME_MODEL' : 'default',
      timeoutMs: readInt(env, 'OPENAI_TIMEOUT_MS', 10_000, 100, 120_000, errors),
      checkModel: read(env, 'OPENAI_MODEL_CHECK')?.toLowerCase() !== 'off',
      maxResponseBytes: 1024 * 1024,
    },
    token: {
      ttlSeconds: readInt(env, 'TOKEN_TTL_SECONDS', 120, 10, 7200, errors),
      ratePerMinute: readInt(env, 'TOKEN_RATE_LIMIT_PER_MINUTE', 10, 1, 1_000_000, errors),
      maxBodyBytes: 64 * 1024,
      hourlyCap: readInt(env, 'TOKEN_HOURLY_LIMIT', 100, 0, 100_000_000, errors),
      dailyCap: readInt(env, 'TOKEN_DAILY_LIMIT', 1000, 0, 100_000_000, errors),
    },
    gemini: {
      mode: geminiMode,
      apiKey: geminiApiKey,
      keySource,
      baseUrl: geminiBaseFromEnv ?? DEFAULT_GEMINI_BASE_URL,
      models: geminiModels,
      ratePerMinute: readInt(env, 'GEMINI_RATE_LIMIT_PER_MINUTE', 20, 1, 1_000_000, errors),
      maxBodyBytes: 64 * 1024,
      maxResponseBytes: 8 * 1024 * 1024,
      timeoutMs: readInt(env, 'GEMINI_TIMEOUT_MS', 30_000, 100, 300_000, errors),
    },
    publicOrigins,
    allowedOrigins,
    trustProxy,
    listensOnLoopback,
    redisUrl: readRedisUrl(env, errors),
    port: readInt(env, 'PORT', 8787, 0, 65_535, errors),
    host,
  };
  const result: LoadedConfig = { config, warnings };
  if (errors.length > 0) result.fatal = errors.join(' ');
  return result;
}

/** The start-up summary: what is configured, never a secret. */
export function describeConfig(config: ServerConfig): string[] {
  const o = config.openai;
  const g = config.gemini;
  const lines = [
    `mode: ${config.mode}${config.mode === 'simulator' ? ' (local stand-ins, no real API is called)' : ''}`,
    `realtime model: ${o.model} (${o.modelSource === 'default' ? 'default; set OPENAI_REALTIME_MODEL to change' : 'from OPENAI_REALTIME_MODEL'})`,
    `OpenAI base URL: ${describeUrlSafely(o.baseUrl ?? DEFAULT_OPENAI_BASE_URL)}`,
    `ephemeral key lifetime: ${config.token.ttlSeconds} s; token rate limit: ${config.token.ratePerMinute}/min per client`,
    `key caps over all clients: ${capText(config.token.hourlyCap, 'hour')}, ${capText(config.token.dailyCap, 'day')} (TOKEN_HOURLY_LIMIT, TOKEN_DAILY_LIMIT)`,
    `limits store: ${config.redisUrl ? `Redis at ${describeUrlSafely(config.redisUrl)}` : 'this process\'s memory (set REDIS_URL to share limits across instances)'}`,
    `accepted hosts: ${[...config.publicOrigins, ...config.allowedOrigins].map((o) => new URL(o).host).join(', ') || 'none configured'}${config.listensOnLoopback ? ' and loopback (the server listens on loopback)' : ''}`,
    `allowed origins: same origin${config.allowedOrigins.length ? ', ' + config.allowedOrigins.join(', ') : ''}`,
    `client address: ${config.trustProxy > 0 ? `X-Forwarded-For, ${config.trustProxy} trusted proxy hop(s) from the right` : 'the connection\'s address (TRUST_PROXY=0)'}`,
    g.mode === 'off'
      ? 'Gemini pass-through: off (built-in personas only)'
      : `Gemini pass-through: ${g.mode} via ${describeUrlSafely(g.baseUrl)}, key from ${g.keySource ?? 'simulator placeholder'}, models: ${g.models.join(', ')}`,
  ];
  return lines;
}

function capText(cap: number, per: string): string {
  return cap > 0 ? `${cap}/${per}` : `none per ${per}`;
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { precompileRealtimeSchemas, validateServerEvent } from '../../support/realtime-schema.ts';
import { betaShapeDisabled, invalidApiKey, invalidRequest, modelNotFound, notFound } from './api-errors.ts';
import { checkStandardKey } from './api-keys.ts';
import { mintClientSecret, type MintedKey } from './client-secrets.ts';
import { applyCors, bearerToken, readBody, sendFailure, sendJson } from './http-util.ts';
import { RealtimeCall } from './realtime-call.ts';
import { encodedFixture } from './opus-audio.ts';
import { ALL_REPLY_FIXTURES } from './reply-bank.ts';
import type { ResponseRecord } from './response-record.ts';
import type { TurnScript } from './turn-script.ts';
import type { SessionObject } from './session-config.ts';

export type { TurnScript } from './turn-script.ts';
export type { ResponseRecord } from './response-record.ts';

export interface RealtimeStandinOptions {
  /** 0 = a random free port (default). */
  port?: number;
  /** Models the account can use. */
  models?: string[];
  /**
   * What the "model" says and what the caller's turns are transcribed as. Lists left out come from
   * per-language banks: replies in the persona's language, caller lines in the transcription language.
   */
  script?: TurnScript;
  /**
   * How long the "model" takes to generate a whole reply, from `response.created` to `response.done`
   * (default 40 ms). The real API generates much faster than real time: the transcript and `response.done`
   * arrive while the audio is still playing out, one 20 ms packet after another.
   */
  generationDelayMs?: number;
  /** Seed for the order of the default replies and caller lines (default 0). */
  seed?: number;
  /** Maximum session length; on expiry the real session-expired error is sent and the call closes. */
  sessionMaxMs?: number;
  log?: (line: string) => void;
}

export interface ReceivedClientEvent { callId: string; atMs: number; event: unknown }
export interface SentServerEvent { callId: string; atMs: number; event: Record<string, unknown> }
export interface MintRecord { atMs: number; body: unknown; model: string | null; ok: boolean; status: number }
export interface CallInfo {
  id: string;
  state: 'connecting' | 'connected' | 'closed';
  session: SessionObject;
  inputAudioMs: number;
  speechTurns: number;
}

export interface RealtimeStandin {
  baseUrl: string;
  /**
   * `performance.timeOrigin + performance.now()` at the moment the stand-in's clock (every `atMs`) read 0:
   * lets a benchmark put the stand-in's times on the epoch clock the page's own marks can be put on too.
   */
  clockOriginMs: number;
  callsUrl: string;
  received: ReceivedClientEvent[];
  sent: SentServerEvent[];
  mints: MintRecord[];
  calls(): CallInfo[];
  schemaViolations: string[];
  setScript(script: TurnScript): void;
  /** Applies to responses created from now on. */
  setGenerationDelayMs(ms: number): void;
  /**
   * Every response so far (of one call, or of all calls), oldest first, as snapshots: status, text,
   * audio generated, and `audioSentMs`, the audio actually sent before it stopped or was cleared.
   */
  responses(callId?: string): ResponseRecord[];
  dropCall(callId?: string): void;
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export const DEFAULT_MODELS = [
  'gpt-realtime-2', 'gpt-realtime-2.1', 'gpt-realtime-2.1-mini', 'gpt-realtime-1.5', 'gpt-realtime',
  'gpt-realtime-mini', 'gpt-4o-mini-transcribe', 'gpt-4o-transcribe', 'whisper-1', 'gpt-5-mini',
];
const MODEL_CREATED = 1_756_339_200;
const DEFAULT_GENERATION_DELAY_MS = 40;

export async function startRealtimeStandin(options: RealtimeStandinOptions = {}): Promise<RealtimeStandin> {
  const log = options.log ?? ((): void => undefined);
  const models = options.models ?? DEFAULT_MODELS;
  const sessionMaxMs = options.sessionMaxMs ?? 60 * 60_000;
  let script: TurnScript = { ...options.script };
  let generationDelayMs = options.generationDelayMs ?? DEFAULT_GENERATION_DELAY_MS;
  const t0 = performance.now();
  const now = (): number => Math.round((performance.now() - t0) * 10) / 10;
  const keys = new Map<string, MintedKey>();
  const calls = new Map<string, RealtimeCall>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const received: ReceivedClientEvent[] = [];
  const sent: SentServerEvent[] = [];
  const mints: MintRecord[] = [];
  const schemaViolations: string[] = [];
  let closing = false;

  // Compile the schemas and encode the reply fixtures now, so a call never stalls on them (~1 s, once).
  precompileRealtimeSchemas();
  for (const name of ALL_REPLY_FIXTURES) encodedFixture(name);

  const violation = (where: string, reason: string): void => {
    schemaViolations.push(`${where}: ${reason}`);
    log(`schema violation ${where}: ${reason}`);
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function handleMint(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    let parsed: unknown = raw;
    try { parsed = raw ? JSON.parse(raw) : {}; } catch { /* recorded raw */ }
    const model = (parsed as { session?: { model?: unknown } } | null)?.session?.model;
    const record = (ok: boolean, status: number): void => {
      mints.push({ atMs: now(), body: parsed, model: typeof model === 'string' ? model : null, ok, status });
    };
    const verdict = checkStandardKey(bearerToken(req));
    if (!verdict.ok) {
      record(false, verdict.failure.status);
      return sendFailure(res, verdict.failure);
    }
    if (verdict.delayMs) await sleep(verdict.delayMs);
    if (closing) return;
    const outcome = mintClientSecret(raw, Date.now());
    if (!outcome.ok) {
      record(false, outcome.failure.status);
      log(`mint refused: ${outcome.failure.body.error.message}`);
      return sendFailure(res, outcome.failure);
    }
    keys.set(outcome.key.value, outcome.key);
    record(true, 200);
    log(`minted a key for ${String(outcome.key.session.model ?? outcome.key.session.type)}`);
    sendJson(res, 200, outcome.body);
  }

  function handleModels(req: IncomingMessage, res: ServerResponse, id: string | null): Promise<void> | void {
    const verdict = checkStandardKey(bearerToken(req));
    if (!verdict.ok) return sendFailure(res, verdict.failure);
    const entry = (m: string): Record<string, unknown> => ({ id: m, object: 'model', created: MODEL_CREATED, owned_by: 'system' });
    if (id === null) return sendJson(res, 200, { object: 'list', data: models.map(entry) });
    if (!models.includes(id)) return sendFailure(res, modelNotFound(id));
    return sendJson(res, 200, entry(id));
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = bearerToken(req);
    const key = keys.get(token);
    if (!key || key.expiresAtMs <= Date.now()) {
      log('call refused: unknown or expired key');
      return sendFailure(res, invalidApiKey(token));
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/sdp') {
      return sendFailure(res, invalidRequest(
        `Unsupported content type: '${contentType || 'none'}'. This endpoint expects 'application/sdp' (the SDP offer) or 'multipart/form-data'.`,
        'unsupported_content_type', null));
    }
    const offer = await readBody(req);
    if (!offer.startsWith('v=0')) {
      return sendFailure(res, invalidRequest('Invalid SDP offer: the body must be an SDP session description starting with v=0.', 'invalid_offer', 'sdp'));
    }
    const call = new RealtimeCall({
      minted: key.session,
      models,
      getScript: () => script,
      seed: options.seed ?? 0,
      generationMs: () => generationDelayMs,
      sessionMaxMs,
      now,
      log,
      onReceived: (callId, event) => received.push({ callId, atMs: now(), event }),
      onSent: (callId, event) => {
        sent.push({ callId, atMs: now(), event });
        const reason = validateServerEvent(event);
        if (reason) violation(`sent ${callId}`, reason);
      },
      onClientViolation: (callId, reason) => violation(`received ${callId}`, reason),
    });
    calls.set(call.id, call);
    try {
      const answer = await call.answer(offer);
      if (closing) return;
      res.writeHead(201, { 'Content-Type': 'application/sdp', Location: `/v1/realtime/calls/${call.id}` });
      res.end(answer);
      log(`call ${call.id} answered`);
    } catch (err) {
      call.close();
      sendFailure(res, invalidRequest(`Invalid SDP offer: ${(err as Error).message}`, 'invalid_offer', 'sdp'));
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      return void res.end();
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '');
    const beta = String(req.headers['openai-beta'] ?? '').includes('realtime');
    if (path.startsWith('/v1/realtime') && beta) return sendFailure(res, betaShapeDisabled());
    if (req.method === 'POST' && (path === '/v1/realtime' || path === '/v1/realtime/sessions' || path === '/v1/realtime/transcription_sessions')) {
      return sendFailure(res, betaShapeDisabled());
    }
    if (req.method === 'POST' && path === '/v1/realtime/client_secrets') return handleMint(req, res);
    if (req.method === 'POST' && path === '/v1/realtime/calls') return handleCall(req, res);
    if (req.method === 'GET' && path === '/v1/models') return handleModels(req, res, null);
    const model = /^\/v1\/models\/(.+)$/.exec(path);
    if (req.method === 'GET' && model?.[1]) return handleModels(req, res, decodeURIComponent(model[1]));
    sendFailure(res, notFound(req.method ?? 'GET', path));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      log(`request failed: ${(err as Error).message}`);
      sendJson(res, 500, { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}/v1`;

  return {
    baseUrl,
    clockOriginMs: performance.timeOrigin + t0,
    callsUrl: `${baseUrl}/realtime/calls`,
    received,
    sent,
    mints,
    schemaViolations,
    calls: () => [...calls.values()].map((call) => call.info()),
    setScript(next: TurnScript): void {
      script = { ...next };
    },
    setGenerationDelayMs(ms: number): void {
      generationDelayMs = Math.max(0, ms);
    },
    responses(callId?: string): ResponseRecord[] {
      const all = [...calls.values()].filter((call) => !callId || call.id === callId).flatMap((call) => call.responses());
      return all.sort((a, b) => a.createdAtMs - b.createdAtMs);
    },
    dropCall(callId?: string): void {
      const target = callId ? calls.get(callId) : [...calls.values()].reverse().find((c) => c.info().state !== 'closed');
      target?.drop();
    },
    async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const value = predicate();
        if (value !== undefined && value !== false) return value;
        if (performance.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close(): Promise<void> {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...calls.values()].map((call) => call.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

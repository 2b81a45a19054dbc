import type { ClientSecretCreateResponse } from 'openai/resources/realtime/client-secrets';
import { MAX_INSTRUCTIONS_CHARS, type TokenRequest, type TokenResponse } from './contract.ts';
import { tokenRequestSchema } from './token-request-schema.ts';
import { NO_STORE, sendError, type AppContextC, type ServerServices } from './app-context.ts';
import { readBodyCapped } from './body-reader.ts';
import { errorOutcome, mapOpenAIError, modelUnavailable, type ErrorOutcome } from './error-catalogue.ts';
import { buildClientSecretParams, callsUrlFor } from './realtime-session.ts';

type Parsed = { ok: true; request: TokenRequest } | { ok: false; outcome: ErrorOutcome };

/** HTML form encodings are refused; JSON sent as text/plain (fetch's default for a string body) is fine. */
const FORM_TYPE = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** Turns raw bytes into a validated request; every refusal says what was wrong. */
export function parseTokenBody(bytes: Uint8Array, contentType: string | null): Parsed {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') return { ok: true, request: {} };
  if (contentType !== null && FORM_TYPE.test(contentType)) {
    return { ok: false, outcome: errorOutcome('unsupported_media_type') };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, outcome: errorOutcome('invalid_json') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, outcome: errorOutcome('invalid_request', { message: 'The request body must be a JSON object.' }) };
  }
  if (Object.hasOwn(body, 'model')) return { ok: false, outcome: errorOutcome('model_not_allowed') };
  const result = tokenRequestSchema.safeParse(body);
  if (!result.success) {
    const details = result.error.issues
      .slice(0, 3)
      .map((issue) => {
        const where = issue.path.map(String).join('.').slice(0, 40);
        return issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}` : `${where || 'body'}: ${issue.message}`;
      })
      .join('; ');
    return { ok: false, outcome: errorOutcome('invalid_request', { message: `The request body is not valid: ${details.slice(0, 300)}` }) };
  }
  return { ok: true, request: result.data };
}

/** The upstream session, minus anything secret-shaped it might carry in a future API version. */
function publicSession(session: ClientSecretCreateResponse['session'] | undefined): Record<string, unknown> {
  if (!session || typeof session !== 'object') return {};
  const copy: Record<string, unknown> = { ...(session as unknown as Record<string, unknown>) };
  delete copy.client_secret;
  return copy;
}

export function createTokenHandler(services: ServerServices) {
  const { config, upstream, modelGate, tokenLimiter, keyCap, logger } = services;
  return async (c: AppContextC): Promise<Response> => {
    const decision = await tokenLimiter.take(services.clientOf(c));
    if (!decision.allowed) {
      return sendError(c, errorOutcome('rate_limited', { headers: { 'Retry-After': String(decision.retryAfterSeconds) } }));
    }
    const body = await readBodyCapped(c.req.raw, config.token.maxBodyBytes);
    if (!body.ok) return sendError(c, errorOutcome('payload_too_large', { message: `The request body is larger than ${config.token.maxBodyBytes} bytes; instructions may have at most ${MAX_INSTRUCTIONS_CHARS} characters.` }));
    const parsed = parseTokenBody(body.bytes, c.req.header('content-type') ?? null);
    if (!parsed.ok) return sendError(c, parsed.outcome);

    const check = modelGate.latest();
    keepAliveFor(c, modelGate.inFlight);
    if (check?.status === 'unavailable') return sendError(c, modelUnavailable(config.openai.model, check.availableModels));

    // Counted last, so that refused requests spend none of the site's keys.
    const cap = await keyCap.take();
    if (cap.outcome === 'store_unavailable') return sendError(c, errorOutcome('limit_store_unavailable'));
    if (cap.outcome === 'reached') {
      return sendError(c, errorOutcome('token_cap_reached', {
        message: `This site has handed out its ${cap.limit} call keys for this ${cap.per}.`,
        headers: { 'Retry-After': String(cap.retryAfterSeconds) },
      }));
    }

    let minted: ClientSecretCreateResponse;
    try {
      minted = await upstream.realtime.clientSecrets.create(buildClientSecretParams(config.openai.model, config.token.ttlSeconds, parsed.request));
    } catch (error) {
      const outcome = mapOpenAIError(error, { model: config.openai.model, ...(check?.availableModels ? { usableModels: check.availableModels } : {}) });
      logger.warn('mint failed', { requestId: c.get('requestId'), code: outcome.body.error.code, upstreamStatus: (error as { status?: unknown })?.status ?? null });
      return sendError(c, outcome);
    }
    if (typeof minted?.value !== 'string' || typeof minted.expires_at !== 'number') {
      return sendError(c, errorOutcome('openai_error', { message: 'OpenAI answered without a client secret.' }));
    }
    const session = publicSession(minted.session);
    const response: TokenResponse = {
      value: minted.value,
      expiresAt: minted.expires_at,
      expiresInSeconds: Math.max(0, Math.round(minted.expires_at - Date.now() / 1000)),
      model: typeof session.model === 'string' ? session.model : config.openai.model,
      callsUrl: callsUrlFor(config.openai.baseUrl),
      session,
    };
    return c.json(response, 200, { 'Cache-Control': NO_STORE });
  };
}

/** On serverless hosts an isolate may stop once the answer is sent; a background model check must not be cut off. */
function keepAliveFor(c: AppContextC, task: Promise<unknown> | undefined): void {
  if (!task) return;
  try {
    c.executionCtx.waitUntil(task);
  } catch {
    // No execution context (Node): the process lives on anyway.
  }
}

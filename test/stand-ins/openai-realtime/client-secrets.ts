import { ephemeralKey } from './ids.ts';
import { invalidRequest, type HttpFailure } from './api-errors.ts';
import { checkSessionConfig, toParamError } from './schema-errors.ts';
import { buildSession, type SessionObject } from './session-config.ts';
import { schemaValidator, withoutClearingNulls } from '../../support/realtime-schema.ts';

export interface MintedKey {
  value: string;
  expiresAtMs: number;
  session: SessionObject;
}

export type MintOutcome = { ok: true; key: MintedKey; body: Record<string, unknown> } | { ok: false; failure: HttpFailure };

const DEFAULT_TTL_SECONDS = 600;

function invalidJson(): HttpFailure {
  return invalidRequest(
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
    null,
  );
}

/** `POST /v1/realtime/client_secrets`: validates like the real API and mints an `ek_…` key. */
export function mintClientSecret(rawBody: string, nowMs: number): MintOutcome {
  let body: unknown = {};
  if (rawBody.trim() !== '') {
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { ok: false, failure: invalidJson() };
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, failure: invalidJson() };
  const request = body as { session?: unknown; expires_after?: unknown };
  for (const key of Object.keys(request)) {
    if (key !== 'session' && key !== 'expires_after') {
      return { ok: false, failure: invalidRequest(`Unknown parameter: '${key}'.`, 'unknown_parameter', key) };
    }
  }
  if (request.session !== undefined) {
    const problem = checkSessionConfig(request.session, 'session');
    if (problem) return { ok: false, failure: invalidRequest(problem.message, problem.code, problem.param) };
  }
  const validate = schemaValidator('RealtimeCreateClientSecretRequest');
  const subject = { ...request, ...(request.session !== undefined ? { session: withoutClearingNulls(request.session) } : {}) };
  if (!validate(subject)) {
    const problem = toParamError([...(validate.errors ?? [])], subject, '');
    return {
      ok: false,
      failure: invalidRequest(problem?.message ?? 'Invalid request.', problem?.code ?? 'invalid_value', problem?.param ?? null),
    };
  }
  const ttl = (request.expires_after as { seconds?: number } | undefined)?.seconds ?? DEFAULT_TTL_SECONDS;
  const session = buildSession(request.session as Record<string, unknown> | undefined);
  const value = ephemeralKey();
  const expiresAt = Math.floor(nowMs / 1000) + ttl;
  return {
    ok: true,
    key: { value, expiresAtMs: expiresAt * 1000, session },
    body: { value, expires_at: expiresAt, session },
  };
}

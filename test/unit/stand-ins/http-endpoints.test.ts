import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealtimeStandin, type RealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';

interface ApiJson {
  value: string;
  expires_at: number;
  error: { message: string; type: string; code: string | null; param: string | null };
}

let standin: RealtimeStandin;

beforeAll(async () => {
  standin = await startRealtimeStandin();
});
afterAll(async () => {
  await standin.close();
});

async function mint(key: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: ApiJson; headers: Headers }> {
  const res = await fetch(`${standin.baseUrl}/realtime/client_secrets`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as ApiJson, headers: res.headers };
}

describe('POST /v1/realtime/client_secrets', () => {
  it('mints an ek_ key with the full GA session, through the openai package', async () => {
    const client = new OpenAI({ apiKey: 'sk-test-key-0123456789', baseURL: standin.baseUrl, maxRetries: 0 });
    const before = Math.floor(Date.now() / 1000);
    const secret = await client.realtime.clientSecrets.create({
      session: { type: 'realtime', model: 'gpt-realtime-mini', instructions: 'Be brief.', audio: { output: { voice: 'marin' } } },
    });
    expect(secret.value).toMatch(/^ek_[0-9a-f]{32}$/);
    expect(secret.expires_at - before).toBeGreaterThanOrEqual(599);
    expect(secret.expires_at - before).toBeLessThanOrEqual(601);
    expect(secret.session).toMatchObject({
      type: 'realtime', object: 'realtime.session', model: 'gpt-realtime-mini', instructions: 'Be brief.',
      output_modalities: ['audio'], tool_choice: 'auto', max_output_tokens: 'inf', tracing: null,
      audio: {
        input: { format: { type: 'audio/pcm', rate: 24000 }, transcription: null, noise_reduction: null, turn_detection: { type: 'server_vad', create_response: true, interrupt_response: true } },
        output: { voice: 'marin', speed: 1 },
      },
    });
    expect((secret.session as { id: string }).id).toMatch(/^sess_/);
    expect(standin.mints.at(-1)).toMatchObject({ ok: true, status: 200, model: 'gpt-realtime-mini' });
  });

  it('honours expires_after.seconds', async () => {
    const { status, json } = await mint('sk-test', { expires_after: { anchor: 'created_at', seconds: 60 }, session: { type: 'realtime' } });
    expect(status).toBe(200);
    expect(json.expires_at - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(60);
    expect(json.expires_at - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(58);
  });

  it('answers 401 invalid_api_key without echoing the key', async () => {
    const key = 'sk-invalid-0123456789abcdefghijklmnopqrstuv';
    const { status, json } = await mint(key, { session: { type: 'realtime' } });
    expect(status).toBe(401);
    expect(json.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key', param: null });
    expect(json.error.message).toMatch(/^Incorrect API key provided: sk-inval\*+/);
    expect(JSON.stringify(json)).not.toContain(key);
    expect(JSON.stringify(json)).not.toContain('0123456789abcdefghij');
  });

  it('plays quota, rate-limit and overload failures with their real bodies', async () => {
    const quota = await mint('sk-noquota-1', { session: { type: 'realtime' } });
    expect(quota.status).toBe(429);
    expect(quota.json.error).toMatchObject({ type: 'insufficient_quota', code: 'insufficient_quota' });
    expect(quota.json.error.message).toMatch(/^You exceeded your current quota, please check your plan and billing details/);
    const limited = await mint('sk-ratelimit-1', { session: { type: 'realtime' } });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('rate_limit_exceeded');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const down = await mint('sk-down-1', { session: { type: 'realtime' } });
    expect(down.status).toBe(503);
    expect(down.json.error).toMatchObject({ type: 'server_error', message: expect.stringMatching(/^The server is overloaded/) });
  });

  it('keeps an sk-slow key waiting', async () => {
    const attempt = fetch(`${standin.baseUrl}/realtime/client_secrets`, {
      method: 'POST', headers: { Authorization: 'Bearer sk-slow-1', 'Content-Type': 'application/json' }, body: '{}',
      signal: AbortSignal.timeout(300),
    });
    await expect(attempt).rejects.toThrow();
  });

  it('refuses a body without session.type like the real API', async () => {
    const { status, json } = await mint('sk-test', { session: { model: 'gpt-realtime' } });
    expect(status).toBe(400);
    expect(json).toEqual({ error: { message: "Missing required parameter: 'session.type'.", type: 'invalid_request_error', code: 'missing_required_parameter', param: 'session.type' } });
  });

  it('refuses a beta-style format with invalid_type and the param path', async () => {
    const { status, json } = await mint('sk-test', { session: { type: 'realtime', audio: { input: { format: 'pcm16' } } } });
    expect(status).toBe(400);
    expect(json.error).toEqual({
      message: "Invalid type for 'session.audio.input.format': expected an object, but got a string instead.",
      type: 'invalid_request_error', param: 'session.audio.input.format', code: 'invalid_type',
    });
  });

  it('refuses audio and text together, out-of-range expiry and the beta header', async () => {
    const both = await mint('sk-test', { session: { type: 'realtime', output_modalities: ['audio', 'text'] } });
    expect(both.status).toBe(400);
    expect(both.json.error).toMatchObject({ code: 'invalid_value', param: 'session.output_modalities' });
    const short = await mint('sk-test', { expires_after: { anchor: 'created_at', seconds: 5 } });
    expect(short.status).toBe(400);
    expect(short.json.error).toMatchObject({ code: 'integer_below_min_value', param: 'expires_after.seconds' });
    const beta = await mint('sk-test', { session: { type: 'realtime' } }, { 'OpenAI-Beta': 'realtime=v1' });
    expect(beta.status).toBe(400);
    expect(beta.json.error.code).toBe('beta_api_shape_disabled');
  });

  it('accepts clearing nulls the real API accepts', async () => {
    const { status } = await mint('sk-test', { session: { type: 'realtime', audio: { input: { noise_reduction: null, transcription: null } } } });
    expect(status).toBe(200);
  });
});

describe('GET /v1/models', () => {
  it('lists the account models and finds one, through the openai package', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: standin.baseUrl, maxRetries: 0 });
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toContain('gpt-realtime-2.1');
    expect(ids).toContain('gpt-realtime');
    const one = await client.models.retrieve('gpt-realtime-mini');
    expect(one).toMatchObject({ id: 'gpt-realtime-mini', object: 'model', owned_by: 'system' });
  });

  it('answers 404 model_not_found for a model the account cannot use', async () => {
    const res = await fetch(`${standin.baseUrl}/models/gpt-4o-realtime`, { headers: { Authorization: 'Bearer sk-test' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { message: "The model 'gpt-4o-realtime' does not exist or you do not have access to it.", type: 'invalid_request_error', param: null, code: 'model_not_found' } });
  });

  it('applies the same key faults', async () => {
    const res = await fetch(`${standin.baseUrl}/models`, { headers: { Authorization: 'Bearer sk-invalid-x' } });
    expect(res.status).toBe(401);
  });
});

describe('POST /v1/realtime/calls', () => {
  const offer = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';

  it('answers 401 for an unknown ek_ key without echoing it', async () => {
    const key = 'ek_0123456789abcdef0123456789abcdef';
    const res = await fetch(standin.callsUrl, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/sdp' }, body: offer });
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(JSON.parse(text).error).toMatchObject({ code: 'invalid_api_key', type: 'invalid_request_error' });
    expect(text).not.toContain(key);
  });

  it('wants application/sdp', async () => {
    const { json } = await mint('sk-test', { session: { type: 'realtime' } });
    const res = await fetch(standin.callsUrl, { method: 'POST', headers: { Authorization: `Bearer ${json.value}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it('refuses the retired beta SDP URL', async () => {
    const res = await fetch(`${standin.baseUrl}/realtime?model=gpt-realtime`, { method: 'POST', headers: { Authorization: 'Bearer ek_x', 'Content-Type': 'application/sdp' }, body: offer });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { message: 'The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API.', type: 'invalid_request_error', param: null, code: 'beta_api_shape_disabled' } });
  });

  it('answers the CORS preflight for any client header and exposes Location', async () => {
    const res = await fetch(standin.callsUrl, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-openai-agents-sdk' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-openai-agents-sdk');
    expect(res.headers.get('access-control-expose-headers')).toContain('Location');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';

interface Reply {
  candidates: Array<{ content: { parts: Array<{ text: string }>; role: string }; finishReason?: string; index: number }>;
  usageMetadata: { promptTokenCount: number; totalTokenCount: number };
  modelVersion: string;
  error: { code: number; status: string; message: string; details: Array<{ '@type': string; violations: Array<{ quotaId: string }> }> };
}

let standin: GeminiStandin;
beforeAll(async () => {
  standin = await startGeminiStandin({ chunkDelayMs: 0 });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.clearFaults();
  standin.requests.length = 0;
});

const recipeSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', description: 'dish' },
    servings: { type: 'integer', minimum: 2, maximum: 4 },
    vegan: { type: 'boolean' },
    steps: { type: 'array', items: { type: 'string' }, minItems: 3 },
    course: { type: 'string', enum: ['starter', 'main', 'dessert'] },
    nutrition: { type: 'object', properties: { kcal: { type: 'number', minimum: 100 } }, required: ['kcal'] },
  },
  required: ['title', 'servings', 'vegan', 'steps', 'course', 'nutrition'],
  propertyOrdering: ['course', 'title', 'servings', 'vegan', 'steps', 'nutrition'],
};

function body(text: string, schema: unknown = recipeSchema) {
  return JSON.stringify({
    contents: [{ role: 'user', parts: [{ text }] }],
    generationConfig: { responseMimeType: 'application/json', responseJsonSchema: schema },
  });
}

async function post(path: string, payload: string, key: string | null = 'k') {
  return fetch(`${standin.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-goog-api-key': key } : {}) },
    body: payload,
  });
}

async function sseEvents(res: Response): Promise<Reply[]> {
  const text = await res.text();
  expect(text.endsWith('\n\n')).toBe(true);
  return text.split('\n\n').filter(Boolean).map((e) => {
    expect(e.startsWith('data: ')).toBe(true);
    return JSON.parse(e.slice(6)) as Reply;
  });
}

describe('Gemini stand-in', () => {
  it('fills whatever schema it is sent, in propertyOrdering order (unary, v1beta)', async () => {
    const res = await post('/v1beta/models/gemini-3.8-flash:generateContent', body('Brief: a vegan dinner'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await res.json()) as Reply;
    expect(json.candidates[0]).toMatchObject({ finishReason: 'STOP', index: 0, content: { role: 'model' } });
    expect(json.modelVersion).toBe('gemini-3.8-flash');
    expect(json.usageMetadata.totalTokenCount).toBeGreaterThan(0);
    const value = JSON.parse(json.candidates[0]!.content.parts[0]!.text);
    expect(new Ajv2020({ strict: false }).validate(recipeSchema, value)).toBe(true);
    expect(Object.keys(value)[0]).toBe('course');
    expect(value.steps).toHaveLength(3);
  });

  it('streams SSE chunks that split the JSON anywhere, finishReason only on the last, usage and model on every chunk', async () => {
    const res = await post('/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse', body('Brief: a pirate captain'));
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = await sseEvents(res);
    expect(events.length).toBeGreaterThan(3);
    const texts = events.map((e) => e.candidates[0]!.content.parts[0]!.text as string);
    expect(() => JSON.parse(texts[0]!)).toThrow();
    expect(JSON.parse(texts.join(''))).toBeTruthy();
    events.forEach((e, i) => {
      expect(e.usageMetadata.promptTokenCount).toBeGreaterThan(0);
      expect(e.modelVersion).toBe('gemini-3.5-flash-lite');
      expect(e.candidates[0]!.finishReason).toBe(i === events.length - 1 ? 'STOP' : undefined);
    });
  });

  it('is deterministic per prompt, different across prompts, and Korean for Hangul briefs', async () => {
    const text = async (prompt: string) => ((await (await post('/v1/models/gemini-3.6-flash:generateContent', body(prompt, { type: 'object', properties: { name: { type: 'string' }, openingLine: { type: 'string' } }, required: ['name', 'openingLine'] }))).json()) as Reply).candidates[0]!.content.parts[0]!.text as string;
    const a1 = await text('Language: English\nBrief: a strict interviewer');
    expect(await text('Language: English\nBrief: a strict interviewer')).toBe(a1);
    expect(await text('Language: English\nBrief: a sleepy librarian')).not.toBe(a1);
    expect(JSON.parse(await text('Brief: 카페 바리스타')).openingLine).toMatch(/[\uac00-\ud7a3]/);
    expect(JSON.parse(await text('Language: Korean (한국어)\nBrief: a barista')).name).toMatch(/[\uac00-\ud7a3]/);
  });

  it('requires a key (header or ?key=), rejects bad… keys, never records the key', async () => {
    expect((await post('/v1/models/gemini-3.5-flash-lite:generateContent', body('x'), null)).status).toBe(403);
    const bad = await post('/v1/models/gemini-3.5-flash-lite:generateContent', body('x'), 'bad-key');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }, {}] } });
    const viaQuery = await post('/v1/models/gemini-3.5-flash-lite:generateContent?key=secret-q', body('x'), null);
    expect(viaQuery.status).toBe(200);
    const recorded = JSON.stringify(standin.requests);
    expect(recorded).not.toContain('secret-q');
    expect(recorded).not.toContain('bad-key');
  });

  it('answers 404 NOT_FOUND for models it does not serve', async () => {
    const res = await post('/v1/models/gemini-9-ultra:generateContent', body('x'));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 404, status: 'NOT_FOUND', message: expect.stringContaining('models/gemini-9-ultra is not found for API version v1') } });
    const retired = (await (await post('/v1/models/gemini-2.5-flash:generateContent', body('x'))).json()) as Reply;
    expect(retired.error.message).toContain('no longer available to new users');
  });

  it('plays injected faults for the next N requests, then recovers', async () => {
    standin.injectFault({ kind: '429', perDay: true }, 2);
    for (let i = 0; i < 2; i++) {
      const res = await post('/v1/models/gemini-3.5-flash-lite:generateContent', body('x'));
      expect(res.status).toBe(429);
      const json = (await res.json()) as Reply;
      expect(json.error.status).toBe('RESOURCE_EXHAUSTED');
      expect(json.error.details[0]!.violations[0]!.quotaId).toContain('PerDay');
      expect(json.error.details[2]).toMatchObject({ '@type': 'type.googleapis.com/google.rpc.RetryInfo' });
    }
    expect((await post('/v1/models/gemini-3.5-flash-lite:generateContent', body('x'))).status).toBe(200);
  });

  it('safety block is a 200 with promptFeedback and no candidates', async () => {
    standin.injectFault({ kind: 'safety-block' });
    const events = await sseEvents(await post('/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse', body('x')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ promptFeedback: { blockReason: 'SAFETY' } });
    expect(events[0]).not.toHaveProperty('candidates');
  });

  it('mid-stream error sends some chunks then an error event', async () => {
    standin.injectFault({ kind: 'mid-stream-error' });
    const events = await sseEvents(await post('/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse', body('x')));
    expect(events.at(-1)).toEqual({ error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } });
    expect(events[0]).toHaveProperty('candidates');
  });

  it('MAX_TOKENS cuts the JSON short with that finishReason', async () => {
    standin.injectFault({ kind: 'finish-reason', reason: 'MAX_TOKENS' });
    const events = await sseEvents(await post('/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse', body('x')));
    expect(events.at(-1)!.candidates[0]!.finishReason).toBe('MAX_TOKENS');
    expect(() => JSON.parse(events.map((e) => e.candidates[0]!.content.parts[0]!.text).join(''))).toThrow();
  });

  it('accepts faults over HTTP for browser tests', async () => {
    await fetch(`${standin.baseUrl}/_standin/faults`, { method: 'POST', body: JSON.stringify({ fault: { kind: '503' } }) });
    expect((await post('/v1/models/gemini-3.5-flash-lite:generateContent', body('x'))).status).toBe(503);
    expect((await post('/v1/models/gemini-3.5-flash-lite:generateContent', body('x'))).status).toBe(200);
  });

  it('paces chunks with the configured delay', async () => {
    const slow = await startGeminiStandin({ chunkDelayMs: 25 });
    try {
      const started = Date.now();
      const res = await fetch(`${slow.baseUrl}/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse`, { method: 'POST', headers: { 'x-goog-api-key': 'k' }, body: body('Brief: a chess coach') });
      const events = await sseEvents(res);
      expect(Date.now() - started).toBeGreaterThanOrEqual(25 * (events.length - 1) - 5);
    } finally {
      await slow.close();
    }
  });
});

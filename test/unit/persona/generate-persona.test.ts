import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin, type RecordedRequest } from '../../stand-ins/gemini/gemini-standin.ts';
import { readPromptFacts } from '../../stand-ins/gemini/prompt-facts.ts';
import { fillSchema } from '../../stand-ins/gemini/schema-filler.ts';
import { checkPersonaText, generatePersona, PersonaGenerationError, type GenerateOptions, type GenerationNotice } from '../../../src/persona/generate-persona.ts';
import type { GeminiConnection } from '../../../src/persona/gemini-client.ts';
import type { PersonaRequest } from '../../../src/persona/persona-prompt.ts';
import { validatePersona, type PersonaDraft } from '../../../src/persona/persona-schema.ts';
import { useLocaleStore } from '../../../src/i18n/locale.ts';

// These tests read the English words.
beforeEach(() => useLocaleStore.getState().setLocale('en'));

let standin: GeminiStandin;
beforeAll(async () => {
  standin = await startGeminiStandin({ chunkDelayMs: 0 });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.clearFaults();
  standin.requests.length = 0;
});

const korean: PersonaRequest = { language: 'ko', brief: '서울 게임 회사의 엄격한 면접관', scenario: 'job-interview', difficulty: 'hard' };
const english: PersonaRequest = { language: 'en', brief: 'a café barista who is having a bad day', scenario: '', difficulty: 'normal' };

function connection(overrides: Partial<GeminiConnection> = {}): GeminiConnection {
  return { model: 'gemini-3.5-flash-lite', apiKey: 'test-key', baseUrl: standin.baseUrl, ownKey: true, ...overrides };
}

function recorder() {
  const sleeps: number[] = [];
  const notices: GenerationNotice[] = [];
  const partials: PersonaDraft[] = [];
  const options: GenerateOptions = {
    sleep: async (ms) => void sleeps.push(ms),
    onNotice: (n) => notices.push(n),
    onPartial: (d) => partials.push(d),
  };
  return { sleeps, notices, partials, options };
}

/** The persona the stand-in wrote for this request (it answers the same request the same way). */
function standinAnswer(request: RecordedRequest | undefined): unknown {
  const body = request?.body as { contents: unknown[]; generationConfig: { responseJsonSchema: unknown } };
  return fillSchema(body.generationConfig.responseJsonSchema, readPromptFacts(body.contents));
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PersonaGenerationError);
  return (error as PersonaGenerationError).failure;
}

describe('generatePersona against the Gemini stand-in (real @google/genai SDK)', () => {
  it('streams a Korean persona: partial personas arrive before the end, the result is what Gemini wrote', async () => {
    const r = recorder();
    const persona = await generatePersona(korean, connection(), r.options);
    expect(persona).toEqual(standinAnswer(standin.requests.at(-1)));
    const firstWithName = r.partials.findIndex((p) => p.name);
    const firstComplete = r.partials.findIndex((p) => validatePersona({ ...p }).ok);
    expect(firstWithName).toBeGreaterThanOrEqual(0);
    expect(firstWithName).toBeLessThan(firstComplete);
    expect(r.partials.some((p) => p.name && !p.openingLine)).toBe(true);

    const sent = standin.requests.at(-1)!;
    expect(sent.path).toBe('/v1/models/gemini-3.5-flash-lite:streamGenerateContent?alt=sse');
    const body = sent.body as { generationConfig: Record<string, unknown>; contents: unknown[] };
    expect(body.generationConfig.responseMimeType).toBe('application/json');
    expect(body.generationConfig.responseJsonSchema).toMatchObject({ type: 'object', propertyOrdering: expect.arrayContaining(['name']) });
    expect(body.generationConfig).not.toHaveProperty('responseSchema');
    expect(JSON.stringify(body.contents)).toContain('서울 게임 회사의 엄격한 면접관');
    expect(sent.headers).not.toHaveProperty('x-goog-api-key');
  });

  it('sends an English brief and returns the persona Gemini wrote for it', async () => {
    const persona = await generatePersona(english, connection(), {});
    const sent = standin.requests.at(-1);
    expect(JSON.stringify((sent?.body as { contents: unknown }).contents)).toContain(english.brief);
    expect(persona).toEqual(standinAnswer(sent));
  });

  it('keeps the language the user picked whatever language Gemini wrote in the JSON', async () => {
    const persona = await generatePersona(english, connection(), {});
    const checked = checkPersonaText(JSON.stringify({ ...persona, language: 'ko' }), { language: 'en' });
    expect(checked).toEqual({ ok: true, persona });
  });

  it('sends the placeholder key the pass-through replaces', async () => {
    await generatePersona(english, connection({ apiKey: 'proxy', ownKey: false }), {});
    expect(standin.requests).toHaveLength(1);
  });

  it('stops when aborted midway and reports "aborted"', async () => {
    const slow = await startGeminiStandin({ chunkDelayMs: 30 });
    try {
      const controller = new AbortController();
      const partials: PersonaDraft[] = [];
      const run = generatePersona(english, connection({ baseUrl: slow.baseUrl }), {
        signal: controller.signal,
        onPartial: (d) => {
          partials.push(d);
          if (d.role) controller.abort();
        },
      });
      const f = await failureOf(run);
      expect(f.code).toBe('aborted');
      expect(partials.at(-1)?.name).toBeTruthy();
      expect(partials.at(-1)?.openingLine).toBeUndefined();
    } finally {
      await slow.close();
    }
  });

  it('repairs an invalid answer once by sending it back with the problems', async () => {
    standin.injectFault({ kind: 'invalid-json-once' });
    const r = recorder();
    const persona = await generatePersona(english, connection(), r.options);
    expect(persona).toEqual(standinAnswer(standin.requests[1]));
    expect(r.notices).toEqual([{ kind: 'repairing', problems: expect.stringContaining('voice must be one of') }]);
    expect(standin.requests).toHaveLength(2);
    const repair = standin.requests[1]!.body as { contents: Array<{ role: string; parts: Array<{ text: string }> }> };
    expect(repair.contents.map((c) => c.role)).toEqual(['user', 'model', 'user']);
    expect(repair.contents[1]!.parts[0]!.text).toContain('not-a-valid-value');
    expect(repair.contents[2]!.parts[0]!.text).toContain('speakingStyle is missing');
  });

  it('gives up after one failed repair with invalid_output', async () => {
    standin.injectFault({ kind: 'invalid-json-once' }, 2);
    const f = await failureOf(generatePersona(english, connection(), {}));
    expect(f.code).toBe('invalid_output');
    expect(standin.requests).toHaveLength(2);
  });

  it('429 with a short RetryInfo: says when, waits that long, retries once and succeeds', async () => {
    standin.injectFault({ kind: '429', retryDelay: '7s' });
    const r = recorder();
    const persona = await generatePersona(english, connection(), r.options);
    expect(persona).toEqual(standinAnswer(standin.requests[1]));
    expect(r.sleeps).toEqual([7000]);
    expect(r.notices[0]).toMatchObject({ kind: 'retrying', delayMs: 7000, failure: { code: 'rate_limited' } });
    expect(standin.requests).toHaveLength(2);
  });

  it('429 with a long RetryInfo: no automatic retry, the message says when to try', async () => {
    standin.injectFault({ kind: '429', retryDelay: '26s' });
    const r = recorder();
    const f = await failureOf(generatePersona(english, connection(), r.options));
    expect(f).toMatchObject({ code: 'rate_limited', retryAfterMs: 26000 });
    expect(f.fix).toContain('26 s');
    expect(r.sleeps).toEqual([]);
  });

  it('per-day 429: no retry, offers the built-in personas', async () => {
    standin.injectFault({ kind: '429', perDay: true, retryDelay: '5s' });
    const r = recorder();
    const f = await failureOf(generatePersona(english, connection(), r.options));
    expect(f).toMatchObject({ code: 'daily_quota', offerPresets: true });
    expect(f.message).toMatch(/today/i);
    expect(r.sleeps).toEqual([]);
  });

  it('503: backs off 1 s then 3 s and succeeds on the third try', async () => {
    standin.injectFault({ kind: '503' }, 2);
    const r = recorder();
    await generatePersona(english, connection(), r.options);
    expect(r.sleeps).toEqual([1000, 3000]);
    expect(r.notices.map((n) => n.kind)).toEqual(['retrying', 'retrying']);
    expect(standin.requests).toHaveLength(3);
  });

  it('503 three times: gives up with "overloaded" naming the model', async () => {
    standin.injectFault({ kind: '503' }, 3);
    const f = await failureOf(generatePersona(english, connection(), recorder().options));
    expect(f.code).toBe('overloaded');
    expect(f.message).toContain('gemini-3.5-flash-lite');
  });

  it('a mid-stream error is retried like a 503', async () => {
    standin.injectFault({ kind: 'mid-stream-error' });
    const r = recorder();
    const persona = await generatePersona(english, connection(), r.options);
    expect(persona).toEqual(standinAnswer(standin.requests[1]));
    expect(r.sleeps).toEqual([1000]);
  });

  it('404 model: names the setting to change', async () => {
    const f = await failureOf(generatePersona(english, connection({ model: 'gemini-2.5-flash' }), {}));
    expect(f.code).toBe('model_not_found');
    expect(f.message).toContain('gemini-2.5-flash');
    expect(f.fix).toContain('"Gemini model"');
    expect(f.detail).toContain('no longer available to new users');
  });

  it('safety block (200, no candidates): prompt_blocked with the reason', async () => {
    standin.injectFault({ kind: 'safety-block' });
    const f = await failureOf(generatePersona(english, connection(), {}));
    expect(f).toMatchObject({ code: 'prompt_blocked', detail: 'SAFETY', offerPresets: true });
  });

  it('MAX_TOKENS: output_stopped, the partial persona was delivered', async () => {
    standin.injectFault({ kind: 'finish-reason', reason: 'MAX_TOKENS' });
    const r = recorder();
    const f = await failureOf(generatePersona(english, connection(), r.options));
    expect(f).toMatchObject({ code: 'output_stopped', detail: 'MAX_TOKENS' });
    expect(f.message).toMatch(/ran out/);
    expect(r.partials.at(-1)?.name).toBeTruthy();
  });

  it('finishReason SAFETY: output_stopped naming the reason', async () => {
    standin.injectFault({ kind: 'finish-reason', reason: 'SAFETY' });
    const f = await failureOf(generatePersona(english, connection(), {}));
    expect(f.code).toBe('output_stopped');
    expect(f.message).toContain('SAFETY');
  });

  it('invalid own key: tells the user to check their key', async () => {
    const f = await failureOf(generatePersona(english, connection({ apiKey: 'bad-key-123' }), {}));
    expect(f).toMatchObject({ code: 'invalid_key', status: 400 });
    expect(f.message).toContain('your API key');
    expect(JSON.stringify(f)).not.toContain('bad-key-123');
  });

  it('network down: classified as network, no retries', async () => {
    const closed = await startGeminiStandin();
    const url = closed.baseUrl;
    await closed.close();
    const r = recorder();
    const f = await failureOf(generatePersona(english, connection({ baseUrl: url }), r.options));
    expect(f.code).toBe('network');
    expect(r.sleeps).toEqual([]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { checkedReport, generateReport } from '../../../src/report/generate-report.ts';
import { findQuotedLine, keepRealQuotes, normaliseQuote } from '../../../src/report/quote-check.ts';
import { reportJsonSchema } from '../../../src/report/report-json-schema.ts';
import { reportLinesOf, userTurnCount, type ReportLine } from '../../../src/report/report-lines.ts';
import { reportFailureText, reportMessages } from '../../../src/report/report-messages.ts';
import { buildReportPrompt, type ReportRequest } from '../../../src/report/report-prompt.ts';
import { validateReport, type Report } from '../../../src/report/report-schema.ts';
import { readSavedReport } from '../../../src/report/saved-report.ts';
import { practiceNotesFor } from '../../../src/report/practice-notes.ts';
import { classifyGeminiError, failure } from '../../../src/persona/gemini-errors.ts';
import { PersonaGenerationError } from '../../../src/persona/generate-persona.ts';
import type { Persona } from '../../../src/persona/persona-schema.ts';
import { useLocaleStore } from '../../../src/i18n/locale.ts';

beforeEach(() => useLocaleStore.getState().setLocale('en'));

const persona: Persona = {
  name: 'Jamie Park', age: 34, role: 'Barista at a busy café', background: 'Has run the counter for years.', personality: 'Brisk but kind.',
  speakingStyle: 'Short questions.', scene: 'A café at the morning rush.', userGoal: 'Order a drink and a pastry, and ask about oat milk.',
  openingLine: 'Hi, what can I get you?', voice: 'marin', language: 'en',
};

const lines: ReportLine[] = reportLinesOf([
  { id: 'item_a1', speaker: 'assistant', text: 'Hi, what can I get you?', status: 'final' },
  { id: 'item_u1', speaker: 'user', text: 'I want  a coffee, with oat milk.', status: 'final' },
  { id: 'item_a2', speaker: 'assistant', text: 'Sure. Anything to eat?', status: 'final' },
  { id: 'item_u2', speaker: 'user', text: 'Give me the croissant please. How much is it?', status: 'final' },
  { id: 'item_u3', speaker: 'user', text: 'uh', status: 'failed' },
]);

const report: Report = {
  summary: 'You ordered well.\nA few phrasings can be softer.',
  goal: { reached: 'partly', why: 'You ordered but did not ask about oat milk prices.' },
  wentWell: [{ line: 'u2', point: 'You asked the price.' }],
  corrections: [
    { line: 'u1', quote: 'I want a coffee with oat milk', better: 'Could I have a coffee with oat milk?', kind: 'register', why: 'Softer.' },
    { line: 'u1', quote: 'Give me the croissant', better: 'Could I get the croissant?', kind: 'register', why: 'Softer.' },
    { line: 'u2', quote: 'I would like a muffin', better: 'A muffin, please.', kind: 'naturalness', why: 'Invented.' },
    { line: 'u1', quote: 'what can I get you', better: '—', kind: 'grammar', why: 'The persona said this.' },
  ],
  phrases: [{ phrase: 'Anything to eat?', meaning: 'Asks if you want food too.' }],
  focus: 'Soften requests with "could I".',
  scores: { task: 4, fluency: 3, accuracy: 3 },
};

describe('the report schema', () => {
  it('validates a full report, leaves scores optional, and refuses a wrong verdict or a score out of range', () => {
    expect(validateReport(report).ok).toBe(true);
    const { scores: _scores, ...withoutScores } = report;
    expect(validateReport(withoutScores).ok).toBe(true);
    expect(validateReport({ ...report, goal: { reached: 'maybe', why: 'x' } }).ok).toBe(false);
    expect(validateReport({ ...report, scores: { task: 9, fluency: 3, accuracy: 3 } }).ok).toBe(false);
    expect(validateReport({ ...report, corrections: 'none' })).toEqual({ ok: false, problems: 'corrections: not a list' });
    expect(validateReport({ ...report, phrases: Array(9).fill(report.phrases[0]) })).toMatchObject({ ok: false, problems: 'phrases: more than 8 items' });
    expect(validateReport({ ...report, corrections: [{ ...report.corrections[0], quote: '' }] })).toMatchObject({ ok: false, problems: expect.stringContaining('corrections.0.quote') });
  });

  it('becomes a Gemini JSON Schema in writing order, the quote described as the learner’s exact words', () => {
    const schema = reportJsonSchema() as { propertyOrdering: string[]; properties: Record<string, { items?: { properties: Record<string, { description?: string }> } }> };
    expect(schema.propertyOrdering).toEqual(['summary', 'goal', 'wentWell', 'corrections', 'phrases', 'focus', 'scores']);
    expect(schema.properties.corrections?.items?.properties.quote?.description).toMatch(/copied exactly/);
    expect(JSON.stringify(schema)).not.toMatch(/"\$schema"|"minLength"|"maxLength"/);
    expect((schema as unknown as { required: string[] }).required).not.toContain('scores');
  });
});

describe('the quote check', () => {
  it('normalises case, whitespace and punctuation, and matches whole words only', () => {
    expect(normaliseQuote('  I want  a coffee, with “oat” milk!')).toBe('i want a coffee with oat milk');
    expect(findQuotedLine('I want a coffee with oat milk', 'u1', lines)?.lineId).toBe('item_u1');
    expect(findQuotedLine('a coff', 'u1', lines)).toBeUndefined();
  });

  it('drops quotes the learner never said (made up, or the persona’s) and points a misplaced one at its real line', () => {
    const kept = keepRealQuotes(report.corrections, lines);
    expect(kept.map((c) => [c.line, c.quote])).toEqual([
      ['u1', 'I want a coffee with oat milk'],
      ['u2', 'Give me the croissant'],
    ]);
    expect(checkedReport(report, lines).corrections).toHaveLength(2);
  });

  it('numbers the learner’s settled lines only: a failed transcription is no turn', () => {
    expect(lines.map((l) => l.ref)).toEqual(['p1', 'u1', 'p2', 'u2']);
    expect(userTurnCount(lines)).toBe(2);
  });
});

describe('the report prompt', () => {
  const request = (uiLocale: 'en' | 'ko', language: 'en' | 'ko'): ReportRequest => ({ persona: { ...persona, language }, lines, uiLocale, difficulty: 'hard', scenario: 'cafe-order' });

  it('English page, English call: explanations and quotes in English, the transcript with line ids, the tone from the difficulty', () => {
    const prompt = buildReportPrompt(request('en', 'en'));
    expect(prompt).toContain('Conversation language: English (en)');
    expect(prompt).toContain('Explanation language: English (en)');
    expect(prompt).toContain('{"id":"u1","speaker":"learner","text":"I want  a coffee, with oat milk."}');
    expect(prompt).toContain("Learner's goal: Order a drink");
    expect(prompt).toMatch(/Scenario: Café order/);
    expect(prompt).toMatch(/Difficulty: Hard — make the tone demanding/);
  });

  it('Korean page, English call: explanations in Korean while quotes stay English', () => {
    const prompt = buildReportPrompt(request('ko', 'en'));
    expect(prompt).toContain('Explanation language: Korean (ko)');
    expect(prompt).toContain('Conversation language: English (en)');
    expect(prompt).toMatch(/explanations in Korean \(ko\), quotes and better phrasings in English \(en\)/);
  });
});

describe('failures', () => {
  const ctx = { model: 'gemini-3.5-flash-lite', ownKey: false };
  const apiError = (status: number, body: unknown) => Object.assign(new Error(JSON.stringify(body)), { name: 'ApiError', status });

  it('map to one message each from the Gemini catalogue, in English and Korean', async () => {
    const ko = await reportMessages.load('ko');
    const limited = classifyGeminiError(apiError(429, { error: { code: 429, details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '20s' }] } }), ctx);
    expect(limited.code).toBe('rate_limited');
    expect(reportFailureText(reportMessages.en, limited.code, limited.params, limited.message)).toBe('Gemini is rate-limiting requests. Retry in 20 s.');
    expect(reportFailureText(ko, limited.code, limited.params, limited.message)).toBe('Gemini 요청이 너무 많습니다. 20초 뒤 다시 시도하세요.');
    const daily = classifyGeminiError(apiError(429, { error: { code: 429, details: [{ '@type': 'type.googleapis.com/google.rpc.QuotaFailure', violations: [{ quotaId: 'GenerateRequestsPerDayPerProjectPerModel' }] }] } }), ctx);
    expect(reportFailureText(reportMessages.en, daily.code, daily.params, daily.message)).toMatch(/quota is used up/);
    const stopped = failure('output_stopped', ctx, { detail: 'MAX_TOKENS' });
    expect(reportFailureText(ko, stopped.code, stopped.params, stopped.message)).toMatch(/출력 한도/);
    const offline = classifyGeminiError(new TypeError('Failed to fetch'), ctx);
    expect(reportFailureText(reportMessages.en, offline.code, offline.params, offline.message)).toMatch(/offline/);
    const key = failure('invalid_key', ctx);
    expect(reportFailureText(reportMessages.en, key.code, key.params, key.message)).toBe(key.message);
  });
});

describe('writing a report against the Gemini stand-in', () => {
  let standin: GeminiStandin;
  beforeAll(async () => {
    standin = await startGeminiStandin({ chunkDelayMs: 0 });
  });
  afterAll(() => standin.close());
  beforeEach(() => standin.clearFaults());
  const connection = () => ({ model: 'gemini-3.5-flash-lite', apiKey: 'test-key', baseUrl: standin.baseUrl, ownKey: true });
  const request: ReportRequest = { persona, lines, uiLocale: 'ko', difficulty: 'normal', scenario: '' };

  it('streams a valid report field by field whose quotes are the learner’s real words, explanations in Korean', async () => {
    const partialKeys: string[][] = [];
    let tokens = 0;
    const written = await generateReport(request, connection(), { onPartial: (d) => partialKeys.push(Object.keys(d)), onUsage: (u) => (tokens = u.promptTokens + u.outputTokens) });
    expect(partialKeys[0]).toEqual(['summary']);
    expect(partialKeys.length).toBeGreaterThan(5);
    expect(written.corrections.length).toBeGreaterThan(0);
    for (const c of written.corrections) expect(findQuotedLine(c.quote, c.line, lines)?.ref).toBe(c.line);
    expect(written.summary).toMatch(/[\uac00-\ud7a3]/);
    expect(written.corrections[0]!.better).not.toMatch(/[\uac00-\ud7a3]/);
    expect(tokens).toBeGreaterThan(0);
    const body = standin.requests.at(-1)!.body as { generationConfig: { responseJsonSchema: unknown } };
    expect(body.generationConfig.responseJsonSchema).toEqual(reportJsonSchema());
  });

  it('repairs an invalid answer once, and a 503 past its retries is the catalogue’s overloaded failure', async () => {
    standin.injectFault({ kind: 'invalid-json-once' });
    const repaired = await generateReport(request, connection());
    expect(validateReport(repaired).ok).toBe(true);
    standin.injectFault({ kind: '503' }, 3);
    const error = await generateReport(request, connection(), { sleep: async () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PersonaGenerationError);
    expect((error as PersonaGenerationError).failure.code).toBe('overloaded');
    standin.injectFault({ kind: 'safety-block' });
    const blocked = await generateReport(request, connection()).catch((e: unknown) => e);
    expect((blocked as PersonaGenerationError).failure.code).toBe('prompt_blocked');
  });

  it('a cut-off answer is the MAX_TOKENS failure; an error mid-stream is retried like a 503', async () => {
    standin.injectFault({ kind: 'finish-reason', reason: 'MAX_TOKENS' });
    const stopped = await generateReport(request, connection()).catch((e: unknown) => e);
    expect((stopped as PersonaGenerationError).failure).toMatchObject({ code: 'output_stopped', detail: 'MAX_TOKENS' });
    standin.injectFault({ kind: 'mid-stream-error' });
    const notices: string[] = [];
    const written = await generateReport(request, connection(), { sleep: async () => undefined, onNotice: (n) => notices.push(n.kind) });
    expect(notices).toEqual(['retrying']);
    expect(written.corrections.length).toBeGreaterThan(0);
  });
});

describe('kept and practised', () => {
  it('a saved report reads back, a damaged one does not', () => {
    const saved = { schemaVersion: 1, report, lines, usage: { promptTokens: 10, outputTokens: 20 }, droppedQuotes: 2, writtenAt: 1 };
    expect(readSavedReport(structuredClone(saved))?.report.summary).toBe(report.summary);
    expect(readSavedReport({ ...saved, report: { summary: 'x' } })).toBeNull();
    expect(readSavedReport({ ...saved, schemaVersion: 2 })).toBeNull();
  });

  it('practice notes carry each correction’s quote and better phrasing', () => {
    const notes = practiceNotesFor(checkedReport(report, lines).corrections, report.focus);
    expect(notes).toContain('Instead of "I want a coffee with oat milk", they are practising: "Could I have a coffee with oat milk?"');
    expect(notes).toContain('Their focus for this call: Soften requests');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { asksForFeedback } from '../../stand-ins/gemini/report-writer.ts';
import { reportJsonSchema } from '../../../src/report/report-json-schema.ts';
import { reportLinesOf } from '../../../src/report/report-lines.ts';
import { buildReportPrompt } from '../../../src/report/report-prompt.ts';
import { validateReport } from '../../../src/report/report-schema.ts';
import type { Persona } from '../../../src/persona/persona-schema.ts';

const persona: Persona = {
  name: '김민지', age: 52, role: '시장 생선 가게 주인', background: '삼십 년째 장사를 한다.', personality: '무뚝뚝하지만 정이 많다.',
  speakingStyle: '짧게 말한다.', scene: '아침 시장.', userGoal: '고등어 두 마리를 싸게 사기.', openingLine: '뭐 드릴까?', voice: 'sage', language: 'ko',
};
const lines = reportLinesOf([
  { id: 'a1', speaker: 'assistant', text: '뭐 드릴까?', status: 'final' },
  { id: 'u1', speaker: 'user', text: '고등어 두 마리 주세요.', status: 'final' },
  { id: 'a2', speaker: 'assistant', text: '만 원이야.', status: 'final' },
  { id: 'u2', speaker: 'user', text: '좀 깎아 줘. 너무 비싸요.', status: 'final' },
]);

describe('the Gemini stand-in writing a report', () => {
  let standin: GeminiStandin;
  beforeAll(async () => {
    standin = await startGeminiStandin({ chunkDelayMs: 0 });
  });
  afterAll(() => standin.close());

  it('knows a report is asked from the schema alone, not from the persona schema', () => {
    expect(asksForFeedback(reportJsonSchema())).toBe(true);
    expect(asksForFeedback({ type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } } })).toBe(false);
  });

  it('quotes the learner’s Korean lines exactly and explains in English when asked to', async () => {
    const prompt = buildReportPrompt({ persona, lines, uiLocale: 'en', difficulty: 'easy', scenario: '' });
    const res = await fetch(`${standin.baseUrl}/v1beta/models/gemini-3.5-flash-lite:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: prompt }] }], generationConfig: { responseMimeType: 'application/json', responseJsonSchema: reportJsonSchema() } }),
    });
    const body = (await res.json()) as { candidates: Array<{ content: { parts: Array<{ text: string }> } }> };
    const checked = validateReport(JSON.parse(body.candidates[0]!.content.parts[0]!.text));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const learnerText = new Map(lines.filter((l) => l.speaker === 'user').map((l) => [l.ref, l.text]));
    for (const c of checked.report.corrections) {
      expect(learnerText.get(c.line)).toContain(c.quote);
      expect(c.better).toMatch(/[\uac00-\ud7a3]/);
    }
    expect(checked.report.summary).not.toMatch(/[\uac00-\ud7a3]{2}/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';

/** A persona schema of the kind a client sends: the stand-in knows only what is in it and in the prompt. */
const VOICES = { alloy: 'neutral, even', ash: 'male, clear and direct', coral: 'female, bright and friendly', sage: 'female, calm and measured', cedar: 'male, natural and grounded', marin: 'female, natural and warm' };
const personaSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    age: { type: 'integer', minimum: 16, maximum: 99 },
    role: { type: 'string' },
    background: { type: 'string' },
    personality: { type: 'string' },
    speakingStyle: { type: 'string' },
    scene: { type: 'string' },
    userGoal: { type: 'string' },
    openingLine: { type: 'string' },
    voice: { type: 'string', enum: Object.keys(VOICES), description: `Voice that fits the persona: ${Object.entries(VOICES).map(([v, d]) => `${v} (${d})`).join(', ')}.` },
    language: { type: 'string', enum: ['en', 'ko'] },
  },
  required: ['name', 'age', 'role', 'background', 'personality', 'speakingStyle', 'scene', 'userGoal', 'openingLine', 'voice', 'language'],
};

type Persona = Record<keyof typeof personaSchema.properties, string> & { age: number };

let standin: GeminiStandin;
beforeAll(async () => {
  standin = await startGeminiStandin({ chunkDelayMs: 0 });
});
afterAll(() => standin.close());

async function persona(prompt: string): Promise<Persona> {
  const res = await fetch(`${standin.baseUrl}/v1beta/models/gemini-3.5-flash-lite:generateContent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' },
    body: JSON.stringify({
      contents: [{ role: 'user', parts: [{ text: prompt }] }],
      generationConfig: { responseMimeType: 'application/json', responseJsonSchema: personaSchema },
    }),
  });
  const reply = (await res.json()) as { candidates: Array<{ content: { parts: Array<{ text: string }> } }> };
  return JSON.parse(reply.candidates[0]?.content.parts[0]?.text ?? '{}') as Persona;
}

const femaleVoices = Object.entries(VOICES).filter(([, d]) => d.startsWith('female')).map(([v]) => v);

describe('the Gemini stand-in writes a persona true to its brief', () => {
  it('a blunt grandmother selling fish at a Busan market is old, blunt, at the market, in correct Korean', async () => {
    const p = await persona('Language: Korean (한국어)\nBrief: 부산 시장에서 생선을 파는 무뚝뚝한 할머니\nDifficulty: Normal — realistic: neither easy nor hostile');
    expect(p.language).toBe('ko');
    expect(p.age).toBeGreaterThanOrEqual(65);
    expect(p.name).toMatch(/^[\uac00-\ud7a3]{3}$/);
    expect(p.personality).toContain('무뚝뚝');
    expect(p.personality).not.toMatch(/따뜻하고 인내심|친절/);
    expect(p.speakingStyle).toContain('퉁명');
    expect(p.scene).toContain('시장');
    expect(p.userGoal).toContain(`${p.name} 할머니`);
    expect(p.openingLine).toMatch(/[\uac00-\ud7a3]/);
    expect(femaleVoices).toContain(p.voice);
    const text = Object.values(p).join('\n');
    expect(text).not.toMatch(/은\(는\)|이\(가\)|을\(를\)/);
    const last = p.name.at(-1) ?? '';
    const batchim = ((last.codePointAt(0) ?? 0) - 0xac00) % 28 !== 0;
    expect(p.background.startsWith(`${p.name}${batchim ? '은' : '는'} `)).toBe(true);
  });

  it('reads the brief however the prompt is worded, with no labels at all', async () => {
    const p = await persona('다음 인물로 역할극 캐릭터를 만들어 주세요: 부산 시장에서 생선을 파는 무뚝뚝한 할머니');
    expect(p.age).toBeGreaterThanOrEqual(65);
    expect(p.personality).toContain('무뚝뚝');
    expect(p.scene).toContain('시장');
  });

  it('a kind student at a café is young and warm, at the café; a strict interviewer is strict, in an interview', async () => {
    const student = await persona('Language: English\nBrief: a kind university student who works at a café');
    expect(student.age).toBeLessThan(27);
    expect(student.personality).toMatch(/^Warm/);
    expect(student.scene).toMatch(/café/i);
    expect(student.openingLine).not.toMatch(/[\uac00-\ud7a3]/);

    const interviewer = await persona('Language: English\nBrief: a strict interviewer at a Seoul game studio\nDifficulty: Hard — demanding and sceptical');
    expect(interviewer.personality).toMatch(/demanding/i);
    expect(interviewer.scene).toMatch(/interview/i);
    expect(interviewer.userGoal).toMatch(/questions/);
  });

  it('a Korean persona from an English scenario describes its role in Korean instead of quoting English', async () => {
    const p = await persona('Language: Korean (한국어)\nScenario: Café order — ordering at a café where the persona works behind the counter');
    expect(p.role).toBe('카페 직원');
    expect(p.scene).not.toMatch(/[A-Za-z]/);
  });
});

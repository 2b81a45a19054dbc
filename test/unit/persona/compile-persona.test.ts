import { describe, expect, it } from 'vitest';
import { compilePersona, MAX_INSTRUCTIONS_CHARS, OPENING_LINE_MARKER, truncate } from '../../../src/persona/compile-persona.ts';
import { MAX_INSTRUCTIONS_CHARS as SERVER_CAP } from '../../../server-token/contract.ts';
import type { Persona } from '../../../src/persona/persona-schema.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';

const korean = PERSONA_PRESETS.find((p) => p.id === 'seoul-game-interviewer')!.persona;
const english = PERSONA_PRESETS.find((p) => p.id === 'tired-barista')!.persona;

/** What the Realtime stand-in does: find the marker line and take the quoted text. */
function openingLineFrom(instructions: string): string | undefined {
  const lines = instructions.split('\n').filter((l) => l.startsWith('Opening line'));
  expect(lines).toHaveLength(1);
  return /"(.*)"\s*$/.exec(lines[0]!)?.[1];
}

describe('compilePersona', () => {
  it('compiles an English persona: identity, scene, goal, language, character, short turns, opening line', () => {
    const out = compilePersona(english);
    expect(out).toMatchObject({ voice: 'coral', language: 'en', openingLine: english.openingLine });
    const text = out.instructions;
    for (const piece of [english.name, String(english.age), english.role, english.background, english.personality, english.speakingStyle, english.scene, english.userGoal]) {
      expect(text).toContain(piece);
    }
    expect(text).toMatch(/Speak only English/);
    expect(text).toMatch(/Never say you are an AI/);
    expect(text).toMatch(/one to three spoken sentences/);
    expect(text).toMatch(/no lists, no markdown/);
    expect(openingLineFrom(text)).toBe(english.openingLine);
    expect(text).toContain(`${OPENING_LINE_MARKER} "${english.openingLine}"`);
  });

  it('compiles a Korean persona with the Korean language rule and the Korean opening line intact', () => {
    const out = compilePersona(korean);
    expect(out.language).toBe('ko');
    expect(out.voice).toBe('sage');
    expect(out.instructions).toContain('Speak only Korean (한국어)');
    expect(out.instructions).toContain('존댓말');
    expect(out.instructions).toContain(korean.background);
    expect(openingLineFrom(out.instructions)).toBe('안녕하세요, 한서진입니다. 먼저 최근에 가장 어려웠던 프로젝트 하나만 짧게 소개해 주시겠어요?');
  });

  it('keeps one opening-line marker even when the line has quotes and newlines', () => {
    const out = compilePersona({ ...english, openingLine: 'He said "hi".\nNext?' });
    expect(openingLineFrom(out.instructions)).toBe('He said “hi”. Next?');
    expect(out.openingLine).toBe('He said “hi”. Next?');
  });

  it('stays under the token server cap with every field at its maximum (Korean and English)', () => {
    expect(MAX_INSTRUCTIONS_CHARS).toBe(SERVER_CAP);
    for (const [base, filler] of [[english, 'Long words again and again. '], [korean, '아주 긴 배경 이야기입니다. ']] as const) {
      const long = (n: number) => filler.repeat(Math.ceil(n / filler.length)).slice(0, n);
      const huge: Persona = { ...base, name: long(80), role: long(160), background: long(1500), personality: long(1000), speakingStyle: long(1000), scene: long(1500), userGoal: long(600), openingLine: long(400) };
      const out = compilePersona(huge);
      expect(out.instructions.length).toBeLessThanOrEqual(MAX_INSTRUCTIONS_CHARS);
      expect(out.instructions).toContain('# Stay in character');
      expect(openingLineFrom(out.instructions)).toBe(huge.openingLine.trim());
    }
  });

  it('stays under the cap even with fields far beyond the schema limits', () => {
    const out = compilePersona({ ...english, background: 'x'.repeat(50_000), scene: 'y '.repeat(20_000) });
    expect(out.instructions.length).toBeLessThanOrEqual(MAX_INSTRUCTIONS_CHARS);
    expect(out.instructions).toContain('Opening line (say this first, word for word): "');
  });
});

describe('truncate', () => {
  it('cuts at a sentence end when one is near, and marks the cut', () => {
    expect(truncate('One two three four. Five six seven eight nine.', 30)).toBe('One two three four. …');
    expect(truncate('One two three. Four five six seven eight.', 30)).toBe('One two three. Four five…');
    expect(truncate('short', 30)).toBe('short');
    const cut = truncate('단어 '.repeat(50), 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { geminiMessages } from '../../../src/persona/gemini-messages.ts';
import type { GeminiFailureCode, GeminiFailureParams } from '../../../src/persona/gemini-failure-codes.ts';
import { personaFieldMessages } from '../../../src/persona/persona-field-messages.ts';
import type { IssueProblem } from '../../../src/persona/persona-schema.ts';
import { studioMessages } from '../../../src/persona/studio-messages.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** Every plain string in a catalogue, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, at ? `${at}.${key}` : key));
}

const PARAMS: GeminiFailureParams[] = [
  { model: 'gemini-x', ownKey: true },
  { model: 'gemini-x', ownKey: false, detail: 'MAX_TOKENS', retryAfterMs: 26_000 },
  { model: 'gemini-x', ownKey: false, detail: 'SAFETY' },
];

const PROBLEMS: IssueProblem[] = [
  { kind: 'missing' },
  { kind: 'wrong_type', expected: 'int' },
  { kind: 'wrong_type', expected: 'string' },
  { kind: 'empty' },
  { kind: 'too_short', minimum: 2 },
  { kind: 'too_small', minimum: 16 },
  { kind: 'too_long', maximum: 80 },
  { kind: 'too_big', maximum: 99 },
  { kind: 'not_one_of', values: ['a', 'b'] },
  { kind: 'unknown_fields', keys: ['x'] },
  { kind: 'not_json', detail: 'Unexpected end' },
];

describe('the persona catalogues', () => {
  it.each([
    ['studio', studioMessages],
    ['persona fields', personaFieldMessages],
  ] as const)('%s: every Korean string is Korean and differs from the English one', async (_name, catalogue) => {
    const english = new Map(strings(catalogue.en));
    for (const [at, text] of strings(await catalogue.load('ko'))) {
      expect(text, at).toMatch(HANGUL);
      expect(text, at).not.toBe(english.get(at));
    }
  });

  it('says every Gemini failure in Korean', async () => {
    const korean = await geminiMessages.load('ko');
    for (const code of Object.keys(geminiMessages.en) as GeminiFailureCode[]) {
      for (const params of PARAMS) {
        for (const part of ['message', 'fix'] as const) {
          const say = (words: string | ((p: GeminiFailureParams) => string)) => (typeof words === 'function' ? words(params) : words);
          const ko = say(korean[code][part]);
          expect(ko, `${code}.${part}`).toMatch(HANGUL);
          expect(ko, `${code}.${part}`).not.toBe(say(geminiMessages.en[code][part]));
        }
      }
    }
  });

  it('says every issue in Korean', async () => {
    const korean = await personaFieldMessages.load('ko');
    for (const problem of PROBLEMS) {
      expect(korean.issue(problem), problem.kind).toMatch(HANGUL);
      expect(personaFieldMessages.en.issue(problem), problem.kind).not.toMatch(HANGUL);
    }
  });
});

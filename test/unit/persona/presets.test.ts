import { describe, expect, it } from 'vitest';
import { compilePersona } from '../../../src/persona/compile-persona.ts';
import { validatePersona } from '../../../src/persona/persona-schema.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';

const HANGUL = /[\uac00-\ud7a3]/;

describe('built-in personas', () => {
  it('are at least six, in Korean and English, with unique ids and voices that fit the schema', () => {
    expect(PERSONA_PRESETS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(PERSONA_PRESETS.map((p) => p.id)).size).toBe(PERSONA_PRESETS.length);
    expect(PERSONA_PRESETS.filter((p) => p.persona.language === 'ko').length).toBeGreaterThanOrEqual(3);
    expect(PERSONA_PRESETS.filter((p) => p.persona.language === 'en').length).toBeGreaterThanOrEqual(3);
  });

  it.each(PERSONA_PRESETS.map((p) => [p.id, p] as const))('%s validates, speaks its language and compiles', (_id, preset) => {
    const result = validatePersona(preset.persona);
    expect(result.ok).toBe(true);
    const korean = preset.persona.language === 'ko';
    expect(HANGUL.test(preset.persona.openingLine)).toBe(korean);
    const compiled = compilePersona(preset.persona);
    expect(compiled.voice).toBe(preset.persona.voice);
    expect(compiled.instructions.length).toBeLessThan(8000);
  });
});

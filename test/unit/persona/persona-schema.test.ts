import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { personaJsonSchema, toGeminiSchema } from '../../../src/persona/persona-json-schema.ts';
import { PERSONA_FIELDS, toDraft, validatePersona } from '../../../src/persona/persona-schema.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';

const GEMINI_KEYWORDS = new Set(['$id', '$defs', '$ref', '$anchor', 'type', 'format', 'title', 'description', 'enum', 'items', 'prefixItems', 'minItems', 'maxItems', 'minimum', 'maximum', 'anyOf', 'oneOf', 'properties', 'additionalProperties', 'required', 'propertyOrdering']);

function keywordsOf(schema: Record<string, unknown>): string[] {
  const found = Object.keys(schema);
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return [...found, ...Object.values(props).flatMap(keywordsOf)];
}

describe('persona JSON Schema for responseJsonSchema', () => {
  const schema = personaJsonSchema();

  it('uses only keywords Gemini supports, lowercase types and no $schema', () => {
    for (const keyword of keywordsOf(schema)) expect(GEMINI_KEYWORDS, keyword).toContain(keyword);
    expect(schema).not.toHaveProperty('$schema');
    const types = JSON.stringify(schema).match(/"type":"(\w+)"/g) ?? [];
    expect(types.length).toBeGreaterThan(5);
    for (const t of types) expect(t).toBe(t.toLowerCase());
  });

  it('orders properties so name streams first, all required, no extras', () => {
    expect(Object.keys(schema.properties as object)[0]).toBe('name');
    expect(schema.propertyOrdering).toEqual(PERSONA_FIELDS);
    expect(schema.required).toEqual(PERSONA_FIELDS);
    expect(schema.additionalProperties).toBe(false);
  });

  it('limits voice to the Realtime voices', () => {
    const voice = (schema.properties as Record<string, { enum: string[] }>).voice!;
    expect(voice.enum).toContain('marin');
    expect(voice.enum).toHaveLength(10);
  });

  it('agrees with the zod validator (presets pass, broken ones fail under both)', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const preset of PERSONA_PRESETS) expect(validate(preset.persona), preset.id).toBe(true);
    const broken = { ...PERSONA_PRESETS[0]!.persona, voice: 'nova' };
    expect(validate(broken)).toBe(false);
    expect(validatePersona(broken).ok).toBe(false);
  });

  it('strips unsupported keywords recursively but keeps property names', () => {
    expect(toGeminiSchema({ type: 'object', $schema: 'x', properties: { pattern: { type: 'string', pattern: 'a+', maxLength: 3 } }, items: { type: 'string', minLength: 1 } })).toEqual({
      type: 'object',
      properties: { pattern: { type: 'string' } },
      items: { type: 'string' },
    });
  });
});

describe('validatePersona', () => {
  it('accepts a Korean persona and trims text', () => {
    const result = validatePersona({ ...PERSONA_PRESETS[0]!.persona, name: '  한서진 ' });
    expect(result).toMatchObject({ ok: true, persona: { name: '한서진' } });
  });

  it('explains each problem in words', () => {
    const result = validatePersona({ name: '', age: 3.5, voice: 'nova', language: 'ko' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath.name).toBe('must not be empty');
    expect(byPath.age).toBe('must be a whole number');
    expect(byPath.role).toBe('is missing');
    expect(byPath.voice).toMatch(/^must be one of: alloy/);
  });

  it('toDraft keeps only well-typed known fields', () => {
    expect(toDraft({ name: '민지', age: '30', voice: 'marin', extra: 1 })).toEqual({ name: '민지', voice: 'marin' });
    expect(toDraft(null)).toEqual({});
  });
});

import { knownFieldText } from './persona-writer.ts';
import { pickVoice } from './voice-choice.ts';
import type { PromptFacts } from './prompt-facts.ts';

type Schema = Record<string, unknown>;

/**
 * Builds a value that satisfies the JSON Schema the client sent (`responseJsonSchema`, or the older uppercase
 * `responseSchema`), with persona-like text for fields it knows by name. Properties come out in
 * `propertyOrdering` order when given, like the real API.
 */
export function fillSchema(schema: unknown, facts: PromptFacts, property = 'value'): unknown {
  const s = isSchema(schema) ? schema : {};
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) {
    const usable = variants.find((v) => isSchema(v) && typeOf(v) !== 'null') ?? variants[0];
    return fillSchema(usable, facts, property);
  }
  if (Array.isArray(s.enum) && s.enum.length > 0) return pickEnum(s, s.enum, property, facts);
  switch (typeOf(s)) {
    case 'object':
      return fillObject(s, facts);
    case 'array': {
      const count = Math.max(1, Number(s.minItems ?? 1));
      return Array.from({ length: count }, (_, i) => fillSchema(s.items, { ...facts, seed: facts.seed + i }, property));
    }
    case 'integer':
    case 'number':
      return fillNumber(s, property, facts);
    case 'boolean':
      return facts.seed % 2 === 0;
    case 'null':
      return null;
    default:
      return fillString(s, property, facts);
  }
}

function fillObject(s: Schema, facts: PromptFacts): Record<string, unknown> {
  const properties = isSchema(s.properties) ? s.properties : {};
  const ordering = Array.isArray(s.propertyOrdering) ? (s.propertyOrdering as string[]) : [];
  const keys = [...ordering.filter((k) => k in properties), ...Object.keys(properties).filter((k) => !ordering.includes(k))];
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = fillSchema(properties[key], facts, key);
  return out;
}

function fillString(s: Schema, property: string, facts: PromptFacts): string {
  let text = knownFieldText(property, facts) ?? `${property}: ${facts.brief}`;
  const min = Number(s.minLength ?? 0);
  const max = Number(s.maxLength ?? Infinity);
  while (text.length < min) text += ` ${text}`;
  if (text.length > max) text = text.slice(0, max);
  return text;
}

function fillNumber(s: Schema, property: string, facts: PromptFacts): number {
  const min = typeof s.minimum === 'number' ? s.minimum : property === 'age' ? 18 : 0;
  const max = typeof s.maximum === 'number' ? s.maximum : property === 'age' ? 70 : 100;
  const preferred = property === 'age' ? facts.age : min + (facts.seed % 10);
  const value = Math.min(max, Math.max(min, preferred));
  return typeOf(s) === 'integer' ? Math.ceil(value) : value;
}

function pickEnum(s: Schema, values: unknown[], property: string, facts: PromptFacts): unknown {
  if (property === 'language' && values.includes(facts.language)) return facts.language;
  if (property === 'voice') {
    const voice = pickVoice(values, typeof s.description === 'string' ? s.description : '', facts);
    if (voice !== undefined) return voice;
  }
  return values[facts.seed % values.length];
}

function typeOf(s: Schema): string {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null' && t !== 'NULL') : s.type;
  if (typeof type === 'string') return type.toLowerCase();
  if (isSchema(s.properties)) return 'object';
  return 'string';
}

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy that breaks the schema (a required field missing, an enum out of range), for the repair-retry fault. */
export function breakAgainstSchema(value: unknown, schema: unknown): unknown {
  if (!isSchema(value) || !isSchema(schema)) return { unexpected: true };
  const broken: Record<string, unknown> = { ...value };
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : Object.keys(broken);
  const dropped = required[Math.floor(required.length / 2)];
  if (dropped) delete broken[dropped];
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const enumKey = Object.keys(properties).find((k) => k !== dropped && isSchema(properties[k]) && Array.isArray((properties[k] as Schema).enum));
  if (enumKey) broken[enumKey] = 'not-a-valid-value';
  return broken;
}

import * as z from 'zod/mini';
import { personaSchema, PERSONA_FIELDS } from './persona-schema';

/** Keywords `responseJsonSchema` supports (gemini.md §1.1); everything else is dropped. */
const GEMINI_KEYWORDS = new Set([
  '$id', '$defs', '$ref', '$anchor', 'type', 'format', 'title', 'description', 'enum', 'items', 'prefixItems',
  'minItems', 'maxItems', 'minimum', 'maximum', 'anyOf', 'oneOf', 'properties', 'additionalProperties', 'required',
  'propertyOrdering',
]);
const SCHEMA_MAPS = new Set(['properties', '$defs']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'prefixItems']);

type JsonSchema = { [key: string]: unknown };

/** Reduces a JSON Schema to the subset Gemini accepts, recursively. */
export function toGeminiSchema(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!GEMINI_KEYWORDS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isObject(v) ? toGeminiSchema(v) : v]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v: unknown) => (isObject(v) ? toGeminiSchema(v) : v));
    } else if ((key === 'items' || key === 'additionalProperties') && isObject(value)) {
      out[key] = toGeminiSchema(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

let cached: JsonSchema | undefined;

/** The persona JSON Schema sent as `responseJsonSchema`, derived from the zod schema. */
export function personaJsonSchema(): JsonSchema {
  cached ??= {
    ...toGeminiSchema(z.toJSONSchema(personaSchema, { io: 'output' }) as JsonSchema),
    additionalProperties: false,
    propertyOrdering: [...PERSONA_FIELDS],
  };
  return cached;
}

function isObject(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

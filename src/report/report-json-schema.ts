import * as z from 'zod/mini';
import { toGeminiSchema } from '../persona/persona-json-schema';
import { LIST_FIELDS, REPORT_FIELDS, reportCore, reportLists, reportScores } from './report-schema';

type JsonSchema = { [key: string]: unknown };
let cached: JsonSchema | undefined;

const jsonOf = (schema: z.ZodMiniType): JsonSchema => toGeminiSchema(z.toJSONSchema(schema, { io: 'output' }) as JsonSchema);

/**
 * The report JSON Schema sent as `responseJsonSchema`, from the zod schemas of report-schema.ts (the subset
 * Gemini accepts): the core object, each list around its item schema, the optional scores.
 */
export function reportJsonSchema(): JsonSchema {
  if (cached) return cached;
  const core = jsonOf(reportCore) as { properties: Record<string, JsonSchema>; required: string[] };
  const properties: Record<string, JsonSchema> = { ...core.properties, scores: jsonOf(reportScores) };
  for (const name of LIST_FIELDS) {
    const { item, max, description } = reportLists[name];
    properties[name] = { type: 'array', description, maxItems: max, items: jsonOf(item) };
  }
  cached = {
    type: 'object',
    properties: Object.fromEntries(REPORT_FIELDS.map((field) => [field, properties[field]])),
    required: REPORT_FIELDS.filter((field) => field !== 'scores'),
    additionalProperties: false,
    propertyOrdering: [...REPORT_FIELDS],
  };
  return cached;
}

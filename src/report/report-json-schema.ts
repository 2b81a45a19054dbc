import * as z from 'zod/mini';
import { toGeminiSchema } from '../persona/persona-json-schema';
import { REPORT_FIELDS, reportSchema } from './report-schema';

type JsonSchema = { [key: string]: unknown };
let cached: JsonSchema | undefined;

/** The report JSON Schema sent as `responseJsonSchema`, derived from the zod schema (the subset Gemini accepts). */
export function reportJsonSchema(): JsonSchema {
  cached ??= { ...toGeminiSchema(z.toJSONSchema(reportSchema, { io: 'output' }) as JsonSchema), propertyOrdering: [...REPORT_FIELDS] };
  return cached;
}

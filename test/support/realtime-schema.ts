import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Validates Realtime GA events and the client-secret request against the official JSON Schema
 * (test/schema/openai-realtime-schema.json, extracted from openai/openai-openapi).
 */

const SCHEMA_ID = 'https://persona-talk.local/openai-realtime-schema.json';
const schemaPath = fileURLToPath(new URL('../schema/openai-realtime-schema.json', import.meta.url));

interface SchemaDocument {
  $defs: Record<string, unknown>;
  clientEvents: Record<string, string>;
  serverEvents: Record<string, string>;
}

// ajv-formats is CommonJS; under ESM its callable may sit on `.default`.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

let loaded: { ajv: Ajv2020; doc: SchemaDocument } | null = null;
const compiled = new Map<string, ValidateFunction>();

function load(): { ajv: Ajv2020; doc: SchemaDocument } {
  if (loaded) return loaded;
  const doc = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: SCHEMA_ID });
  loaded = { ajv, doc };
  return loaded;
}

/** Compiled validator for one `$defs` entry, e.g. `RealtimeCreateClientSecretRequest`. */
export function schemaValidator(defName: string): ValidateFunction {
  const cached = compiled.get(defName);
  if (cached) return cached;
  const { ajv } = load();
  const validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${defName}`);
  if (!validate) throw new Error(`No schema named ${defName}`);
  compiled.set(defName, validate);
  return validate;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  if (!errors || errors.length === 0) return 'invalid';
  return errors
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');
}

function validateEvent(e: unknown, map: 'clientEvents' | 'serverEvents'): string | null {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return 'event is not an object';
  const type = (e as { type?: unknown }).type;
  if (typeof type !== 'string') return "event has no string 'type'";
  const ref = load().doc[map][type];
  if (!ref) return `unknown ${map === 'clientEvents' ? 'client' : 'server'} event type '${type}'`;
  const validate = schemaValidator(ref.replace('#/$defs/', ''));
  return validate(e) ? null : `${type}: ${describe(validate.errors)}`;
}

/** Returns a copy without properties whose value is `null`, at every depth (array items that are null stay). */
export function dropNullProperties(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNullProperties);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== null) out[key] = dropNullProperties(inner);
  }
  return out;
}

/** null when `e` is a valid GA client event, else a short reason. */
export function validateClientEvent(e: unknown): string | null {
  return validateEvent(e, 'clientEvents');
}

/**
 * null when `e` is a valid GA server event, else a short reason.
 * Null-valued properties are dropped first: the real API sends `null` for fields the official spec marks
 * non-nullable (`response.usage`, `response.status_details`, session `audio.input.transcription`,
 * `noise_reduction`, `include`, transcription `error.param`, …; see test/schema/SOURCE.md), so the spec's
 * own examples would fail otherwise. Dropping them still checks every non-null value against its type.
 */
export function validateServerEvent(e: unknown): string | null {
  return validateEvent(dropNullProperties(e), 'serverEvents');
}

/** null when `body` is a valid `POST /v1/realtime/client_secrets` body, else a short reason. */
export function validateClientSecretRequest(body: unknown): string | null {
  const validate = schemaValidator('RealtimeCreateClientSecretRequest');
  return validate(body) ? null : describe(validate.errors);
}

/** The raw ajv errors of the last client-secret validation run on `body` (for API-style error messages). */
export function clientSecretRequestErrors(body: unknown): ErrorObject[] {
  const validate = schemaValidator('RealtimeCreateClientSecretRequest');
  return validate(body) ? [] : [...(validate.errors ?? [])];
}

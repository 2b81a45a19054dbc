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

/**
 * `oneOf` → `anyOf` everywhere. The extraction dropped OpenAPI discriminators, and some unions have
 * overlapping branches (`response.conversation` is `oneOf [string, enum ['auto','none']]`), so `oneOf`
 * rejects documented values such as `conversation: 'none'`. Every union here is told apart by a
 * `type` enum or by JSON type, so `anyOf` checks the same shapes.
 */
function oneOfToAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(oneOfToAnyOf);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key === 'oneOf' ? 'anyOf' : key] = oneOfToAnyOf(value);
  return out;
}

function load(): { ajv: Ajv2020; doc: SchemaDocument } {
  if (loaded) return loaded;
  const doc = oneOfToAnyOf(JSON.parse(readFileSync(schemaPath, 'utf8'))) as SchemaDocument;
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

/**
 * Compiles every event schema now. ajv compiles lazily, and a first-time compile in the middle of a
 * call stalls the event loop for tens of milliseconds (enough to delay audio packets).
 */
export function precompileRealtimeSchemas(): void {
  const { doc } = load();
  const refs = [...Object.values(doc.clientEvents), ...Object.values(doc.serverEvents)];
  for (const ref of refs) schemaValidator(ref.replace('#/$defs/', ''));
  schemaValidator('RealtimeCreateClientSecretRequest');
  schemaValidator('RealtimeSessionCreateRequestGA');
  schemaValidator('RealtimeTranscriptionSessionCreateRequestGA');
}

/** Session fields a client may set to `null` to clear them, which the spec types as non-nullable. */
const CLEARABLE_SESSION_FIELDS = [
  ['audio', 'input', 'noise_reduction'],
  ['audio', 'input', 'transcription'],
  ['audio', 'input', 'turn_detection'],
  ['include'],
  ['tracing'],
  ['prompt'],
] as const;

/**
 * A copy of a session config without the `null`s that clear a setting. The real API accepts
 * `noise_reduction: null` and friends (OpenAI's own agents SDK sends it in its first session.update;
 * the session.update docs say "pass null to clear"), but the official schema types them non-nullable.
 */
export function withoutClearingNulls(session: unknown): unknown {
  if (typeof session !== 'object' || session === null || Array.isArray(session)) return session;
  const copy = structuredClone(session) as Record<string, unknown>;
  for (const path of CLEARABLE_SESSION_FIELDS) {
    let node: unknown = copy;
    for (const key of path.slice(0, -1)) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
    const last = path[path.length - 1] as string;
    if (typeof node === 'object' && node !== null && (node as Record<string, unknown>)[last] === null) {
      delete (node as Record<string, unknown>)[last];
    }
  }
  return copy;
}

/** null when `e` is a valid GA client event, else a short reason (clearing nulls in a session are allowed). */
export function validateClientEvent(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'session' in e) {
    return validateEvent({ ...e, session: withoutClearingNulls((e as { session: unknown }).session) }, 'clientEvents');
  }
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
  const subject =
    typeof body === 'object' && body !== null && 'session' in body
      ? { ...body, session: withoutClearingNulls((body as { session: unknown }).session) }
      : body;
  return validate(subject) ? null : describe(validate.errors);
}

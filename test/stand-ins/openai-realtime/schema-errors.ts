import type { ErrorObject } from 'ajv';
import { schemaValidator, withoutClearingNulls } from '../../support/realtime-schema.ts';

/** One API-style validation error, as the real API words it in 400 bodies and `error` events. */
export interface ParamError {
  message: string;
  code: string;
  param: string;
}

function paramPath(prefix: string, instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  let out = prefix;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function valueAt(root: unknown, instancePath: string): unknown {
  let node = root;
  for (const part of instancePath.split('/').filter(Boolean)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'boolean') return 'a boolean';
  return 'a string';
}

const article = (t: string): string =>
  ({ object: 'an object', array: 'an array', integer: 'an integer', number: 'a number', string: 'a string', boolean: 'a boolean', null: 'null' })[t] ?? t;

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** Turns ajv errors into the single error the real API would report (the deepest concrete one). */
export function toParamError(errors: ErrorObject[], root: unknown, prefix: string): ParamError | null {
  const concrete = errors.filter((e) => !['anyOf', 'oneOf', 'allOf', 'if'].includes(e.keyword));
  if (concrete.length === 0) return null;
  const depth = (e: ErrorObject): number =>
    e.instancePath.split('/').length + (e.keyword === 'required' || e.keyword === 'additionalProperties' ? 1 : 0);
  const deepest = concrete.reduce((best, e) => (depth(e) > depth(best) ? e : best));
  const path = paramPath(prefix, deepest.instancePath);
  const value = valueAt(root, deepest.instancePath);
  switch (deepest.keyword) {
    case 'required': {
      const missing = paramPath(path, `/${String(deepest.params.missingProperty)}`);
      return { code: 'missing_required_parameter', param: missing, message: `Missing required parameter: '${missing}'.` };
    }
    case 'additionalProperties': {
      const extra = paramPath(path, `/${String(deepest.params.additionalProperty)}`);
      return { code: 'unknown_parameter', param: extra, message: `Unknown parameter: '${extra}'.` };
    }
    case 'type': {
      const expected = concrete
        .filter((e) => e.keyword === 'type' && e.instancePath === deepest.instancePath)
        .map((e) => article(String(e.params.type)));
      const wanted = [...new Set(expected)].join(' or ');
      return {
        code: 'invalid_type',
        param: path,
        message: `Invalid type for '${path}': expected ${wanted}, but got ${jsonKind(value)} instead.`,
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (deepest.params.allowedValues as unknown[] | undefined) ?? [deepest.params.allowedValue];
      const list = allowed.map(quote);
      const supported = list.length > 1 ? `${list.slice(0, -1).join(', ')}, and ${list.at(-1)}` : list.join('');
      return {
        code: 'invalid_value',
        param: path,
        message: `Invalid value: ${quote(value)}. Supported values are: ${supported}.`,
      };
    }
    case 'minimum':
    case 'maximum': {
      const below = deepest.keyword === 'minimum';
      return {
        code: below ? 'integer_below_min_value' : 'integer_above_max_value',
        param: path,
        message: `Invalid '${path}': integer ${below ? 'below minimum' : 'above maximum'} value. Expected a value ${below ? '>=' : '<='} ${String(deepest.params.limit)}, but got ${String(value)} instead.`,
      };
    }
    case 'maxLength':
      return {
        code: 'string_above_max_length',
        param: path,
        message: `Invalid '${path}': string too long. Expected a string with maximum length ${String(deepest.params.limit)}, but got a string with length ${typeof value === 'string' ? value.length : 0} instead.`,
      };
    default:
      return { code: 'invalid_value', param: path, message: `Invalid value for '${path}': ${deepest.message ?? 'invalid'}.` };
  }
}

/**
 * Checks a session config the way the real API does: `type` first (it picks the schema), then the chosen
 * schema, then the rule the schema cannot express (only one output modality).
 * `prefix` is the param path of the session object (`session`).
 */
export function checkSessionConfig(session: unknown, prefix: string): ParamError | null {
  if (typeof session !== 'object' || session === null || Array.isArray(session)) {
    return {
      code: 'invalid_type',
      param: prefix,
      message: `Invalid type for '${prefix}': expected an object, but got ${jsonKind(session)} instead.`,
    };
  }
  const type = (session as { type?: unknown }).type;
  if (type === undefined) {
    return { code: 'missing_required_parameter', param: `${prefix}.type`, message: `Missing required parameter: '${prefix}.type'.` };
  }
  if (type !== 'realtime' && type !== 'transcription') {
    return {
      code: 'invalid_value',
      param: `${prefix}.type`,
      message: `Invalid value: ${quote(type)}. Supported values are: 'realtime' and 'transcription'.`,
    };
  }
  const validate = schemaValidator(
    type === 'realtime' ? 'RealtimeSessionCreateRequestGA' : 'RealtimeTranscriptionSessionCreateRequestGA',
  );
  const subject = withoutClearingNulls(session);
  if (!validate(subject)) return toParamError([...(validate.errors ?? [])], subject, prefix);
  const modalities = (session as { output_modalities?: unknown }).output_modalities;
  if (Array.isArray(modalities) && (modalities.length !== 1 || new Set(modalities).size !== modalities.length)) {
    return {
      code: 'invalid_value',
      param: `${prefix}.output_modalities`,
      message: `Invalid value for '${prefix}.output_modalities': exactly one output modality is supported. Use ['audio'] or ['text'], not both.`,
    };
  }
  return null;
}

import * as z from 'zod/mini';
import { REALTIME_VOICES, VOICE_DESCRIPTIONS } from './voices';
import { PERSONA_LANGUAGE_CODES } from './languages';
import { personaFieldMessages } from './persona-field-messages';

// zod/mini rather than zod: the full build costs ~24 KB gzip in the first load, mini ~6 KB. The JSON Schema
// conversion (another ~6 KB) lives in persona-json-schema.ts, which only the lazily loaded generator imports.

const text = (max: number, description: string) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.describe(description));

const voiceList = REALTIME_VOICES.map((v) => `${v} (${VOICE_DESCRIPTIONS[v]})`).join(', ');

/**
 * The single source of truth for a persona: the TypeScript type, runtime validation and (via
 * persona-json-schema.ts) the JSON Schema Gemini fills. The order of the keys is the order Gemini writes them,
 * so the card fills top to bottom and `name` arrives first.
 */
export const personaSchema = z.object({
  name: text(80, 'Full name of the persona, fitting the language and culture.'),
  age: z.int().check(z.minimum(16), z.maximum(99), z.describe('Age in years.')),
  role: text(160, 'Job or role in the scene, a short phrase (e.g. "Lead interviewer at a game studio").'),
  background: text(1500, 'Two to four sentences of life story and situation that shape how they act today.'),
  personality: text(1000, 'Traits, mood and attitude toward the user, one to three sentences.'),
  speakingStyle: text(1000, 'How they talk: register, pace, habits, typical phrases.'),
  scene: text(1500, 'Where and when the conversation happens and what just happened, one to three sentences.'),
  userGoal: text(600, 'What the user (the learner) is trying to achieve in this conversation.'),
  openingLine: text(400, 'The first thing the persona says to start the conversation, one or two short spoken sentences.'),
  voice: z.enum(REALTIME_VOICES).check(z.describe(`Voice that fits the persona: ${voiceList}.`)),
  language: z.enum(PERSONA_LANGUAGE_CODES).check(z.describe('ISO-639-1 code of the language the persona speaks.')),
});

export type Persona = z.infer<typeof personaSchema>;
export type PersonaField = keyof Persona;

/** Field order as written by Gemini and shown on the card. */
export const PERSONA_FIELDS = Object.keys(personaSchema.shape) as PersonaField[];

/** What the card holds while streaming or editing: any field may still be missing or invalid. */
export type PersonaDraft = { [K in PersonaField]?: Persona[K] };

/** What is wrong with a field, as data: the card and the notices say it in the page's language. */
export type IssueProblem =
  | { kind: 'missing' }
  | { kind: 'wrong_type'; expected: string }
  | { kind: 'empty' }
  | { kind: 'too_short'; minimum: number }
  | { kind: 'too_small'; minimum: number }
  | { kind: 'too_long'; maximum: number }
  | { kind: 'too_big'; maximum: number }
  | { kind: 'not_one_of'; values: string[] }
  | { kind: 'unknown_fields'; keys: string[] }
  | { kind: 'not_json'; detail: string }
  /** zod's own words, for issues this file does not spell out. */
  | { kind: 'other'; text: string };

export interface PersonaIssue {
  /** Dotted path, `''` for the object itself. */
  path: string;
  /** In English: what the repair prompt tells Gemini, and the failure's detail. */
  message: string;
  problem: IssueProblem;
}

export type PersonaValidation = { ok: true; persona: Persona } | { ok: false; issues: PersonaIssue[] };

export function validatePersona(value: unknown): PersonaValidation {
  const result = personaSchema.safeParse(value);
  if (result.success) return { ok: true, persona: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => describeIssue(issue, value)) };
}

export function personaIssue(path: string, problem: IssueProblem): PersonaIssue {
  return { path, message: personaFieldMessages.en.issue(problem), problem };
}

/** zod/mini ships no messages ("Invalid input"), so spell issues out for users and for the repair prompt. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): PersonaIssue {
  const path = issue.path.map(String).join('.');
  const input = issue.path.reduce<unknown>((at, key) => (isRecord(at) ? at[key as string] : undefined), root);
  return personaIssue(path, issueProblem(issue, input));
}

function issueProblem(issue: z.core.$ZodIssue, input: unknown): IssueProblem {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? { kind: 'missing' } : { kind: 'wrong_type', expected: issue.expected };
    case 'too_small':
      if (issue.origin !== 'string') return { kind: 'too_small', minimum: Number(issue.minimum) };
      return issue.minimum === 1 ? { kind: 'empty' } : { kind: 'too_short', minimum: Number(issue.minimum) };
    case 'too_big':
      return issue.origin === 'string' ? { kind: 'too_long', maximum: Number(issue.maximum) } : { kind: 'too_big', maximum: Number(issue.maximum) };
    case 'invalid_value':
      return { kind: 'not_one_of', values: issue.values.map(String) };
    case 'unrecognized_keys':
      return { kind: 'unknown_fields', keys: issue.keys };
    default:
      return { kind: 'other', text: issue.message };
  }
}

export function formatIssues(issues: readonly PersonaIssue[]): string {
  return issues.map((i) => `${i.path || 'persona'} ${i.message}`).join('; ');
}

/** Keeps the fields of an unknown value that have the right primitive type (for partial JSON and old saves). */
export function toDraft(value: unknown): PersonaDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const source = value as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const field of PERSONA_FIELDS) {
    const v = source[field];
    if (field === 'age' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string') draft[field] = v;
  }
  return draft as PersonaDraft;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

import { parse as parsePartialJson } from 'partial-json';
import type { Content } from '@google/genai';
import type { GeminiConnection } from './gemini-client';
import { classifyGeminiError, failure, type FailureContext, type GeminiFailure } from './gemini-errors';
import { chunkText, PersonaGenerationError, streamJson } from './gemini-json-stream';
import { personaJsonSchema } from './persona-json-schema';
import { buildPersonaPrompt, buildRepairPrompt, PERSONA_SYSTEM_INSTRUCTION, type PersonaRequest } from './persona-prompt';
import { formatIssues, personaIssue, toDraft, validatePersona, type Persona, type PersonaDraft, type PersonaField, type PersonaIssue } from './persona-schema';

export type GenerationNotice =
  | { kind: 'retrying'; failure: GeminiFailure; delayMs: number; retry: number }
  | { kind: 'repairing'; problems: string };

export interface GenerateOptions {
  signal?: AbortSignal;
  /** Called as the JSON streams in; `writingField` is the field still being written. */
  onPartial?: (draft: PersonaDraft, writingField: PersonaField | null) => void;
  onNotice?: (notice: GenerationNotice) => void;
  /** Injected by tests to skip real waiting. Must reject with an AbortError when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export { PersonaGenerationError };

const RATE_LIMIT_AUTO_RETRY_MAX_MS = 10_000;
const SERVER_RETRY_DELAYS_MS = [1_000, 3_000];

/**
 * Streams a persona from Gemini: partial fields as they arrive, automatic retries the error catalogue allows,
 * one repair round-trip when the result does not validate. Throws PersonaGenerationError.
 */
export async function generatePersona(request: PersonaRequest, connection: GeminiConnection, options: GenerateOptions = {}): Promise<Persona> {
  const ctx: FailureContext = { model: connection.model, ownKey: connection.ownKey };
  const prompt: Content = { role: 'user', parts: [{ text: buildPersonaPrompt(request) }] };
  const run = (contents: Content[]) => withRetries(() => streamOnce(contents, connection, ctx, options), ctx, options);

  const firstText = await run([prompt]);
  const first = checkPersonaText(firstText, request);
  if (first.ok) return first.persona;

  const problems = formatIssues(first.issues);
  options.onNotice?.({ kind: 'repairing', problems });
  const repairText = await run([
    prompt,
    { role: 'model', parts: [{ text: firstText }] },
    { role: 'user', parts: [{ text: buildRepairPrompt(problems) }] },
  ]);
  const repaired = checkPersonaText(repairText, request);
  if (repaired.ok) return repaired.persona;
  throw new PersonaGenerationError(failure('invalid_output', ctx, { detail: formatIssues(repaired.issues) }), repaired.issues);
}

/** Parses and validates Gemini's text; the language the user picked wins over whatever the model wrote. */
export function checkPersonaText(text: string, request: Pick<PersonaRequest, 'language'>): { ok: true; persona: Persona } | { ok: false; issues: PersonaIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [personaIssue('', { kind: 'not_json', detail: error instanceof Error ? error.message : 'parse error' })] };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) value = { ...value, language: request.language };
  return validatePersona(value);
}

/** Runs one Gemini attempt with the retries the error catalogue allows (shared with the coaching report). */
export async function withRetries(attempt: () => Promise<string>, ctx: FailureContext, options: GenerateOptions): Promise<string> {
  let rateLimitRetried = false;
  let serverRetries = 0;
  for (let retry = 1; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof PersonaGenerationError) throw error;
      const problem = classifyGeminiError(error, ctx);
      let delayMs: number | undefined;
      if (problem.code === 'rate_limited' && problem.retryable && !rateLimitRetried && problem.retryAfterMs !== undefined && problem.retryAfterMs <= RATE_LIMIT_AUTO_RETRY_MAX_MS) {
        rateLimitRetried = true;
        delayMs = problem.retryAfterMs;
      } else if ((problem.code === 'overloaded' || problem.code === 'server_error') && serverRetries < SERVER_RETRY_DELAYS_MS.length) {
        delayMs = SERVER_RETRY_DELAYS_MS[serverRetries++];
      }
      if (delayMs === undefined) throw new PersonaGenerationError(problem);
      options.onNotice?.({ kind: 'retrying', failure: problem, delayMs, retry });
      try {
        await (options.sleep ?? abortableSleep)(delayMs, options.signal);
      } catch (sleepError) {
        throw new PersonaGenerationError(classifyGeminiError(sleepError, ctx));
      }
    }
  }
}

async function streamOnce(contents: Content[], connection: GeminiConnection, ctx: FailureContext, options: GenerateOptions): Promise<string> {
  const { text } = await streamJson({
    connection,
    contents,
    ctx,
    systemInstruction: PERSONA_SYSTEM_INSTRUCTION,
    jsonSchema: personaJsonSchema(),
    signal: options.signal,
    onText: (sofar) => emitPartial(sofar, options),
  });
  options.onPartial?.(toDraft(safePartialParse(text)), null);
  return text;
}

export { chunkText };

function emitPartial(text: string, options: GenerateOptions): void {
  if (!options.onPartial) return;
  const value = safePartialParse(text);
  if (typeof value !== 'object' || value === null) return;
  const keys = Object.keys(value);
  const last = keys[keys.length - 1];
  options.onPartial(toDraft(value), last && last in toDraft(value) ? (last as PersonaField) : null);
}

export function safePartialParse(text: string): unknown {
  try {
    return parsePartialJson(text);
  } catch {
    return undefined;
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Stopped', 'AbortError'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Stopped', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

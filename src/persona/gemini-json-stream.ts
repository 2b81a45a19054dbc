import type { Content, GenerateContentResponse } from '@google/genai';
import { geminiClient, type GeminiConnection } from './gemini-client';
import { failure, type FailureContext, type GeminiFailure } from './gemini-errors';
import type { PersonaIssue } from './persona-schema';

/** A failure Gemini met while writing (a persona or a report), as the catalogue says it. */
export class PersonaGenerationError extends Error {
  override readonly name = 'PersonaGenerationError';
  constructor(
    readonly failure: GeminiFailure,
    /** Validation problems when `failure.code` is `invalid_output`. */
    readonly issues: PersonaIssue[] = [],
  ) {
    super(failure.message);
  }
}

export interface JsonStreamRequest {
  connection: GeminiConnection;
  contents: Content[];
  systemInstruction: string;
  jsonSchema: unknown;
  ctx: FailureContext;
  signal?: AbortSignal | undefined;
  /** The whole text so far, after every piece that arrives. */
  onText?: ((text: string) => void) | undefined;
}

export interface JsonStreamResult {
  text: string;
  usage: { promptTokens: number; outputTokens: number };
}

/**
 * One streamed structured-output request: the text as it grows, the tokens it used, and the failures Gemini
 * reports inside an HTTP 200 (a safety block has no candidates; a cut-off answer has another finish reason).
 */
export async function streamJson(request: JsonStreamRequest): Promise<JsonStreamResult> {
  const ai = await geminiClient(request.connection);
  const stream = await ai.models.generateContentStream({
    model: request.connection.model,
    contents: request.contents,
    config: {
      systemInstruction: request.systemInstruction,
      responseMimeType: 'application/json',
      responseJsonSchema: request.jsonSchema,
      maxOutputTokens: 8_192,
      ...(request.signal ? { abortSignal: request.signal } : {}),
    },
  });
  let text = '';
  let finishReason: string | undefined;
  let blockReason: string | undefined;
  let sawCandidate = false;
  let usage = { promptTokens: 0, outputTokens: 0 };
  for await (const chunk of stream) {
    blockReason = chunk.promptFeedback?.blockReason ?? blockReason;
    const meta = chunk.usageMetadata;
    if (meta) usage = { promptTokens: meta.promptTokenCount ?? usage.promptTokens, outputTokens: meta.candidatesTokenCount ?? usage.outputTokens };
    const candidate = chunk.candidates?.[0];
    if (candidate) {
      sawCandidate = true;
      finishReason = candidate.finishReason ?? finishReason;
    }
    const piece = chunkText(chunk);
    if (piece) {
      text += piece;
      request.onText?.(text);
    }
  }
  // Safety blocks are HTTP 200 with no candidates (gemini.md §3.3).
  if (!sawCandidate) throw new PersonaGenerationError(failure('prompt_blocked', request.ctx, { detail: blockReason ?? 'OTHER' }));
  if (finishReason && finishReason !== 'STOP') throw new PersonaGenerationError(failure('output_stopped', request.ctx, { detail: finishReason }));
  return { text, usage };
}

/** Text parts of the first candidate, skipping thoughts (what `response.text` does, without its console warnings). */
export function chunkText(chunk: GenerateContentResponse): string {
  const parts = chunk.candidates?.[0]?.content?.parts ?? [];
  return parts.map((p) => (p.thought || typeof p.text !== 'string' ? '' : p.text)).join('');
}

import type { Content } from '@google/genai';
import { geminiClient, type GeminiConnection } from '../persona/gemini-client';
import { failure, type FailureContext } from '../persona/gemini-errors';
import { chunkText, PersonaGenerationError, safePartialParse, withRetries, type GenerateOptions } from '../persona/generate-persona';
import { keepRealQuotes } from './quote-check';
import { reportJsonSchema } from './report-json-schema';
import type { ReportLine } from './report-lines';
import { buildReportPrompt, buildReportRepairPrompt, REPORT_SYSTEM_INSTRUCTION, type ReportRequest } from './report-prompt';
import { toReportDraft, validateReport, type Report, type ReportDraft } from './report-schema';

/** Gemini's token counts for the report, summed over every attempt that returned (usageMetadata). */
export interface ReportUsage {
  promptTokens: number;
  outputTokens: number;
}

export interface ReportOptions extends Pick<GenerateOptions, 'signal' | 'onNotice' | 'sleep'> {
  onPartial?: (draft: ReportDraft) => void;
  onUsage?: (usage: ReportUsage) => void;
}

/** The report as shown: corrections whose quote the learner never said are gone. */
export function checkedReport(report: Report, lines: readonly ReportLine[]): Report {
  return { ...report, corrections: keepRealQuotes(report.corrections, lines) };
}

/**
 * Streams a coaching report from Gemini: partial fields as they arrive, the retries the error catalogue allows,
 * one repair round-trip when the answer does not validate. Throws PersonaGenerationError (the shared Gemini failure).
 */
export async function generateReport(request: ReportRequest, connection: GeminiConnection, options: ReportOptions = {}): Promise<Report> {
  const ctx: FailureContext = { model: connection.model, ownKey: connection.ownKey };
  const usage: ReportUsage = { promptTokens: 0, outputTokens: 0 };
  const prompt: Content = { role: 'user', parts: [{ text: buildReportPrompt(request) }] };
  const retryOptions: GenerateOptions = { ...(options.signal ? { signal: options.signal } : {}), ...(options.onNotice ? { onNotice: options.onNotice } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) };
  const run = (contents: Content[]) => withRetries(() => streamOnce(contents, connection, ctx, usage, options), ctx, retryOptions);

  const firstText = await run([prompt]);
  const first = parseReport(firstText);
  if (first.ok) return checkedReport(first.report, request.lines);
  options.onNotice?.({ kind: 'repairing', problems: first.problems });
  const repairText = await run([prompt, { role: 'model', parts: [{ text: firstText }] }, { role: 'user', parts: [{ text: buildReportRepairPrompt(first.problems) }] }]);
  const repaired = parseReport(repairText);
  if (repaired.ok) return checkedReport(repaired.report, request.lines);
  throw new PersonaGenerationError(failure('invalid_output', ctx, { detail: repaired.problems }));
}

function parseReport(text: string): ReturnType<typeof validateReport> {
  try {
    return validateReport(JSON.parse(text));
  } catch (error) {
    return { ok: false, problems: `not JSON: ${error instanceof Error ? error.message : 'parse error'}` };
  }
}

async function streamOnce(contents: Content[], connection: GeminiConnection, ctx: FailureContext, usage: ReportUsage, options: ReportOptions): Promise<string> {
  const ai = await geminiClient(connection);
  const stream = await ai.models.generateContentStream({
    model: connection.model,
    contents,
    config: {
      systemInstruction: REPORT_SYSTEM_INSTRUCTION,
      responseMimeType: 'application/json',
      responseJsonSchema: reportJsonSchema(),
      maxOutputTokens: 8_192,
      ...(options.signal ? { abortSignal: options.signal } : {}),
    },
  });
  let text = '';
  let finishReason: string | undefined;
  let blockReason: string | undefined;
  let sawCandidate = false;
  let attemptUsage = { promptTokens: 0, outputTokens: 0 };
  for await (const chunk of stream) {
    blockReason = chunk.promptFeedback?.blockReason ?? blockReason;
    const meta = chunk.usageMetadata;
    if (meta) attemptUsage = { promptTokens: meta.promptTokenCount ?? attemptUsage.promptTokens, outputTokens: meta.candidatesTokenCount ?? attemptUsage.outputTokens };
    const candidate = chunk.candidates?.[0];
    if (candidate) {
      sawCandidate = true;
      finishReason = candidate.finishReason ?? finishReason;
    }
    const piece = chunkText(chunk);
    if (piece) {
      text += piece;
      options.onPartial?.(toReportDraft(safePartialParse(text)));
    }
  }
  usage.promptTokens += attemptUsage.promptTokens;
  usage.outputTokens += attemptUsage.outputTokens;
  options.onUsage?.({ ...usage });
  if (!sawCandidate) throw new PersonaGenerationError(failure('prompt_blocked', ctx, { detail: blockReason ?? 'OTHER' }));
  if (finishReason && finishReason !== 'STOP') throw new PersonaGenerationError(failure('output_stopped', ctx, { detail: finishReason }));
  return text;
}

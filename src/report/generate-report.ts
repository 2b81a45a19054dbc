import type { Content } from '@google/genai';
import type { GeminiConnection } from '../persona/gemini-client';
import { failure, type FailureContext } from '../persona/gemini-errors';
import { PersonaGenerationError, safePartialParse, withRetries, type GenerateOptions } from '../persona/generate-persona';
import { streamJson } from '../persona/gemini-json-stream';
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
  const result = await streamJson({
    connection,
    contents,
    ctx,
    systemInstruction: REPORT_SYSTEM_INSTRUCTION,
    jsonSchema: reportJsonSchema(),
    signal: options.signal,
    onText: (text) => options.onPartial?.(toReportDraft(safePartialParse(text))),
  });
  usage.promptTokens += result.usage.promptTokens;
  usage.outputTokens += result.usage.outputTokens;
  options.onUsage?.({ ...usage });
  return result.text;
}

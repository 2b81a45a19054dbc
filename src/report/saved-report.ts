import type { ReportUsage } from './generate-report';
import type { ReportLine } from './report-lines';
import { validateReport, type Report } from './report-schema';

/** A report as kept beside its conversation (conversations/' reports store), with what it was written from. */
export interface SavedReport {
  schemaVersion: 1;
  report: Report;
  /** The lines the quotes were checked against, with their references, so History can point at them. */
  lines: ReportLine[];
  usage: ReportUsage | null;
  droppedQuotes: number;
  writtenAt: number;
}

const isLine = (value: unknown): value is ReportLine => {
  const line = value as Partial<ReportLine> | null;
  return typeof line === 'object' && line !== null && typeof line.ref === 'string' && typeof line.lineId === 'string' && (line.speaker === 'user' || line.speaker === 'assistant') && typeof line.text === 'string';
};

const isUsage = (value: unknown): value is ReportUsage => {
  const usage = value as Partial<ReportUsage> | null;
  return typeof usage === 'object' && usage !== null && Number.isFinite(usage.promptTokens) && Number.isFinite(usage.outputTokens);
};

/** A stored value read back, or null when it is not a report this version can show. */
export function readSavedReport(value: unknown): SavedReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Record<string, unknown>;
  if (saved.schemaVersion !== 1 || !Array.isArray(saved.lines) || !saved.lines.every(isLine)) return null;
  const checked = validateReport(saved.report);
  if (!checked.ok) return null;
  return {
    schemaVersion: 1,
    report: checked.report,
    lines: saved.lines,
    usage: isUsage(saved.usage) ? saved.usage : null,
    droppedQuotes: typeof saved.droppedQuotes === 'number' ? saved.droppedQuotes : 0,
    writtenAt: typeof saved.writtenAt === 'number' ? saved.writtenAt : 0,
  };
}

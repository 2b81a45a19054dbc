import { findQuotedLine } from './quote-check';
import type { ReportLine } from './report-lines';
import type { ReportDraft } from './report-schema';

/** Reads a half-streamed report defensively: only what is already shaped right comes out. */
type Loose = Record<string, unknown>;

export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
export const itemsOf = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((v): v is Loose => typeof v === 'object' && v !== null) : []);

export interface ShownCorrection {
  ref: string;
  lineId: string;
  quote: string;
  better: string;
  kind: string;
  why: string;
}

/**
 * The corrections fit to show: the quote is finished (the model has moved on to the better phrasing) and the
 * learner really said it. Each points at the line the quote was found in.
 */
export function shownCorrections(draft: ReportDraft, lines: readonly ReportLine[]): ShownCorrection[] {
  const out: ShownCorrection[] = [];
  for (const item of itemsOf(draft.corrections)) {
    const quote = textOf(item.quote);
    if (!quote || item.better === undefined) continue;
    const found = findQuotedLine(quote, textOf(item.line), lines);
    if (!found) continue;
    out.push({ ref: found.ref, lineId: found.lineId, quote, better: textOf(item.better), kind: textOf(item.kind), why: textOf(item.why) });
  }
  return out;
}

export function lineIdOf(ref: string, lines: readonly ReportLine[]): string | undefined {
  return lines.find((line) => line.ref === ref)?.lineId;
}

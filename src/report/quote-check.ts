import type { ReportLine } from './report-lines';

/**
 * Quotes compared the way a reader would: Unicode-normalised, case folded, curly quotes and dashes made plain,
 * punctuation dropped and whitespace collapsed, so "I am want, a coffee" matches "i am want a coffee".
 */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Contains on word boundaries: "tea" is in "a tea please", not in "steam". */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * The learner's line a quote comes from: the one the model named if the words are in it, else the first of the
 * learner's lines that holds them; undefined when the learner never said them (the model made them up, or quoted
 * the persona).
 */
export function findQuotedLine(quote: string, claimedRef: string, lines: readonly ReportLine[]): ReportLine | undefined {
  const needle = normaliseQuote(quote);
  if (!needle) return undefined;
  const userLines = lines.filter((line) => line.speaker === 'user');
  const holds = (line: ReportLine) => containsWords(normaliseQuote(line.text), needle);
  const claimed = userLines.find((line) => line.ref === claimedRef);
  if (claimed && holds(claimed)) return claimed;
  return userLines.find(holds);
}

/** Keeps the items whose quote the learner really said, each pointed at the line it is in. */
export function keepRealQuotes<T extends { quote: string; line: string }>(items: readonly T[], lines: readonly ReportLine[]): T[] {
  const kept: T[] = [];
  for (const item of items) {
    const found = findQuotedLine(item.quote, item.line, lines);
    if (found) kept.push(found.ref === item.line ? item : { ...item, line: found.ref });
  }
  return kept;
}

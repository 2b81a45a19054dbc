/**
 * How much of a reply the user heard before it was cut off. The API does not say which words were played, so
 * the page estimates from the time played and the persona's speaking rate: measured on this call's replies
 * that played to the end, or a typical rate for the language until one has. The cut falls back to a word end.
 */

/** Typical text per second of speech: about 14 letters in English, about 6 syllables in Korean. */
const DEFAULT_CHARS_PER_SECOND: Readonly<Record<string, number>> = { en: 14, ko: 6 };
const FALLBACK_CHARS_PER_SECOND = 12;
/** Replies shorter than this say little about the rate (a pause weighs too much). */
const MIN_SAMPLE_MS = 1_000;

export class SpeakingRate {
  private chars = 0;
  private ms = 0;

  constructor(private readonly language: string) {}

  /** A reply that played to the end: its text took this long to say. */
  learn(text: string, playedMs: number): void {
    if (playedMs < MIN_SAMPLE_MS || !text.trim()) return;
    this.chars += text.length;
    this.ms += playedMs;
  }

  charsPerSecond(): number {
    if (this.ms > 0) return (this.chars / this.ms) * 1000;
    return DEFAULT_CHARS_PER_SECOND[this.language.slice(0, 2)] ?? FALLBACK_CHARS_PER_SECOND;
  }
}

/** The part of `text` said in `playedMs` at `charsPerSecond`, cut at the last word that was finished. */
export function heardPart(text: string, playedMs: number, charsPerSecond: number): string {
  const heardChars = Math.floor((playedMs / 1000) * charsPerSecond);
  if (heardChars >= text.length) return text;
  if (heardChars <= 0) return '';
  const cut = text.slice(0, heardChars + 1);
  const wordEnd = cut.search(/\s\S*$/);
  return (wordEnd > 0 ? cut.slice(0, wordEnd) : text.slice(0, heardChars)).trimEnd();
}

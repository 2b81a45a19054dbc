/** What the stand-in reads from a generateContent request to decide what to write. */
export interface PromptFacts {
  brief: string;
  language: 'ko' | 'en';
  /** Hard / strict / bad-day briefs get a tougher persona. */
  tough: boolean;
  /** Deterministic seed derived from the prompt, so the same request always gets the same persona. */
  seed: number;
}

interface ContentLike {
  role?: string;
  parts?: Array<{ text?: unknown }>;
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

export function readPromptFacts(contents: unknown): PromptFacts {
  const list = Array.isArray(contents) ? (contents as ContentLike[]) : [];
  // The first user turn holds the brief; later turns (a repair request) do not change who the persona is.
  const first = list.find((c) => c.role === undefined || c.role === 'user');
  const text = (first?.parts ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
  const briefLine = /^Brief:\s*(.+)$/m.exec(text)?.[1];
  const scenarioLine = /^Scenario:\s*(.+)$/m.exec(text)?.[1];
  const brief = (briefLine ?? scenarioLine ?? text).trim().slice(0, 300) || 'a friendly stranger';
  const languageLine = /^Language:\s*(.+)$/m.exec(text)?.[1] ?? '';
  const language = HANGUL.test(brief) || /korean|한국어|"ko"/i.test(languageLine || text) ? 'ko' : 'en';
  const tough = /\b(hard|strict|angry|bad day|sceptical|skeptical|demanding|rude)\b|엄격|화난|까다|깐깐/i.test(text);
  return { brief, language, tough, seed: hash(`${language}\n${text}`) };
}

/** FNV-1a, 32 bit. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}


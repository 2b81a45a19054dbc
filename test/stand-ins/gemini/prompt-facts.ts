import { fnvHash } from '../shared/fnv-hash.ts';
import { readBrief, type AgeGroup, type Gender, type Setting, type Temperament } from './brief-reading.ts';

/** What the stand-in reads from a generateContent request to decide what to write. */
export interface PromptFacts {
  brief: string;
  language: 'ko' | 'en';
  /** Hard / strict / bad-day briefs get a tougher persona. */
  tough: boolean;
  /** The persona's age in years, from the brief's words (grandmother → old, student → young, …). */
  age: number;
  ageGroup: AgeGroup | null;
  gender: Gender | null;
  /** The mood the brief asks for (blunt, kind, …); null when it names none. */
  temperament: Temperament | null;
  /** Where the conversation happens (market, café, interview, …); null when the brief does not say. */
  setting: Setting | null;
  /** Deterministic seed derived from the prompt, so the same request always gets the same persona. */
  seed: number;
}

interface ContentLike {
  role?: string;
  parts?: Array<{ text?: unknown }>;
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
/** Ages by group, the way a writer would picture them: a grandmother is in her seventies, a student about 21. */
const AGE_RANGES: Record<AgeGroup | 'unknown', [number, number]> = {
  teen: [16, 18], young: [19, 26], adult: [27, 45], middle: [44, 58], old: [68, 84], unknown: [26, 45],
};
const TOUGH = /\b(hard|strict|angry|bad day|sceptical|skeptical|demanding|rude)\b|엄격|화난|까다|깐깐/i;

/** A `Label: value` line of the prompt, as any reader would take it. */
function labelled(text: string, label: string): string | undefined {
  return new RegExp(`^${label}:\\s*(.+)$`, 'im').exec(text)?.[1];
}

export function readPromptFacts(contents: unknown): PromptFacts {
  const list = Array.isArray(contents) ? (contents as ContentLike[]) : [];
  // The first user turn holds the brief; later turns (a repair request) do not change who the persona is.
  const first = list.find((c) => c.role === undefined || c.role === 'user');
  const text = (first?.parts ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
  const briefLine = labelled(text, 'Brief');
  const scenarioLine = labelled(text, 'Scenario');
  const brief = (briefLine ?? scenarioLine ?? text).trim().slice(0, 300) || 'a friendly stranger';
  const languageLine = labelled(text, 'Language') ?? '';
  const language = HANGUL.test(brief) || /korean|한국어|"ko"/i.test(languageLine || text) ? 'ko' : 'en';
  // The user's own words weigh most; the scenario and difficulty fill in what the brief leaves open.
  const reading = readBrief(brief, text);
  const seed = fnvHash(`${language}\n${text}`);
  const [low, high] = AGE_RANGES[reading.age ?? 'unknown'];
  const age = reading.exactAge ?? low + (seed % (high - low + 1));
  const tough = reading.temperament === 'strict' || reading.temperament === 'grumpy' || (!reading.temperament && TOUGH.test(text));
  return {
    brief,
    language,
    tough,
    age,
    ageGroup: reading.age,
    gender: reading.gender,
    temperament: reading.temperament,
    setting: reading.setting,
    seed,
  };
}

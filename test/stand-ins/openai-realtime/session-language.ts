import { hasHangul, type SpeechLanguage } from './reply-bank.ts';
import { transcriptionOf, type SessionObject } from './session-config.ts';

const LANGUAGE_NAMES: Array<[RegExp, SpeechLanguage]> = [
  [/korean|한국어/i, 'ko'],
  [/english|영어/i, 'en'],
];
/** "Speak only Korean", "Always answer in English", "respond in Korean", … as a model would read them. */
const SPEAK_IN = /\b(?:speak|answer|reply|respond|talk)(?:\s+only)?(?:\s+in)?\s+([A-Za-z]+|[\uac00-\ud7a3]+)/gi;
const OPENING_LINE = /opening line[^"“]*["“]([^"”]+)["”]/i;

function namedLanguage(word: string): SpeechLanguage | null {
  for (const [pattern, language] of LANGUAGE_NAMES) if (pattern.test(word)) return language;
  return null;
}

function asSpeechLanguage(code: unknown): SpeechLanguage | null {
  if (typeof code !== 'string') return null;
  const base = code.toLowerCase().split(/[-_]/)[0];
  return base === 'ko' || base === 'en' ? base : null;
}

/** The quoted opening line the instructions ask for, if any. */
export function openingLineOf(instructions: string | undefined): string | null {
  const match = instructions ? OPENING_LINE.exec(instructions) : null;
  return match?.[1]?.trim() || null;
}

/**
 * The language the persona speaks, read the way a model would: a "speak only Korean" rule in the
 * instructions, else the script of the opening line, else the transcription language, else Hangul anywhere.
 */
export function personaLanguageOf(session: SessionObject): SpeechLanguage {
  const instructions = session.instructions ?? '';
  for (const match of instructions.matchAll(SPEAK_IN)) {
    const language = namedLanguage(match[1] ?? '');
    if (language) return language;
  }
  const opening = openingLineOf(instructions);
  if (opening) return hasHangul(opening) ? 'ko' : 'en';
  return asSpeechLanguage(transcriptionOf(session)?.language) ?? (hasHangul(instructions) ? 'ko' : 'en');
}

/** The language the caller's turns are transcribed in: the transcription hint, else the persona's language. */
export function callerLanguageOf(session: SessionObject): SpeechLanguage {
  return asSpeechLanguage(transcriptionOf(session)?.language) ?? personaLanguageOf(session);
}

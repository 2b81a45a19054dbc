/**
 * What the stand-in "model" can say, per language: every reply text with the fixture that speaks exactly it
 * (test/fixtures/make-fixtures.sh generates each fixture from the same text), and what the caller "said".
 */

export type SpeechLanguage = 'en' | 'ko';

export interface SpokenText {
  text: string;
  /** Fixture name in test/fixtures (without `.wav`). */
  audio: string;
}

/** Default replies after the opening line: short lines that fit any persona. */
export const REPLY_BANK: Record<SpeechLanguage, readonly SpokenText[]> = {
  en: [
    { text: 'I see. Could you tell me a little more about that?', audio: 'reply-en-3' },
    { text: 'That makes sense. What would you like to do next?', audio: 'reply-en-4' },
    { text: 'Really? Why do you think so?', audio: 'reply-en-5' },
  ],
  ko: [
    { text: '그렇군요. 조금 더 자세히 말씀해 주시겠어요?', audio: 'reply-ko-2' },
    { text: '아, 그래요? 왜 그렇게 생각하세요?', audio: 'reply-ko-3' },
    { text: '좋아요. 그럼 다음에는 어떻게 하고 싶으세요?', audio: 'reply-ko-4' },
  ],
};

/** Every speech fixture, including the interview lines tests script by name. */
export const SPEECH_FIXTURES: Record<SpeechLanguage, readonly SpokenText[]> = {
  en: [
    { text: 'Hi there, welcome. Thanks for coming in today. Shall we begin?', audio: 'reply-en-1' },
    { text: 'Great. Tell me about a project you are proud of, and what you did on it.', audio: 'reply-en-2' },
    ...REPLY_BANK.en,
  ],
  ko: [
    { text: '안녕하세요. 오늘 면접에 와 주셔서 감사합니다. 시작할까요?', audio: 'reply-ko-1' },
    ...REPLY_BANK.ko,
  ],
};

export const ALL_REPLY_FIXTURES: readonly string[] = [...SPEECH_FIXTURES.en, ...SPEECH_FIXTURES.ko].map((f) => f.audio);

/** Plausible caller turns per transcription language (text only: the caller's audio is the real microphone). */
export const CALLER_LINES: Record<SpeechLanguage, readonly string[]> = {
  en: [
    'Hello. I would like to practice for my job interview today.',
    'Sorry, could you say that again more slowly?',
    'I think I can do that. Let me explain.',
    'Yes, that sounds good to me.',
  ],
  ko: [
    '안녕하세요. 오늘 잘 부탁드립니다.',
    '죄송한데요, 다시 한 번 천천히 말씀해 주시겠어요?',
    '네, 좋아요. 그렇게 할게요.',
    '음, 제 생각에는 괜찮을 것 같아요.',
  ],
};

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** The language a text is written in, as far as the stand-in can speak it. */
export function languageOfText(text: string): SpeechLanguage {
  return hasHangul(text) ? 'ko' : 'en';
}

/**
 * Audio for a text: the fixture that speaks exactly it when there is one; otherwise (an opening line, a
 * scripted reply without audio) a fixture in the text's language whose text is closest in length, so the
 * audio lasts about as long as the words would.
 */
export function closestFixture(text: string): string {
  const candidates = SPEECH_FIXTURES[languageOfText(text)];
  const exact = candidates.find((candidate) => candidate.text === text.trim());
  if (exact) return exact.audio;
  let best = candidates[0] as SpokenText;
  for (const candidate of candidates) {
    if (Math.abs(candidate.text.length - text.length) < Math.abs(best.text.length - text.length)) best = candidate;
  }
  return best.audio;
}

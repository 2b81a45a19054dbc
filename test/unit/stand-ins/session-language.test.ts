import { describe, expect, it } from 'vitest';
import { buildSession } from '../../stand-ins/openai-realtime/session-config.ts';
import { callerLanguageOf, personaLanguageOf } from '../../stand-ins/openai-realtime/session-language.ts';

const session = (instructions: string | undefined, language?: string) =>
  buildSession({
    type: 'realtime',
    ...(instructions !== undefined ? { instructions } : {}),
    audio: { input: { transcription: language ? { model: 'gpt-4o-mini-transcribe', language } : null } },
  });

describe('the persona language and the caller language of a session', () => {
  it('reads a "speak only …" rule first, the way a model reads its instructions', () => {
    expect(personaLanguageOf(session('# Language\nSpeak only Korean (한국어), even if the user switches.', 'en'))).toBe('ko');
    expect(personaLanguageOf(session('You are 김민지.\nSpeak only English, even if the user switches.', 'ko'))).toBe('en');
  });

  it('else the script of the opening line, else the transcription language, else Hangul in the text', () => {
    expect(personaLanguageOf(session('Opening line: "어서 오세요."'))).toBe('ko');
    expect(personaLanguageOf(session('Opening line: "Welcome in."', 'ko'))).toBe('en');
    expect(personaLanguageOf(session('You run a market stall.', 'ko-KR'))).toBe('ko');
    expect(personaLanguageOf(session('당신은 시장 상인입니다.'))).toBe('ko');
    expect(personaLanguageOf(session(undefined))).toBe('en');
  });

  it('transcribes the caller in the transcription language, or the persona language without one', () => {
    expect(callerLanguageOf(session('Speak only Korean.', 'en'))).toBe('en');
    expect(callerLanguageOf(session('Speak only Korean.'))).toBe('ko');
    expect(callerLanguageOf(session('Speak only English.', 'fr'))).toBe('en');
  });
});

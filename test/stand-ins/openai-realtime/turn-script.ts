/** What the stand-in "model" says: scripted user transcripts and assistant replies, cycled in order. */

export interface TurnScript {
  /** Transcript text for the caller's turns, in order (cycled). */
  userTranscripts?: string[];
  /** Assistant replies in order (cycled); `audio` names a fixture such as `reply-en-1`. */
  replies?: Array<{ text: string; audio?: string }>;
}

export interface PlannedReply {
  text: string;
  audio: string;
}

export const DEFAULT_SCRIPT: Required<TurnScript> = {
  userTranscripts: ['Hello. I would like to practice for my job interview today.'],
  replies: [
    { text: 'Hi there, welcome. Thanks for coming in today. Shall we begin?', audio: 'reply-en-1' },
    { text: 'Great. Tell me about a project you are proud of, and what you did on it.', audio: 'reply-en-2' },
  ],
};

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const OPENING_LINE = /opening line[^"“]*["“]([^"”]+)["”]/i;
const ENGLISH_AUDIO = ['reply-en-1', 'reply-en-2'];

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** The quoted opening line the instructions ask for, if any. */
export function openingLineOf(instructions: string | undefined): string | null {
  const match = instructions ? OPENING_LINE.exec(instructions) : null;
  return match?.[1]?.trim() || null;
}

/** Hands out user transcripts and replies in script order, per call. */
export class ScriptCursor {
  private userIndex = 0;
  private replyIndex = 0;
  private englishAudioIndex = 0;

  constructor(private readonly getScript: () => Required<TurnScript>) {}

  nextUserTranscript(): string {
    const list = this.getScript().userTranscripts;
    const text = list.length > 0 ? list[this.userIndex % list.length] : '';
    this.userIndex++;
    return text ?? '';
  }

  /** The next reply; `overrideText` (an opening line) replaces the scripted text without consuming it. */
  nextReply(language: string | undefined, overrideText?: string): PlannedReply {
    if (overrideText) return { text: overrideText, audio: this.audioFor(overrideText, language) };
    const list = this.getScript().replies;
    const reply = list.length > 0 ? list[this.replyIndex % list.length] : undefined;
    this.replyIndex++;
    const text = reply?.text ?? '';
    return { text, audio: reply?.audio ?? this.audioFor(text, language) };
  }

  private audioFor(text: string, language: string | undefined): string {
    if (language === 'ko' || hasHangul(text)) return 'reply-ko-1';
    const name = ENGLISH_AUDIO[this.englishAudioIndex % ENGLISH_AUDIO.length] as string;
    this.englishAudioIndex++;
    return name;
  }
}

export function normalizeScript(script: TurnScript | undefined): Required<TurnScript> {
  return {
    userTranscripts: script?.userTranscripts ?? DEFAULT_SCRIPT.userTranscripts,
    replies: script?.replies ?? DEFAULT_SCRIPT.replies,
  };
}

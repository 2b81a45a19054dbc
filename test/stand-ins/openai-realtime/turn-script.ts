/**
 * What the stand-in "model" says and what it "heard" the caller say. A test can script either list;
 * what it leaves out comes from the per-language banks in reply-bank.ts, in a seeded order per call.
 */
import { seededRandom } from '../../support/seeded-random.ts';
import { CALLER_LINES, REPLY_BANK, closestFixture, type SpeechLanguage, type SpokenText } from './reply-bank.ts';

export { openingLineOf } from './session-language.ts';

export interface TurnScript {
  /** Transcript text for the caller's turns, in order (cycled). Default: the caller bank of the transcription language. */
  userTranscripts?: string[];
  /** Assistant replies in order (cycled); `audio` names a fixture such as `reply-en-1`. Default: the reply bank of the persona's language. */
  replies?: Array<{ text: string; audio?: string }>;
}

export interface PlannedReply {
  text: string;
  audio: string;
}

export interface ReplyRequest {
  /** The persona's language, for replies from the bank. */
  language: SpeechLanguage;
  /** The quoted opening line of the instructions, said instead of the next reply (it is not consumed). */
  openingLine?: string | null;
}

/** Hands out user transcripts and replies per call: scripted ones in order, otherwise seeded from the banks. */
export class ScriptCursor {
  private userIndex = 0;
  private replyIndex = 0;
  private readonly bankIndex: Record<'reply' | 'caller', Record<SpeechLanguage, number>> = {
    reply: { en: 0, ko: 0 },
    caller: { en: 0, ko: 0 },
  };
  private readonly replyOrder: Record<SpeechLanguage, readonly SpokenText[]>;
  private readonly callerOrder: Record<SpeechLanguage, readonly string[]>;

  constructor(
    private readonly getScript: () => TurnScript,
    seed = 0,
  ) {
    const random = seededRandom(seed);
    this.replyOrder = { en: shuffled(REPLY_BANK.en, random), ko: shuffled(REPLY_BANK.ko, random) };
    this.callerOrder = { en: shuffled(CALLER_LINES.en, random), ko: shuffled(CALLER_LINES.ko, random) };
  }

  /** What the caller said in the next turn, in the transcription language unless the script says otherwise. */
  nextUserTranscript(language: SpeechLanguage): string {
    const list = this.getScript().userTranscripts;
    if (list) {
      const text = list.length > 0 ? list[this.userIndex % list.length] : '';
      this.userIndex++;
      return text ?? '';
    }
    return this.fromBank('caller', this.callerOrder[language], language);
  }

  nextReply(request: ReplyRequest): PlannedReply {
    if (request.openingLine) return { text: request.openingLine, audio: closestFixture(request.openingLine) };
    const list = this.getScript().replies;
    if (list) {
      const reply = list.length > 0 ? list[this.replyIndex % list.length] : undefined;
      this.replyIndex++;
      const text = reply?.text ?? '';
      return { text, audio: reply?.audio ?? closestFixture(text) };
    }
    return { ...this.fromBank('reply', this.replyOrder[request.language], request.language) };
  }

  private fromBank<T>(kind: 'reply' | 'caller', order: readonly T[], language: SpeechLanguage): T {
    const index = this.bankIndex[kind][language]++;
    return order[index % order.length] as T;
  }
}

/** Fisher–Yates with the call's seeded generator. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

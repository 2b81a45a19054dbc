import type { ConversationSize } from './usage.ts';

export interface LoggedItem {
  id: string;
  role: string;
  textTokens: number;
  audioTokens: number;
}

/** The items of one conversation, in order, with their token weight (every response re-reads them all). */
export class ConversationLog {
  private readonly items: LoggedItem[] = [];

  get lastId(): string | null {
    return this.items.at(-1)?.id ?? null;
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  get hasUserTurn(): boolean {
    return this.items.some((item) => item.role === 'user');
  }

  has(id: string): boolean {
    return this.items.some((item) => item.id === id);
  }

  roleOf(id: string): string {
    return this.items.find((item) => item.id === id)?.role ?? 'user';
  }

  add(item: LoggedItem): void {
    this.items.push(item);
  }

  /** New token weight of an item (a truncated assistant message keeps only the audio that was heard). */
  resize(id: string, tokens: Pick<LoggedItem, 'textTokens' | 'audioTokens'>): void {
    const item = this.items.find((entry) => entry.id === id);
    if (item) Object.assign(item, tokens);
  }

  remove(id: string): void {
    const index = this.items.findIndex((item) => item.id === id);
    if (index >= 0) this.items.splice(index, 1);
  }

  /** Input size of the next response: instructions plus every item so far. */
  size(instructionTokens: number): ConversationSize {
    let text = instructionTokens;
    let audio = 0;
    for (const item of this.items) {
      text += item.textTokens;
      audio += item.audioTokens;
    }
    return { textTokens: text, audioTokens: audio };
  }
}

/** A user audio message item; `transcript` is null until transcription has run (or when it is off). */
export function userAudioItem(id: string, transcript: string | null): Record<string, unknown> {
  return {
    id,
    object: 'realtime.item',
    type: 'message',
    status: 'completed',
    role: 'user',
    content: [{ type: 'input_audio', transcript }],
  };
}

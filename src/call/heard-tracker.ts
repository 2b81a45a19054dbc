import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import { heardPart, SpeakingRate } from './heard-estimate';
import { PlaybackTracker } from './playback-tracker';
import type { ServerEvent } from './server-events';

export interface HeardTranscript {
  lineText(itemId: string): string | undefined;
  markCut(itemId: string, heard: string): void;
}

/**
 * Keeps the transcript honest about interrupted replies: a reply that played out teaches the persona's speaking
 * rate; one that was cut off is marked with the part that was heard, and the model's item is truncated to it.
 */
export class HeardTracker {
  private readonly playback = new PlaybackTracker();
  private rate = new SpeakingRate('en');

  constructor(
    private readonly transcript: HeardTranscript,
    private readonly send: (event: RealtimeClientEvent) => void,
  ) {}

  reset(language: string): void {
    this.playback.reset();
    this.rate = new SpeakingRate(language);
  }

  onEvent(event: ServerEvent, now: number): void {
    const played = this.playback.onEvent(event, now);
    if (!played) return;
    const text = this.transcript.lineText(played.itemId) ?? '';
    if (played.kind === 'finished') {
      this.rate.learn(text, played.playedMs);
      return;
    }
    this.transcript.markCut(played.itemId, heardPart(text, played.playedMs, this.rate.charsPerSecond()));
    // As the official client does: the model's memory of the reply ends where the user stopped hearing it.
    this.send({ type: 'conversation.item.truncate', item_id: played.itemId, content_index: 0, audio_end_ms: Math.round(played.playedMs) });
  }
}

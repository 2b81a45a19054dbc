import type { ServerEvent } from './server-events';

export type PlaybackOutcome =
  | { kind: 'finished'; itemId: string; playedMs: number }
  | { kind: 'cut'; itemId: string; playedMs: number };

interface Playback {
  itemId: string | null;
  startedAt: number | null;
}

/**
 * Follows each reply's audio from `output_audio_buffer.started` to `.stopped` (played to the end) or `.cleared`
 * (cut off by an Interrupt or by the user talking over it), so the page knows how much of a reply was heard.
 * The real API generates faster than real time: `response.done` says nothing about what was played.
 */
export class PlaybackTracker {
  private readonly byResponse = new Map<string, Playback>();

  onEvent(event: ServerEvent, now: number): PlaybackOutcome | null {
    switch (event.type) {
      case 'response.output_item.added':
        if (event.item.type === 'message' && event.item.id) this.playback(event.response_id).itemId = event.item.id;
        return null;
      case 'response.output_audio_transcript.delta':
        this.playback(event.response_id).itemId ??= event.item_id;
        return null;
      case 'output_audio_buffer.started':
        this.playback(event.response_id).startedAt = now;
        return null;
      case 'output_audio_buffer.stopped':
        return this.end(event.response_id, now, 'finished');
      case 'output_audio_buffer.cleared':
        return this.end(event.response_id, now, 'cut');
      default:
        return null;
    }
  }

  reset(): void {
    this.byResponse.clear();
  }

  private end(responseId: string | undefined, now: number, kind: PlaybackOutcome['kind']): PlaybackOutcome | null {
    const id = responseId ?? this.latestPlaying();
    const playback = id ? this.byResponse.get(id) : undefined;
    if (!id || !playback) return null;
    this.byResponse.delete(id);
    if (playback.startedAt === null || !playback.itemId) return null;
    return { kind, itemId: playback.itemId, playedMs: Math.max(0, now - playback.startedAt) };
  }

  /** `output_audio_buffer.cleared` may come without a response id: it is the one playing. */
  private latestPlaying(): string | undefined {
    return [...this.byResponse].reverse().find(([, playback]) => playback.startedAt !== null)?.[0];
  }

  private playback(responseId: string): Playback {
    let playback = this.byResponse.get(responseId);
    if (!playback) {
      playback = { itemId: null, startedAt: null };
      this.byResponse.set(responseId, playback);
    }
    return playback;
  }
}

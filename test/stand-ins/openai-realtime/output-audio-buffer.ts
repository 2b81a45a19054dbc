import { FRAME_MS } from './opus-audio.ts';

type Json = Record<string, unknown>;

/** How the audio of one response ended: played out, cut by a clear (or barge-in), or the call went away. */
export type AudioEnd = 'stopped' | 'cleared' | 'closed';

export interface AudioOut {
  emit(event: Json): void;
  /** Sends one 20 ms Opus packet on the audio track; `startOfBurst` sets the RTP marker. */
  sendAudio(packet: Uint8Array, startOfBurst: boolean): void;
}

export interface SegmentWatcher {
  onStarted(): void;
  onPacketSent(sentMs: number): void;
  onEnded(end: AudioEnd): void;
}

/** The audio of one response inside the buffer: generated packets, of which `sent` have gone out. */
export class AudioSegment {
  /** Packets generated so far; only these can be sent. */
  available = 0;
  /** No more packets will be generated (the response is done or was cancelled). */
  final = false;
  sent = 0;
  state: 'queued' | 'playing' | 'ended' = 'queued';
  clockStart = 0;
  lastSentAt = 0;

  constructor(
    readonly responseId: string,
    readonly packets: readonly Uint8Array[],
    readonly watcher: SegmentWatcher,
  ) {}
}

/**
 * The server's output audio buffer of one WebRTC call, as the GA API has it: the model generates audio
 * faster than real time, the buffer plays it out one 20 ms RTP packet after another, one response after
 * the other. `output_audio_buffer.started` when a response's audio starts, `.stopped` when all of it has
 * played, `.cleared` when `clear()` cuts it off.
 */
export class OutputAudioBuffer {
  private readonly queue: AudioSegment[] = [];
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly out: AudioOut) {}

  /** The segment whose audio is on the wire now, if any. */
  get playing(): AudioSegment | null {
    const head = this.queue[0];
    return head?.state === 'playing' ? head : null;
  }

  add(responseId: string, packets: readonly Uint8Array[], watcher: SegmentWatcher): AudioSegment {
    const segment = new AudioSegment(responseId, packets, watcher);
    this.queue.push(segment);
    return segment;
  }

  /** `count` packets of the segment now exist; `final` when the response will generate no more. */
  generated(segment: AudioSegment, count: number, final: boolean): void {
    if (segment.state === 'ended') return;
    segment.available = Math.min(segment.packets.length, Math.max(segment.available, count));
    if (final) segment.final = true;
    this.pump();
  }

  /**
   * Cuts the audio off at once (`output_audio_buffer.clear`, or a barge-in) and drops what was queued.
   * Returns the segment that was playing, after sending `output_audio_buffer.cleared` for it.
   */
  clear(): AudioSegment | null {
    const playing = this.playing;
    for (const segment of this.queue.splice(0)) this.end(segment, 'cleared');
    this.stopTicker();
    if (playing) this.out.emit({ type: 'output_audio_buffer.cleared', response_id: playing.responseId });
    return playing;
  }

  /** The call is over: stop without a word. */
  dispose(): void {
    for (const segment of this.queue.splice(0)) this.end(segment, 'closed');
    this.stopTicker();
  }

  private pump(): void {
    const now = performance.now();
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      if (head.state === 'queued') {
        if (head.available === 0) {
          if (!head.final) break;
          this.queue.shift(); // cancelled before any audio existed: nothing to play
          this.end(head, 'stopped');
          continue;
        }
        head.state = 'playing';
        head.clockStart = now;
        this.out.emit({ type: 'output_audio_buffer.started', response_id: head.responseId });
        head.watcher.onStarted();
      }
      this.sendDue(head, now);
      if (head.sent < head.available || !head.final) break;
      // The last packet carries 20 ms of sound: the buffer is drained once that has played.
      if (now - head.lastSentAt < FRAME_MS) break;
      this.queue.shift();
      this.end(head, 'stopped');
      this.out.emit({ type: 'output_audio_buffer.stopped', response_id: head.responseId });
    }
    if (this.queue.length > 0 && !this.ticker) this.ticker = setInterval(() => this.pump(), FRAME_MS);
    if (this.queue.length === 0) this.stopTicker();
  }

  private sendDue(segment: AudioSegment, now: number): void {
    const due = Math.floor((now - segment.clockStart) / FRAME_MS) + 1;
    // After a stalled event loop send at most a few packets at once; the rest follow next tick.
    const until = Math.min(due, segment.available, segment.sent + 5);
    while (segment.sent < until) {
      this.out.sendAudio(segment.packets[segment.sent] as Uint8Array, segment.sent === 0);
      segment.sent++;
      segment.lastSentAt = now;
      segment.watcher.onPacketSent(segment.sent * FRAME_MS);
    }
    // Generation fell behind playback: the next packet goes out one frame after it arrives, not in a burst.
    if (segment.sent === segment.available && !segment.final) segment.clockStart = now - (segment.sent - 1) * FRAME_MS;
  }

  private end(segment: AudioSegment, how: AudioEnd): void {
    if (segment.state === 'ended') return;
    segment.state = 'ended';
    segment.watcher.onEnded(how);
  }

  private stopTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}

import { EnergyVad, vadSettingsFor, type VadEvent } from './energy-vad.ts';
import { rmsDbfs } from './opus-audio.ts';

/**
 * The server-side input buffer of one call. Over WebRTC the microphone track keeps streaming, so:
 * - push-to-talk (turn_detection null): everything since the last clear/commit is buffered;
 * - VAD on: only the speech in progress (with its prefix padding) is buffered, which is why a manual
 *   commit between turns finds an empty buffer, as on the real API.
 */
export class InputAudioBuffer {
  private vad: EnergyVad | null;
  private clockMs = 0;
  private bufferStartMs = 0;
  private speechStartMs: number | null = null;
  /** Total caller audio received, in ms. */
  totalMs = 0;

  constructor(turnDetection: Record<string, unknown> | null) {
    this.vad = turnDetection ? new EnergyVad(vadSettingsFor(turnDetection)) : null;
  }

  configure(turnDetection: Record<string, unknown> | null): void {
    if (!turnDetection) {
      this.vad = null;
      this.speechStartMs = null;
      return;
    }
    if (this.vad) this.vad.configure(vadSettingsFor(turnDetection));
    else this.vad = new EnergyVad(vadSettingsFor(turnDetection));
  }

  get vadOn(): boolean {
    return this.vad !== null;
  }

  /** Audio clock in ms, the timeline `audio_start_ms` / `audio_end_ms` refer to. */
  get audioClockMs(): number {
    return this.clockMs;
  }

  /** Milliseconds a commit right now would contain. */
  get bufferedMs(): number {
    if (this.vad) return this.speechStartMs === null ? 0 : this.clockMs - this.speechStartMs;
    return this.clockMs - this.bufferStartMs;
  }

  /** Feeds one decoded frame (48 kHz mono); returns a VAD event when speech starts or stops. */
  pushFrame(pcm: Int16Array, sampleRate: number): VadEvent | null {
    const frameMs = (pcm.length * 1000) / sampleRate;
    this.totalMs += frameMs;
    if (!this.vad) {
      this.clockMs += frameMs;
      return null;
    }
    const event = this.vad.push(rmsDbfs(pcm), frameMs);
    this.clockMs = this.vad.audioMs;
    if (event?.type === 'speech_started') this.speechStartMs = event.audioStartMs;
    if (event?.type === 'speech_stopped') this.speechStartMs = null;
    return event;
  }

  clear(): void {
    this.bufferStartMs = this.clockMs;
    this.speechStartMs = null;
    this.vad?.reset();
  }

  /** Empties the buffer and returns how much audio it held. */
  take(): number {
    const held = this.bufferedMs;
    this.clear();
    return held;
  }
}

/**
 * Turn detection from the caller's real audio: RMS energy per frame against a threshold, with the
 * server_vad knobs (prefix padding, silence duration). Pure: feed it frame levels, it returns events.
 */

export interface VadSettings {
  thresholdDbfs: number;
  prefixPaddingMs: number;
  silenceDurationMs: number;
  /** Loud audio must last this long before it counts as speech (filters clicks). */
  minSpeechMs: number;
}

export type VadEvent = { type: 'speech_started'; audioStartMs: number } | { type: 'speech_stopped'; audioEndMs: number };

const BASE_THRESHOLD_DBFS = -45;

/** Maps a session `turn_detection` object to VAD settings (semantic_vad behaves like server_vad). */
export function vadSettingsFor(turnDetection: Record<string, unknown>): VadSettings {
  const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  if (turnDetection.type === 'semantic_vad') {
    const eagerness = turnDetection.eagerness;
    const silence = eagerness === 'high' ? 300 : eagerness === 'low' ? 800 : 500;
    return { thresholdDbfs: BASE_THRESHOLD_DBFS, prefixPaddingMs: 300, silenceDurationMs: silence, minSpeechMs: 60 };
  }
  // threshold 0.5 (the default) is −45 dBFS; each 0.1 moves it 4 dB.
  const threshold = Math.min(1, Math.max(0, num(turnDetection.threshold, 0.5)));
  return {
    thresholdDbfs: BASE_THRESHOLD_DBFS + (threshold - 0.5) * 40,
    prefixPaddingMs: num(turnDetection.prefix_padding_ms, 300),
    silenceDurationMs: num(turnDetection.silence_duration_ms, 500),
    minSpeechMs: 60,
  };
}

export class EnergyVad {
  private settings: VadSettings;
  private timeMs = 0;
  private speaking = false;
  private loudRunMs = 0;
  private loudStartMs = 0;
  private quietRunMs = 0;

  constructor(settings: VadSettings) {
    this.settings = settings;
  }

  configure(settings: VadSettings): void {
    this.settings = settings;
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  /** Milliseconds of audio seen so far (the clock `audio_start_ms` / `audio_end_ms` are measured on). */
  get audioMs(): number {
    return this.timeMs;
  }

  /** Forgets any speech in progress (after a manual commit or clear); the audio clock keeps running. */
  reset(): void {
    this.speaking = false;
    this.loudRunMs = 0;
    this.quietRunMs = 0;
  }

  push(levelDbfs: number, frameMs: number): VadEvent | null {
    const frameStart = this.timeMs;
    this.timeMs += frameMs;
    const loud = levelDbfs >= this.settings.thresholdDbfs;
    if (!this.speaking) {
      if (!loud) {
        this.loudRunMs = 0;
        return null;
      }
      if (this.loudRunMs === 0) this.loudStartMs = frameStart;
      this.loudRunMs += frameMs;
      if (this.loudRunMs < this.settings.minSpeechMs) return null;
      this.speaking = true;
      this.quietRunMs = 0;
      return { type: 'speech_started', audioStartMs: Math.max(0, this.loudStartMs - this.settings.prefixPaddingMs) };
    }
    this.quietRunMs = loud ? 0 : this.quietRunMs + frameMs;
    if (this.quietRunMs < this.settings.silenceDurationMs) return null;
    this.speaking = false;
    this.loudRunMs = 0;
    return { type: 'speech_stopped', audioEndMs: this.timeMs };
  }
}

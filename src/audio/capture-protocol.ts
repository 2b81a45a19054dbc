// Messages between MicCapture (main thread) and the `persona-capture` worklet. Type-only on both sides.

export const CAPTURE_PROCESSOR_NAME = 'persona-capture';

/** Options passed once, as `processorOptions`, when the worklet node is created. */
export interface CaptureProcessorOptions {
  /** Whether audio passes at start (false for push-to-talk until the key is held). */
  gateOpen: boolean;
  muted: boolean;
  /** Duration of the gate's fade in and out; long enough to avoid clicks, short enough not to clip words. */
  rampMs: number;
  /** Upper bound on level messages per second. */
  reportsPerSecond: number;
}

export type CaptureCommand = { type: 'gate'; open: boolean } | { type: 'mute'; muted: boolean };

/** What the main thread learns about the microphone, at most ~30 times a second. */
export interface CaptureLevel {
  /** RMS of the mic over the report window, before the gate (the meter shows the mic even when gated). */
  rms: number;
  peak: number;
  dbfs: number;
  /** Smoothed 0..1 meter position (dB scale). */
  level: number;
  /** True when audio is being sent: gate open and not muted. */
  sending: boolean;
}

export type CaptureEvent = { type: 'level' } & CaptureLevel;

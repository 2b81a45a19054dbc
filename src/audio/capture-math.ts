// Pure audio maths shared by the capture worklet and the main thread.
// Nothing here touches the DOM or the AudioWorklet globals, so it runs (and is tested) in node.
// Every time-based quantity takes the sample rate as a parameter: devices run at 16 k, 44.1 k, 48 k or 96 k.

/** The quietest level reported; digital silence (−∞ dBFS) is clamped to this. */
export const DBFS_FLOOR = -100;

/** Meter scale: this level shows as an empty bar, 0 dBFS as a full one. */
export const METER_FLOOR_DBFS = -60;

export interface FrameLevel {
  /** Root mean square of the samples, 0..1 for in-range audio. */
  rms: number;
  /** Largest absolute sample, 0..1 after clamping. */
  peak: number;
  /** `rms` in dBFS, never below {@link DBFS_FLOOR}. */
  dbfs: number;
}

/** Limits a sample to [−1, 1]; NaN (a broken upstream node) becomes silence. */
export function clampSample(sample: number): number {
  if (Number.isNaN(sample)) return 0;
  if (sample > 1) return 1;
  if (sample < -1) return -1;
  return sample;
}

/** Converts a linear amplitude (RMS or peak) to dBFS, clamped to {@link DBFS_FLOOR}. */
export function amplitudeToDbfs(amplitude: number): number {
  if (!(amplitude > 0)) return DBFS_FLOOR;
  return Math.max(DBFS_FLOOR, 20 * Math.log10(amplitude));
}

/** RMS, peak and dBFS of one block of samples. Samples are clamped first, so a clipped input reads 0 dBFS. */
export function frameLevel(samples: Float32Array): FrameLevel {
  if (samples.length === 0) return { rms: 0, peak: 0, dbfs: DBFS_FLOOR };
  let sumOfSquares = 0;
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const sample = clampSample(samples[i] ?? 0);
    sumOfSquares += sample * sample;
    const magnitude = Math.abs(sample);
    if (magnitude > peak) peak = magnitude;
  }
  const rms = Math.sqrt(sumOfSquares / samples.length);
  return { rms, peak, dbfs: amplitudeToDbfs(rms) };
}

/** Duration of `frameCount` samples in milliseconds. */
export function framesToMs(frameCount: number, sampleRate: number): number {
  return (frameCount / sampleRate) * 1000;
}

/** Maps an RMS level to a 0..1 meter position on a dB scale (speech at about −30 dBFS sits near the middle). */
export function meterLevelFromRms(rms: number, floorDbfs = METER_FLOOR_DBFS): number {
  const dbfs = amplitudeToDbfs(rms);
  if (dbfs <= floorDbfs) return 0;
  return Math.min(1, (dbfs - floorDbfs) / -floorDbfs);
}

/**
 * One-pole smoothing with separate attack and release times, independent of the block size and the sample rate:
 * the meter rises quickly and falls slowly. Times are the 63 % time constants in milliseconds.
 */
export function smoothLevel(previous: number, next: number, elapsedMs: number, attackMs = 10, releaseMs = 300): number {
  const timeConstant = next > previous ? attackMs : releaseMs;
  if (timeConstant <= 0 || elapsedMs <= 0) return elapsedMs <= 0 ? previous : next;
  const coefficient = Math.exp(-elapsedMs / timeConstant);
  return next + (previous - next) * coefficient;
}

// ---------------------------------------------------------------------------------------------------------------
// Gate (mute / push-to-talk) without clicks

/** Moves `current` toward `target` by at most `step`. */
export function gainRamp(current: number, target: number, step: number): number {
  if (current < target) return Math.min(target, current + step);
  if (current > target) return Math.max(target, current - step);
  return current;
}

/** Per-sample gain step so that a full 0→1 ramp takes `rampMs` at `sampleRate` (at least one sample). */
export function gainStepFor(sampleRate: number, rampMs: number): number {
  const samples = Math.max(1, Math.round((rampMs / 1000) * sampleRate));
  return 1 / samples;
}

/**
 * Copies `input` to `output` through a gain that ramps sample by sample from `gain` toward `target`,
 * clamping every sample. Returns the gain after the last sample. `output` may be longer than `input`
 * (missing input is silence).
 */
export function applyGainRamp(
  input: Float32Array | undefined,
  output: Float32Array,
  gain: number,
  target: number,
  step: number,
): number {
  let current = gain;
  if (current === target && (target === 0 || input === undefined)) {
    output.fill(0);
    return current;
  }
  for (let i = 0; i < output.length; i++) {
    current = gainRamp(current, target, step);
    output[i] = clampSample((input?.[i] ?? 0) * current);
  }
  return current;
}

// ---------------------------------------------------------------------------------------------------------------
// Level reports, throttled to a few tens per second whatever the block size and rate

/** Samples between two level reports so that at most `reportsPerSecond` are sent. */
export function reportIntervalFrames(sampleRate: number, reportsPerSecond = 30): number {
  return Math.max(1, Math.ceil(sampleRate / reportsPerSecond));
}

/** Accumulates RMS and peak over a report window made of several blocks. */
export class LevelWindow {
  private sumOfSquares = 0;
  private peak = 0;
  private frames = 0;

  constructor(readonly intervalFrames: number) {}

  /** Adds a block; returns true once the window holds at least `intervalFrames` samples. */
  add(samples: Float32Array): boolean {
    for (let i = 0; i < samples.length; i++) {
      const sample = clampSample(samples[i] ?? 0);
      this.sumOfSquares += sample * sample;
      const magnitude = Math.abs(sample);
      if (magnitude > this.peak) this.peak = magnitude;
    }
    this.frames += samples.length;
    return this.frames >= this.intervalFrames;
  }

  get frameCount(): number {
    return this.frames;
  }

  /** Level of everything added since the last take, then starts a new window. */
  take(): FrameLevel {
    const rms = this.frames > 0 ? Math.sqrt(this.sumOfSquares / this.frames) : 0;
    const level: FrameLevel = { rms, peak: this.peak, dbfs: amplitudeToDbfs(rms) };
    this.sumOfSquares = 0;
    this.peak = 0;
    this.frames = 0;
    return level;
  }
}

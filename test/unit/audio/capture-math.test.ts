import { describe, expect, it } from 'vitest';
import {
  DBFS_FLOOR,
  LevelWindow,
  amplitudeToDbfs,
  applyGainRamp,
  clampSample,
  frameLevel,
  gainRamp,
  gainStepFor,
  meterLevelFromRms,
  reportIntervalFrames,
  smoothLevel,
} from '../../../src/audio/capture-math.ts';

const RATES = [16_000, 44_100, 48_000, 96_000];

function sine(sampleRate: number, seconds: number, amplitude: number, frequency = 1000): Float32Array {
  const samples = new Float32Array(Math.round(sampleRate * seconds));
  for (let i = 0; i < samples.length; i++) samples[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate);
  return samples;
}

describe('frameLevel', () => {
  it.each(RATES)('gives A/√2 RMS, A peak and the matching dBFS for a sine at %i Hz', (rate) => {
    // 1 s of 1 kHz is a whole number of periods at every rate.
    const level = frameLevel(sine(rate, 1, 0.5));
    expect(level.rms).toBeCloseTo(0.5 / Math.SQRT2, 4);
    expect(level.peak).toBeGreaterThan(0.499);
    expect(level.peak).toBeLessThanOrEqual(0.5);
    expect(level.dbfs).toBeCloseTo(20 * Math.log10(0.5 / Math.SQRT2), 2); // −9.03 dBFS
  });

  it('reads a full-scale square wave as 0 dBFS', () => {
    const square = Float32Array.from({ length: 480 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    expect(frameLevel(square)).toEqual({ rms: 1, peak: 1, dbfs: 0 });
  });

  it('reports silence and empty input at the floor, not −Infinity', () => {
    expect(frameLevel(new Float32Array(128))).toEqual({ rms: 0, peak: 0, dbfs: DBFS_FLOOR });
    expect(frameLevel(new Float32Array(0)).dbfs).toBe(DBFS_FLOOR);
    expect(amplitudeToDbfs(1e-9)).toBe(DBFS_FLOOR);
  });

  it('clamps out-of-range and NaN samples before measuring', () => {
    const level = frameLevel(Float32Array.from([4, -4, Number.NaN, 0]));
    expect(level.peak).toBe(1);
    expect(level.rms).toBeCloseTo(Math.sqrt(2 / 4), 6);
  });
});

describe('clampSample', () => {
  it('limits to [−1, 1] and turns NaN into silence', () => {
    expect(clampSample(1.5)).toBe(1);
    expect(clampSample(-1.5)).toBe(-1);
    expect(clampSample(0.25)).toBe(0.25);
    expect(clampSample(Number.NaN)).toBe(0);
    expect(clampSample(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('meterLevelFromRms', () => {
  it('maps −60..0 dBFS to 0..1 on a dB scale', () => {
    expect(meterLevelFromRms(0)).toBe(0);
    expect(meterLevelFromRms(0.001)).toBe(0); // −60 dBFS
    expect(meterLevelFromRms(1)).toBe(1);
    expect(meterLevelFromRms(10 ** (-30 / 20))).toBeCloseTo(0.5, 6);
  });
});

describe('smoothLevel', () => {
  it('rises fast and falls slowly, by elapsed time rather than by call count', () => {
    const up = smoothLevel(0, 1, 33);
    const down = smoothLevel(1, 0, 33);
    expect(up).toBeGreaterThan(0.9);
    expect(down).toBeGreaterThan(0.85);
    // Two 16.5 ms steps equal one 33 ms step.
    expect(smoothLevel(smoothLevel(1, 0, 16.5), 0, 16.5)).toBeCloseTo(down, 10);
    expect(smoothLevel(0.4, 0.9, 0)).toBe(0.4);
  });
});

describe('gain ramp', () => {
  it('moves toward the target by at most one step and stops there', () => {
    expect(gainRamp(0, 1, 0.3)).toBeCloseTo(0.3);
    expect(gainRamp(0.9, 1, 0.3)).toBe(1);
    expect(gainRamp(0.2, 0, 0.3)).toBe(0);
    expect(gainRamp(0.5, 0.5, 0.3)).toBe(0.5);
  });

  it.each(RATES)('fades a full-scale signal in and out over ~10 ms with no jump larger than a step at %i Hz', (rate) => {
    const step = gainStepFor(rate, 10);
    const rampSamples = Math.round(0.01 * rate);
    expect(step).toBeCloseTo(1 / rampSamples, 12);
    const input = new Float32Array(128).fill(1);
    const sent: number[] = [];
    let gain = 0;
    const blocks = Math.ceil((2 * rampSamples) / 128) + 2;
    for (let b = 0; b < blocks; b++) {
      const output = new Float32Array(128);
      gain = applyGainRamp(input, output, gain, 1, step);
      sent.push(...output);
    }
    for (let b = 0; b < blocks; b++) {
      const output = new Float32Array(128);
      gain = applyGainRamp(input, output, gain, 0, step);
      sent.push(...output);
    }
    let largestJump = 0;
    for (let i = 1; i < sent.length; i++) largestJump = Math.max(largestJump, Math.abs(sent[i]! - sent[i - 1]!));
    expect(largestJump).toBeLessThanOrEqual(step + 1e-6);
    expect(sent.indexOf(1)).toBe(rampSamples - 1); // full gain reached after rampMs
    expect(sent.at(-1)).toBe(0);
  });

  it('outputs silence when closed and copies (clamped) when open', () => {
    const output = new Float32Array(4).fill(9);
    expect(applyGainRamp(Float32Array.from([0.5, 0.5, 0.5, 0.5]), output, 0, 0, 0.1)).toBe(0);
    expect([...output]).toEqual([0, 0, 0, 0]);
    applyGainRamp(Float32Array.from([0.5, 2, -2, 0.25]), output, 1, 1, 0.1);
    expect([...output]).toEqual([0.5, 1, -1, 0.25]);
  });

  it('treats missing input as silence', () => {
    const output = new Float32Array(4).fill(9);
    applyGainRamp(undefined, output, 0.5, 1, 0.1);
    expect([...output]).toEqual([0, 0, 0, 0]);
  });
});

describe('level reports', () => {
  it.each(RATES)('allow at most 30 reports a second at %i Hz', (rate) => {
    const interval = reportIntervalFrames(rate, 30);
    expect(rate / interval).toBeLessThanOrEqual(30);
    expect(rate / interval).toBeGreaterThan(29);
  });

  it('LevelWindow averages power over several blocks and keeps the peak', () => {
    const window = new LevelWindow(256);
    expect(window.add(new Float32Array(128).fill(0.5))).toBe(false);
    expect(window.add(Float32Array.from({ length: 128 }, (_, i) => (i === 3 ? -0.9 : 0)))).toBe(true);
    const level = window.take();
    expect(level.rms).toBeCloseTo(Math.sqrt((128 * 0.25 + 0.81) / 256), 6);
    expect(level.peak).toBeCloseTo(0.9, 6);
    expect(window.frameCount).toBe(0);
    expect(window.take().dbfs).toBe(DBFS_FLOOR);
  });
});

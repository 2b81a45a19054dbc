import { describe, expect, it } from 'vitest';
import { CaptureEngine } from '../../../src/audio/capture-engine.ts';
import type { CaptureEvent } from '../../../src/audio/capture-protocol.ts';

const RATES = [16_000, 44_100, 48_000, 96_000];

/** Runs `seconds` of a 440 Hz sine through the engine in 128-frame quanta. */
function run(engine: CaptureEngine, seconds: number, amplitude: number) {
  const rate = engine.sampleRate;
  const total = Math.round(seconds * rate);
  const events: CaptureEvent[] = [];
  const sent = new Float32Array(total);
  for (let offset = 0; offset < total; offset += 128) {
    const length = Math.min(128, total - offset);
    const input = Float32Array.from({ length }, (_, i) => amplitude * Math.sin((2 * Math.PI * 440 * (offset + i)) / rate));
    const output = new Float32Array(length);
    const event = engine.process(input, output);
    if (event) events.push(event);
    sent.set(output, offset);
  }
  return { events, sent };
}

function peakOf(samples: Float32Array): number {
  return samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
}

describe('CaptureEngine', () => {
  it.each(RATES)('reports 25–30 times a second, not once per quantum, at %i Hz', (rate) => {
    const { events } = run(new CaptureEngine(rate), 2, 0.3);
    expect(events.length).toBeGreaterThanOrEqual(48);
    expect(events.length).toBeLessThanOrEqual(60);
  });

  it.each(RATES)('passes audio through when open and measures it at %i Hz', (rate) => {
    const { events, sent } = run(new CaptureEngine(rate), 0.5, 0.3);
    const last = events.at(-1)!;
    expect(last.rms).toBeCloseTo(0.3 / Math.SQRT2, 2);
    expect(last.peak).toBeGreaterThan(0.29);
    expect(last.sending).toBe(true);
    expect(last.level).toBeGreaterThan(0.7);
    expect(peakOf(sent.subarray(Math.round(0.1 * rate)))).toBeGreaterThan(0.29);
  });

  it.each(RATES)('push-to-talk released: sends silence, still meters the mic at %i Hz', (rate) => {
    const engine = new CaptureEngine(rate, { gateOpen: false });
    const { events, sent } = run(engine, 0.5, 0.3);
    expect(peakOf(sent)).toBe(0);
    const last = events.at(-1)!;
    expect(last.rms).toBeGreaterThan(0.2); // "you are talking but PTT isn't held"
    expect(last.sending).toBe(false);
  });

  it('muting wins over an open gate', () => {
    const engine = new CaptureEngine(48_000);
    engine.handle({ type: 'mute', muted: true });
    const { sent, events } = run(engine, 0.2, 0.5);
    // Only the first ~10 ms fade-out may carry sound.
    expect(peakOf(sent.subarray(480))).toBe(0);
    expect(events.at(-1)!.sending).toBe(false);
    engine.handle({ type: 'mute', muted: false });
    expect(peakOf(run(engine, 0.1, 0.5).sent.subarray(480))).toBeGreaterThan(0.49);
  });

  it('fades in on press and out on release without a click', () => {
    const rate = 44_100;
    const engine = new CaptureEngine(rate, { gateOpen: false, rampMs: 10 });
    const constant = new Float32Array(128).fill(0.8);
    const sent: number[] = [];
    const push = (blocks: number) => {
      for (let i = 0; i < blocks; i++) {
        const output = new Float32Array(128);
        engine.process(constant, output);
        sent.push(...output);
      }
    };
    push(3);
    engine.handle({ type: 'gate', open: true });
    push(10);
    engine.handle({ type: 'gate', open: false });
    push(10);
    const step = 0.8 / Math.round(0.01 * rate);
    for (let i = 1; i < sent.length; i++) expect(Math.abs(sent[i]! - sent[i - 1]!)).toBeLessThanOrEqual(step + 1e-6);
    expect(Math.max(...sent)).toBeCloseTo(0.8, 6);
    expect(sent.at(-1)).toBe(0);
  });

  it('copes with a quantum without input (disconnected source)', () => {
    const engine = new CaptureEngine(48_000);
    const output = new Float32Array(128).fill(1);
    expect(() => engine.process(undefined, output)).not.toThrow();
    expect(peakOf(output)).toBe(0);
  });
});

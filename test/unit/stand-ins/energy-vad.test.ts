import { describe, expect, it } from 'vitest';
import { EnergyVad, vadSettingsFor, type VadEvent } from '../../stand-ins/openai-realtime/energy-vad.ts';
import { InputAudioBuffer } from '../../stand-ins/openai-realtime/input-audio-buffer.ts';
import { rmsDbfs } from '../../stand-ins/openai-realtime/opus-audio.ts';

const RATE = 48_000;
const FRAME = 960;

/** 20 ms frames: a 300 Hz tone at `amplitude` (0..1), or low noise when amplitude is 0. */
function frames(ms: number, amplitude: number, seed = 1): Int16Array[] {
  const out: Int16Array[] = [];
  let noise = seed;
  for (let f = 0; f < ms / 20; f++) {
    const frame = new Int16Array(FRAME);
    for (let i = 0; i < FRAME; i++) {
      noise = (noise * 1103515245 + 12345) & 0x7fffffff;
      const hiss = ((noise / 0x7fffffff) - 0.5) * 20; // about −70 dBFS of room noise
      frame[i] = Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * 300 * (f * FRAME + i)) / RATE) + hiss);
    }
    out.push(frame);
  }
  return out;
}

function run(vad: EnergyVad, pcm: Int16Array[]): VadEvent[] {
  const events: VadEvent[] = [];
  for (const frame of pcm) {
    const event = vad.push(rmsDbfs(frame), 20);
    if (event) events.push(event);
  }
  return events;
}

describe('rmsDbfs', () => {
  it('measures a full-scale sine at about −3 dBFS and silence at −Infinity', () => {
    expect(rmsDbfs(frames(20, 1)[0] as Int16Array)).toBeCloseTo(-3, 0);
    expect(rmsDbfs(new Int16Array(FRAME))).toBe(-Infinity);
  });
});

describe('EnergyVad', () => {
  const settings = vadSettingsFor({ type: 'server_vad', prefix_padding_ms: 300, silence_duration_ms: 500 });

  it('finds one turn in silence → speech → silence, with padding and silence included', () => {
    const vad = new EnergyVad(settings);
    const events = run(vad, [...frames(1000, 0), ...frames(1200, 0.1), ...frames(1000, 0)]);
    expect(events).toEqual([
      { type: 'speech_started', audioStartMs: 700 }, // onset 1000 − 300 ms prefix padding
      { type: 'speech_stopped', audioEndMs: 2700 }, // speech ends at 2200 + 500 ms of silence
    ]);
  });

  it('keeps one turn across pauses shorter than silence_duration_ms', () => {
    const vad = new EnergyVad(settings);
    const events = run(vad, [...frames(400, 0.1), ...frames(300, 0), ...frames(400, 0.1), ...frames(800, 0)]);
    expect(events.map((e) => e.type)).toEqual(['speech_started', 'speech_stopped']);
  });

  it('ignores clicks and quiet noise', () => {
    const vad = new EnergyVad(settings);
    expect(run(vad, [...frames(500, 0), ...frames(40, 0.5), ...frames(500, 0), ...frames(1000, 0.002)])).toEqual([]);
  });

  it('maps threshold to level and treats semantic_vad like server_vad with 500 ms silence', () => {
    expect(vadSettingsFor({ type: 'server_vad' }).thresholdDbfs).toBe(-45);
    expect(vadSettingsFor({ type: 'server_vad', threshold: 0.9 }).thresholdDbfs).toBeGreaterThan(-45);
    expect(vadSettingsFor({ type: 'semantic_vad' }).silenceDurationMs).toBe(500);
  });
});

describe('InputAudioBuffer', () => {
  it('push-to-talk buffers everything since the last clear', () => {
    const buffer = new InputAudioBuffer(null);
    for (const frame of frames(400, 0)) buffer.pushFrame(frame, RATE);
    buffer.clear();
    for (const frame of frames(60, 0)) buffer.pushFrame(frame, RATE);
    expect(buffer.bufferedMs).toBe(60);
    expect(buffer.take()).toBe(60);
    expect(buffer.bufferedMs).toBe(0);
  });

  it('with VAD on holds only the speech in progress', () => {
    const buffer = new InputAudioBuffer({ type: 'server_vad', prefix_padding_ms: 300, silence_duration_ms: 500 });
    for (const frame of frames(1000, 0)) buffer.pushFrame(frame, RATE);
    expect(buffer.bufferedMs).toBe(0);
    for (const frame of frames(400, 0.1)) buffer.pushFrame(frame, RATE);
    expect(buffer.bufferedMs).toBe(700); // 400 ms of speech + 300 ms padding
    expect(buffer.totalMs).toBe(1400);
  });
});

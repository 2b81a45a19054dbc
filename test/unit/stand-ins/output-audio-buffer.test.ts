import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputAudioBuffer, type AudioEnd } from '../../stand-ins/openai-realtime/output-audio-buffer.ts';

const packets = (n: number) => Array.from({ length: n }, (_, i) => Uint8Array.of(i));

function harness() {
  const log: string[] = [];
  const sent: number[] = [];
  const ends: Record<string, AudioEnd> = {};
  const buffer = new OutputAudioBuffer({
    emit: (event) => log.push(`${String(event.type)} ${String(event.response_id)}`),
    sendAudio: (packet, startOfBurst) => {
      sent.push(packet[0] as number);
      if (startOfBurst) log.push(`burst ${packet[0]}`);
    },
  });
  const watch = (id: string) => ({ onStarted: () => undefined, onPacketSent: () => undefined, onEnded: (end: AudioEnd) => void (ends[id] = end) });
  return { buffer, log, sent, ends, watch };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the output audio buffer', () => {
  it('plays generated audio one 20 ms packet at a time and reports stopped after the last one has played', () => {
    const { buffer, log, sent, ends, watch } = harness();
    const segment = buffer.add('resp_a', packets(10), watch('resp_a'));
    buffer.generated(segment, 10, true); // generated all at once, far faster than real time
    expect(log).toEqual(['output_audio_buffer.started resp_a', 'burst 0']);
    expect(sent).toEqual([0]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(6);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.at(-1)).toBe('output_audio_buffer.stopped resp_a');
    expect(ends.resp_a).toBe('stopped');
  });

  it('cannot play audio that is not generated yet, and does not burst when generation catches up', () => {
    const { buffer, sent, log, watch } = harness();
    const segment = buffer.add('resp_a', packets(10), watch('resp_a'));
    buffer.generated(segment, 2, false);
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([0, 1]);
    buffer.generated(segment, 10, false);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(20);
    expect(sent).toHaveLength(3);
    vi.advanceTimersByTime(400);
    expect(sent).toHaveLength(10);
    expect(log).not.toContain('output_audio_buffer.stopped resp_a'); // not final: more may come
  });

  it('clear cuts the audio at once and drops what was queued behind it', () => {
    const { buffer, log, sent, ends, watch } = harness();
    const a = buffer.add('resp_a', packets(50), watch('resp_a'));
    buffer.generated(a, 50, true);
    const b = buffer.add('resp_b', packets(50), watch('resp_b'));
    buffer.generated(b, 50, true);
    vi.advanceTimersByTime(200);
    expect(buffer.clear()).toBe(a);
    const count = sent.length;
    vi.advanceTimersByTime(2000);
    expect(sent).toHaveLength(count);
    expect(count).toBe(11);
    expect(log.at(-1)).toBe('output_audio_buffer.cleared resp_a');
    expect(ends).toEqual({ resp_a: 'cleared', resp_b: 'cleared' });
    expect(buffer.clear()).toBeNull();
  });

  it('plays a second response after the first has finished, each with its own started and stopped', () => {
    const { buffer, log, watch } = harness();
    const a = buffer.add('resp_a', packets(3), watch('resp_a'));
    buffer.generated(a, 3, true);
    const b = buffer.add('resp_b', packets(3), watch('resp_b'));
    buffer.generated(b, 3, true);
    vi.advanceTimersByTime(200);
    expect(log).toEqual([
      'output_audio_buffer.started resp_a', 'burst 0', 'output_audio_buffer.stopped resp_a',
      'output_audio_buffer.started resp_b', 'burst 0', 'output_audio_buffer.stopped resp_b',
    ]);
  });
});

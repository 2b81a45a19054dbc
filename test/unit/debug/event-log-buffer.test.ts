import { describe, expect, it } from 'vitest';
import { EventLogBuffer } from '../../../src/debug/event-log-buffer';
import type { TappedEvent } from '../../../src/call/event-tap';
import { clientTapped, serverTapped } from './tapped-events';

function manualFrames() {
  const pending: (() => void)[] = [];
  return {
    schedule: (flush: () => void) => void pending.push(flush),
    runFrame: () => pending.splice(0).forEach((flush) => flush()),
    get pending() {
      return pending.length;
    },
  };
}

const ev = (type: string, atMs = 0, extra: Record<string, unknown> = {}): TappedEvent => serverTapped(atMs, { type, ...extra });

describe('EventLogBuffer', () => {
  it('keeps only the newest entries once full, oldest first, with monotonic seq', () => {
    const buffer = new EventLogBuffer(3, manualFrames().schedule);
    for (let i = 0; i < 5; i++) buffer.push(ev(`t${i}`, i));
    expect(buffer.length).toBe(3);
    expect(buffer.entries().map((e) => e.type)).toEqual(['t2', 't3', 't4']);
    expect(buffer.entries().map((e) => e.seq)).toEqual([3, 4, 5]);
  });

  it('notifies listeners at most once per frame however many events arrive', () => {
    const frames = manualFrames();
    const buffer = new EventLogBuffer(100, frames.schedule);
    let calls = 0;
    buffer.subscribe(() => calls++);
    for (let i = 0; i < 50; i++) buffer.push(ev('x'));
    expect(frames.pending).toBe(1);
    expect(calls).toBe(0);
    const before = buffer.getVersion();
    frames.runFrame();
    expect(calls).toBe(1);
    expect(buffer.getVersion()).toBe(before + 1);
  });

  it('schedules nothing while nobody listens, and publishes the backlog on subscribe', () => {
    const frames = manualFrames();
    const buffer = new EventLogBuffer(100, frames.schedule);
    buffer.push(ev('a'));
    expect(frames.pending).toBe(0);
    let calls = 0;
    buffer.subscribe(() => calls++);
    frames.runFrame();
    expect(calls).toBe(1);
    expect(buffer.entries()).toHaveLength(1);
  });

  it('returns the same entries array until the log changes', () => {
    const buffer = new EventLogBuffer(10, manualFrames().schedule);
    buffer.push(ev('a'));
    const first = buffer.entries();
    expect(buffer.entries()).toBe(first);
    buffer.push(ev('b'));
    expect(buffer.entries()).not.toBe(first);
    buffer.clear();
    expect(buffer.entries()).toEqual([]);
  });

  it('does not hold base64 audio payloads', () => {
    const buffer = new EventLogBuffer(10, manualFrames().schedule);
    const audio = 'A'.repeat(10_000);
    buffer.push(ev('response.output_audio.delta', 0, { delta: audio, response_id: 'r1' }));
    buffer.push(clientTapped(1, { type: 'input_audio_buffer.append', audio }));
    const [out, append] = buffer.entries();
    expect(out?.event).toMatchObject({ delta: '<audio base64, 10000 chars>', response_id: 'r1' });
    expect(out?.direction === 'server' && out.parsed).toMatchObject({ delta: '<audio base64, 10000 chars>', response_id: 'r1' });
    expect(append?.event).toMatchObject({ audio: '<audio base64, 10000 chars>' });
    expect(JSON.stringify(buffer.entries())).not.toContain('AAAA');
  });
});

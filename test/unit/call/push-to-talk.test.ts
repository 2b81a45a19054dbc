import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_PUSH_TO_TALK_MS, PUSH_TO_TALK_TAIL_MS, PushToTalkGuard } from '../../../src/call/push-to-talk.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function guardWithClock() {
  let now = 1_000;
  let commits = 0;
  const guard = new PushToTalkGuard(() => commits++, () => now);
  return { guard, advance: (ms: number) => (now += ms), commits: () => commits };
}

describe('PushToTalkGuard', () => {
  it('commits a press long enough to hold at least 100 ms of audio, once the tail has been sent', () => {
    const { guard, advance, commits } = guardWithClock();
    expect(guard.press()).toBe(true);
    advance(MIN_PUSH_TO_TALK_MS);
    expect(guard.release()).toEqual({ action: 'commit', heldMs: MIN_PUSH_TO_TALK_MS });
    expect(MIN_PUSH_TO_TALK_MS).toBeGreaterThanOrEqual(100);
    vi.advanceTimersByTime(PUSH_TO_TALK_TAIL_MS - 1);
    expect(commits()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(commits()).toBe(1);
  });

  it('discards a too-short press instead of committing it', () => {
    const { guard, advance, commits } = guardWithClock();
    guard.press();
    advance(60);
    expect(guard.release()).toEqual({ action: 'discard', heldMs: 60 });
    vi.advanceTimersByTime(1_000);
    expect(commits()).toBe(0);
  });

  it('a new press during the tail commits the earlier turn first; cancel drops it', () => {
    const { guard, advance, commits } = guardWithClock();
    guard.press();
    advance(500);
    guard.release();
    guard.press();
    expect(commits()).toBe(1);
    advance(500);
    guard.release();
    guard.cancel();
    vi.advanceTimersByTime(1_000);
    expect(commits()).toBe(1);
  });

  it('ignores key repeat and a release without a press', () => {
    const { guard } = guardWithClock();
    expect(guard.release()).toEqual({ action: 'none' });
    expect(guard.press()).toBe(true);
    expect(guard.press()).toBe(false);
    expect(guard.isHeld).toBe(true);
  });
});

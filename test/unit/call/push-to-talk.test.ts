import { describe, expect, it } from 'vitest';
import { MIN_PUSH_TO_TALK_MS, PushToTalkGuard } from '../../../src/call/push-to-talk.ts';

describe('PushToTalkGuard', () => {
  const clock = () => {
    let now = 1_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('commits a press long enough to hold at least 100 ms of audio, with margin', () => {
    const time = clock();
    const guard = new PushToTalkGuard(time.now);
    expect(guard.press()).toBe(true);
    time.advance(MIN_PUSH_TO_TALK_MS);
    expect(guard.release()).toEqual({ action: 'commit', heldMs: MIN_PUSH_TO_TALK_MS });
    expect(MIN_PUSH_TO_TALK_MS).toBeGreaterThanOrEqual(100);
  });

  it('discards a too-short press instead of committing it', () => {
    const time = clock();
    const guard = new PushToTalkGuard(time.now);
    guard.press();
    time.advance(60);
    expect(guard.release()).toEqual({ action: 'discard', heldMs: 60 });
  });

  it('ignores key repeat and a release without a press', () => {
    const guard = new PushToTalkGuard(clock().now);
    expect(guard.release()).toEqual({ action: 'none' });
    expect(guard.press()).toBe(true);
    expect(guard.press()).toBe(false);
    guard.cancel();
    expect(guard.isHeld).toBe(false);
    expect(guard.release()).toEqual({ action: 'none' });
  });
});

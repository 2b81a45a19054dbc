import { describe, expect, it } from 'vitest';
import { heardPart, SpeakingRate } from '../../../src/call/heard-estimate.ts';

describe('what was heard of a cut-off reply', () => {
  it('cuts at the last finished word', () => {
    expect(heardPart('Tell me about a project you are proud of.', 1_000, 14)).toBe('Tell me about');
    expect(heardPart('Tell me about a project you are proud of.', 1_100, 14)).toBe('Tell me about a');
    expect(heardPart('Tell me about a project.', 60_000, 14)).toBe('Tell me about a project.');
    expect(heardPart('Tell me.', 0, 14)).toBe('');
  });

  it('cuts Korean by syllables, keeping whole words', () => {
    expect(heardPart('어서 오세요. 오늘 생선 싱싱해요.', 1_000, 6)).toBe('어서');
  });

  it('uses a typical rate for the language until a reply has played out, then this persona’s own', () => {
    const rate = new SpeakingRate('ko-KR');
    expect(rate.charsPerSecond()).toBe(6);
    rate.learn('short', 400);
    expect(rate.charsPerSecond()).toBe(6);
    rate.learn('a'.repeat(30), 2_000);
    expect(rate.charsPerSecond()).toBe(15);
    expect(new SpeakingRate('fr').charsPerSecond()).toBe(12);
  });
});

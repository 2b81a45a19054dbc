import { describe, expect, it } from 'vitest';
import { estimateCostUsd, priceForModel, ZERO_TOKENS } from '../../../src/debug/pricing';

describe('pricing', () => {
  it('finds a model by id or dated snapshot, and nothing for an unknown model', () => {
    expect(priceForModel('gpt-realtime-1.5')?.audioOut).toBe(64);
    expect(priceForModel('gpt-realtime-2025-08-28')).toBe(priceForModel('gpt-realtime'));
    expect(priceForModel('gpt-imaginary-realtime')).toBeNull();
    expect(priceForModel(null)).toBeNull();
  });

  it('prices cached input at the cached rate', () => {
    const tokens = { ...ZERO_TOKENS, inputText: 1_000_000, cachedText: 500_000, inputAudio: 1_000_000, outputAudio: 1_000_000 };
    // 0.5M text × $4 + 0.5M cached × $0.40 + 1M audio × $32 + 1M audio out × $64
    expect(estimateCostUsd(tokens, priceForModel('gpt-realtime-1.5'))).toBeCloseTo(2 + 0.2 + 32 + 64, 6);
  });

  it('says unknown instead of a wrong number', () => {
    expect(estimateCostUsd({ ...ZERO_TOKENS, inputText: 10 }, priceForModel('nope'))).toBeNull();
    expect(estimateCostUsd({ ...ZERO_TOKENS, inputImage: 10 }, priceForModel('gpt-realtime-mini'))).toBeNull();
  });
});

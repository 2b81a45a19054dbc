import { describe, expect, it } from 'vitest';
import { REALTIME_VOICES, VOICE_DESCRIPTIONS } from '../../../src/persona/voices.ts';

describe('persona voices', () => {
  it('each have a description for Gemini and the voice select', () => {
    for (const voice of REALTIME_VOICES) expect(VOICE_DESCRIPTIONS[voice]).toMatch(/\w/);
  });
});

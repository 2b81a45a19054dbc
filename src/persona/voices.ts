/**
 * Voices the GA Realtime API accepts. A copy of `REALTIME_VOICES` in server-token/contract.ts, because the SPA may
 * not import server code at run time; test/unit/persona/voices.test.ts keeps the two lists equal.
 */
export const REALTIME_VOICES = [
  'alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar',
] as const;
export type RealtimeVoice = (typeof REALTIME_VOICES)[number];

/** How each voice sounds, so Gemini (and the user) can pick a fitting one. */
export const VOICE_DESCRIPTIONS: Record<RealtimeVoice, string> = {
  alloy: 'neutral, even',
  ash: 'male, clear and direct',
  ballad: 'male, soft and expressive',
  coral: 'female, bright and friendly',
  echo: 'male, calm and warm',
  sage: 'female, calm and measured',
  shimmer: 'female, light and energetic',
  verse: 'male, lively and expressive',
  marin: 'female, natural and warm',
  cedar: 'male, natural and grounded',
};

export function isRealtimeVoice(value: unknown): value is RealtimeVoice {
  return typeof value === 'string' && (REALTIME_VOICES as readonly string[]).includes(value);
}

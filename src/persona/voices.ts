import { REALTIME_VOICES, isRealtimeVoice, type RealtimeVoice } from '../../server-token/contract';

export { REALTIME_VOICES, isRealtimeVoice, type RealtimeVoice };

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

/** Voices the GA Realtime API accepts (openai package `VoiceIdsShared`, custom voices excluded). */
export const REALTIME_VOICES = [
  'alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar',
] as const;
export type RealtimeVoice = (typeof REALTIME_VOICES)[number];

export function isRealtimeVoice(value: unknown): value is RealtimeVoice {
  return typeof value === 'string' && (REALTIME_VOICES as readonly string[]).includes(value);
}

/** Passing hints that are not errors, by code; the call state holds the code, the UI says the words. */
export const CALL_NOTICES = {
  push_to_talk_too_short: 'That press was too short. Hold the button (or Space) while you speak.',
} as const;

export type CallNotice = keyof typeof CALL_NOTICES;

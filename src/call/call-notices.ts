/** Passing hints that are not errors; the call state holds the code, the UI says the words (call-messages.ts). */
export type CallNotice = 'push_to_talk_too_short';

/**
 * The page's one shape for "what went wrong": every failure the user can meet (a call, Gemini, the token
 * server) is told as a code, a message and what fixes it. Each area extends it with what it needs to act.
 */
export interface Problem {
  /** Stable code: the token server's, the Realtime API's or Gemini's where there is one. */
  code: string;
  /** What happened, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The service's own words, for testers. Never contains a key. */
  detail?: string;
}

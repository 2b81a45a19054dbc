import type { Problem } from '../errors/problem';

/** A failure a call met, and what the call does about it. */
export interface CallProblem extends Problem {
  /** A fatal problem ends the call at its first occurrence instead of failing every turn. */
  fatal: boolean;
  /** Offer a reconnect button (the transcript is kept). */
  canReconnect?: boolean;
}

/** One catalogue line: the message may use the service's own words (`detail`) when it has nothing better. */
export interface ProblemEntry {
  message: string | ((detail: string) => string);
  fix: string;
  fatal: boolean;
  canReconnect?: boolean;
}

import type { Problem } from '../errors/problem';
import type { ProblemParams } from './problem-messages';

/** What a failure does to the call. */
export interface ProblemPolicy {
  /** A fatal problem ends the call at its first occurrence instead of failing every turn. */
  fatal: boolean;
  /** Offer a reconnect button (the transcript is kept). */
  canReconnect?: boolean;
}

/** A failure a call met. `message` and `fix` are in the page's language when it was met; the UI re-says them from `params`. */
export interface CallProblem extends Problem, ProblemPolicy {
  params: ProblemParams;
}

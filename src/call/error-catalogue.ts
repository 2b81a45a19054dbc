import type { CallProblem, ProblemEntry } from './call-problem';
import { PAGE_PROBLEMS } from './page-problems';
import { REALTIME_PROBLEMS } from './realtime-problems';
import { TOKEN_SERVER_PROBLEMS } from './server-problems';

export type { CallProblem };

/**
 * Every failure a call can meet, by code: what the user is told, what fixes it, and whether the call can go on.
 * The UI and the tests both read it, so a message is written once.
 */
const CATALOGUE: Readonly<Record<string, ProblemEntry>> = { ...TOKEN_SERVER_PROBLEMS, ...REALTIME_PROBLEMS, ...PAGE_PROBLEMS };

export type ProblemCode = keyof typeof TOKEN_SERVER_PROBLEMS | keyof typeof REALTIME_PROBLEMS | keyof typeof PAGE_PROBLEMS;

/** An unknown code in a running call: shown, and the call goes on (a call it ended is marked fatal by the caller). */
const UNKNOWN: ProblemEntry = {
  message: (detail) => detail || 'Something went wrong in the call.',
  fix: 'Open the debug panel (?debug=1) to see the event log.',
  fatal: false,
};

/**
 * The problem for a code. `detail` is the service's own message, shown when the catalogue has none better;
 * `hint` is the token server's fix, which knows the server's settings (the models its key can use).
 */
export function describeProblem(code: ProblemCode | (string & {}), detail = '', hint?: string): CallProblem {
  const entry = CATALOGUE[code] ?? UNKNOWN;
  const message = typeof entry.message === 'function' ? entry.message(detail) : entry.message;
  return {
    code,
    message,
    fix: hint?.trim() ? hint : entry.fix,
    fatal: entry.fatal,
    ...(entry.canReconnect ? { canReconnect: true } : {}),
    ...(detail && detail !== message ? { detail } : {}),
  };
}

import { messagesNow } from '../i18n/catalogue';
import type { CallProblem, ProblemPolicy } from './call-problem';
import type { ProblemCode } from './problem-codes';
import { problemMessages, problemText, type ProblemParams } from './problem-messages';
import { PAGE_PROBLEMS } from './page-problems';
import { REALTIME_PROBLEMS } from './realtime-problems';
import { TOKEN_SERVER_PROBLEMS } from './server-problems';

export type { CallProblem, ProblemCode };

/** What each failure does to the call. The words are in problem-messages.ts, in every UI language. */
const POLICIES: Readonly<Record<string, ProblemPolicy>> = { ...TOKEN_SERVER_PROBLEMS, ...REALTIME_PROBLEMS, ...PAGE_PROBLEMS };

/** An unknown code in a running call: shown, and the call goes on (a call it ended is marked fatal by the caller). */
const UNKNOWN_POLICY: ProblemPolicy = { fatal: false };

export function isProblemCode(code: string): code is ProblemCode {
  return code === 'unknown' || Object.hasOwn(POLICIES, code);
}

/** The model a service message names (`The model \`gpt-realtime\` does not exist…`, `model "x" is not…`). */
function modelNamedIn(detail: string): string | undefined {
  return /model\s+[`“"']([^`”"']+)[`”"']/i.exec(detail)?.[1];
}

/**
 * The problem for a code. `detail` is the service's own words (shown as a detail, never instead of ours); `hint`
 * is the token server's English fix, kept with the detail.
 */
export function describeProblem(code: string, detail = '', hint?: string, params: Partial<ProblemParams> = {}): CallProblem {
  const known = isProblemCode(code) ? code : 'unknown';
  const model = params.model ?? modelNamedIn(detail);
  const full: ProblemParams = { ...params, detail, ...(model ? { model } : {}) };
  const words = problemText(messagesNow(problemMessages)[known], full);
  const serverWords = [detail, hint?.trim()].filter((part): part is string => Boolean(part) && part !== words.message).join(' ');
  return {
    code,
    ...words,
    ...(POLICIES[code] ?? UNKNOWN_POLICY),
    ...(serverWords ? { detail: serverWords } : {}),
    params: full,
  };
}

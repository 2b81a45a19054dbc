import { redactText } from '../../server-token/contract';
import { describeProblem, type CallProblem, type ProblemCode } from './error-catalogue';

/** An error that already knows which catalogue entry describes it. Server words are redacted before they are kept. */
export class CallError extends Error {
  readonly problem: CallProblem;

  constructor(code: ProblemCode | (string & {}), detail = '', hint?: string) {
    const problem = describeProblem(code, redactText(detail), hint === undefined ? undefined : redactText(hint));
    super(problem.message);
    this.name = 'CallError';
    this.problem = problem;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function abortError(): DOMException {
  return new DOMException('The call was ended.', 'AbortError');
}

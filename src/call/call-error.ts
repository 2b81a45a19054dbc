import { describeProblem, type CallProblem } from './error-catalogue';

/** An error that already knows which catalogue entry describes it. */
export class CallError extends Error {
  readonly problem: CallProblem;

  constructor(code: string, detail = '', hint?: string) {
    const problem = describeProblem(code, scrubSecrets(detail), hint === undefined ? undefined : scrubSecrets(hint));
    super(problem.message);
    this.name = 'CallError';
    this.problem = problem;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const SECRET_PATTERN = /\b(?:ek_|sk-)[A-Za-z0-9_*.-]+|Bearer\s+\S+/g;

/** Server messages sometimes quote a (masked) key; nothing key-shaped is ever shown or logged. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, '[redacted]');
}

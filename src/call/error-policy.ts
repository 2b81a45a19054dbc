import { MicError } from '../audio/mic-error';
import { CallError, isAbortError } from './call-error';
import { describeProblem, type CallProblem } from './error-catalogue';
import { SILENT_REALTIME_CODES } from './realtime-problems';

export type ServerErrorAction =
  | { kind: 'retry_when_done' }
  | { kind: 'ignore' }
  | { kind: 'report'; problem: CallProblem }
  | { kind: 'end_call'; problem: CallProblem };

/** What an in-session error (an `error` event or a failed `response.done`) does to the call. */
export function serverErrorAction(code: string, message: string): ServerErrorAction {
  if (code === 'conversation_already_has_active_response') return { kind: 'retry_when_done' };
  if (SILENT_REALTIME_CODES.has(code)) return { kind: 'ignore' };
  const problem = new CallError(code, message).problem;
  return problem.fatal ? { kind: 'end_call', problem } : { kind: 'report', problem };
}

/**
 * The one message for whatever ended a call or stopped it from starting; null for the page's own abort (the
 * user pressed End while connecting). A problem that ends the call is fatal, whatever its catalogue line says.
 */
export function problemThatEndedCall(error: unknown): CallProblem | null {
  if (isAbortError(error)) return null;
  const problem = error instanceof CallError ? error.problem
    : error instanceof MicError ? describeProblem(`mic:${error.kind}`)
    : isCallProblem(error) ? error
    : describeProblem('unknown_error', error instanceof Error ? error.message : String(error));
  return { ...problem, fatal: true };
}

function isCallProblem(value: unknown): value is CallProblem {
  return typeof value === 'object' && value !== null && typeof (value as CallProblem).code === 'string' && typeof (value as CallProblem).message === 'string';
}

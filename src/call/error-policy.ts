import type { ResponseDoneEvent } from 'openai/resources/realtime/realtime';
import { MicError } from '../audio/mic-error';
import { CallError, isAbortError } from './call-error';
import { describeProblem, type CallProblem } from './error-catalogue';
import type { LostReason } from './realtime-connection';
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

/** A Realtime session ends after 60 minutes; a channel that closes this close to it was closed for that reason. */
const SESSION_LIMIT_MS = 60 * 60 * 1000;
const SESSION_LIMIT_SLACK_MS = 15_000;

/** Why the connection went away: the session's time limit (it may end without an error event), or the network. */
export function lostConnectionError(reason: LostReason, elapsedMs: number, wasConnected: boolean): CallError {
  if (elapsedMs >= SESSION_LIMIT_MS - SESSION_LIMIT_SLACK_MS) return new CallError('session_expired');
  return new CallError(reason === 'failed' && !wasConnected ? 'connection_failed' : 'connection_lost');
}

/** The error a failed `response.done` carries (`model_not_found`, …), in the shape of an `error` event's. */
export function failedResponseError(response: ResponseDoneEvent['response']): { code: string; message: string } | null {
  if (response.status !== 'failed') return null;
  const error = response.status_details?.error;
  return { code: error?.code ?? 'response_failed', message: error?.message ?? 'The response failed.' };
}

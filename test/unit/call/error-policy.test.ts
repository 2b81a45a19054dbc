import { describe, expect, it } from 'vitest';
import { TOKEN_SERVER_ERROR_CODES } from '../../../server-token/contract.ts';
import { CallError } from '../../../src/call/call-error.ts';
import { describeProblem } from '../../../src/call/error-catalogue.ts';
import { problemThatEndedCall, serverErrorAction } from '../../../src/call/error-policy.ts';
import { MicError } from '../../../src/audio/mic-error.ts';

describe('the call error policy', () => {
  it('retries a create that collided with a running response, and ignores a cancel with nothing to cancel', () => {
    expect(serverErrorAction('conversation_already_has_active_response', '')).toEqual({ kind: 'retry_when_done' });
    expect(serverErrorAction('response_cancel_not_active', '')).toEqual({ kind: 'ignore' });
  });

  it('ends the call for a fatal code and reports one that is not', () => {
    expect(serverErrorAction('invalid_api_key', 'Incorrect API key provided: ek_abc***xyz')).toMatchObject({ kind: 'end_call', problem: { code: 'invalid_api_key', fatal: true } });
    expect(serverErrorAction('input_audio_buffer_commit_empty', 'buffer too small')).toMatchObject({ kind: 'report', problem: { fatal: false } });
    expect(serverErrorAction('something_new', 'A new thing happened.')).toMatchObject({ kind: 'report', problem: { message: 'A new thing happened.' } });
  });

  it('a problem that ended the call is fatal even when its code is unknown; the page’s own abort is no problem', () => {
    expect(problemThatEndedCall(new CallError('brand_new_server_code', 'It broke.'))).toMatchObject({ code: 'brand_new_server_code', fatal: true, message: 'It broke.' });
    expect(problemThatEndedCall(new MicError('permission-denied', 'denied'))).toMatchObject({ code: 'mic:permission-denied', fatal: true });
    expect(problemThatEndedCall(new DOMException('ended', 'AbortError'))).toBeNull();
  });

  it('knows every code the token server can answer with, each with a message and a fix', () => {
    for (const code of TOKEN_SERVER_ERROR_CODES) {
      const problem = describeProblem(code);
      expect(problem.message, code).not.toBe('Something went wrong in the call.');
      expect(problem.fix, code).toMatch(/\w/);
    }
  });

  it('never keeps a key from the server’s words', () => {
    const problem = new CallError('sdp_rejected', 'Bad key ek_live_1234567890abcdef', 'Use sk-proj-abcdefghijkl').problem;
    expect(JSON.stringify(problem)).not.toMatch(/ek_live|sk-proj/);
  });
});

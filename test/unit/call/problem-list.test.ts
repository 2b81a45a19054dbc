import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/call/error-catalogue.ts';
import { addProblem, visibleProblems } from '../../../src/call/problem-list.ts';
import { CallError } from '../../../src/call/call-error.ts';

describe('problems', () => {
  it('shows a repeated identical problem once, with a count', () => {
    const problem = describeProblem('rate_limit_exceeded');
    let list = addProblem([], problem);
    list = addProblem(list, problem);
    list = addProblem(list, describeProblem('malformed_event'));
    list = addProblem(list, problem);
    expect(list.map((p) => [p.code, p.count])).toEqual([['rate_limit_exceeded', 3], ['malformed_event', 1]]);
  });

  it('treats a model the key cannot use as fatal, with the server message and a fix', () => {
    const problem = describeProblem('model_not_found', 'The model `gpt-realtime` does not exist or you do not have access to it.');
    expect(problem).toMatchObject({ fatal: true, message: expect.stringContaining('gpt-realtime') });
    expect(problem.fix).toContain('OPENAI_REALTIME_MODEL');
  });

  it('says its own fix, keeps the token server’s words (redacted) as the detail, and never a key', () => {
    const error = new CallError('openai_key_invalid', 'Incorrect API key provided: sk-proj-abc***', 'Check sk-proj-abc in .env');
    expect(error.problem.fix).toBe('Put a valid key in OPENAI_API_KEY (in .env) and restart the token server.');
    expect(error.problem.detail).toBe('Incorrect API key provided: [redacted] Check [redacted] in .env');
    expect(JSON.stringify(error.problem)).not.toContain('sk-proj');
  });

  it('describes unknown codes without pretending to know them', () => {
    expect(describeProblem('something_new', 'Odd failure')).toMatchObject({ message: 'Odd failure', fatal: false });
  });
});

describe('one message per cause', () => {
  const codes = ['token_server_unreachable', 'model_unavailable'] as const;
  it('a cause the server health already names is not said again by the call that met it', () => {
    for (const code of codes) {
      const service = describeProblem(code);
      const callProblems = addProblem([], describeProblem(code === 'model_unavailable' ? 'model_not_found' : code));
      expect(visibleProblems({ status: 'failed', problems: callProblems, serviceProblem: service }).map((p) => p.code)).toEqual([code]);
    }
  });

  it('a live call shows only its own problems, and a different cause is still said', () => {
    const service = describeProblem('token_server_unreachable');
    const mic = addProblem([], describeProblem('mic:permission-denied'));
    expect(visibleProblems({ status: 'connected', problems: [], serviceProblem: service })).toEqual([]);
    expect(visibleProblems({ status: 'failed', problems: mic, serviceProblem: service }).map((p) => p.code)).toEqual(['token_server_unreachable', 'mic:permission-denied']);
  });
});

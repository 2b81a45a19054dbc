import { useMemo } from 'react';
import { callController } from './call-engine';
import { CALL_NOTICES } from './call-notices';
import { useCallStore } from './call-store';
import { visibleProblems } from './problem-list';

export const SERVICE_PROBLEM_ID = 'service-problem';

/** Every problem of the call, one message per cause; the one that keeps Start disabled says so beside it. */
export function ProblemBanner() {
  const callProblems = useCallStore((state) => state.problems);
  const serviceProblem = useCallStore((state) => state.serviceProblem);
  const notice = useCallStore((state) => state.notice);
  const status = useCallStore((state) => state.status);
  const problems = useMemo(() => visibleProblems({ status, problems: callProblems, serviceProblem }), [status, callProblems, serviceProblem]);
  const serviceCode = serviceProblem?.code ?? null;
  return (
    <>
      {problems.map((problem) => {
        const blocksStart = problem.code === serviceCode;
        return (
          <div
            key={problem.code}
            id={blocksStart ? SERVICE_PROBLEM_ID : undefined}
            role="alert"
            className={`problem ${problem.fatal ? 'problem-fatal' : ''}`}
            data-code={problem.code}
          >
            <p className="problem-message">
              {problem.message}
              {problem.count > 1 ? <span className="problem-count" aria-label={`${problem.count} times`}> ×{problem.count}</span> : null}
            </p>
            {problem.fix ? <p className="problem-fix">{problem.fix}</p> : null}
            <div className="problem-actions">
              {problem.canReconnect && status === 'failed' && !blocksStart ? (
                <button type="button" onClick={() => void callController.reconnect()}>
                  Reconnect
                </button>
              ) : null}
              {blocksStart ? (
                <span className="problem-wait">Start call waits for this; the page checks again by itself.</span>
              ) : (
                <button type="button" className="quiet" onClick={() => callController.dismissProblem(problem.code)} aria-label="Dismiss">
                  Dismiss
                </button>
              )}
            </div>
          </div>
        );
      })}
      {notice ? (
        <p role="status" className="notice">
          {CALL_NOTICES[notice]}
        </p>
      ) : null}
    </>
  );
}

import { useMemo } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callController } from './call-engine';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';
import { isProblemCode } from './error-catalogue';
import { problemMessages, problemText } from './problem-messages';
import { visibleProblems } from './problem-list';

export const SERVICE_PROBLEM_ID = 'service-problem';

/** Every problem of the call, one message per cause, in the page's language; the one that keeps Start disabled says so. */
export function ProblemBanner() {
  const m = useMessages(callMessages);
  const words = useMessages(problemMessages);
  const callProblems = useCallStore((state) => state.problems);
  const serviceProblem = useCallStore((state) => state.serviceProblem);
  const notice = useCallStore((state) => state.notice);
  const status = useCallStore((state) => state.status);
  const problems = useMemo(() => visibleProblems({ status, problems: callProblems, serviceProblem }), [status, callProblems, serviceProblem]);
  const serviceCode = serviceProblem?.code ?? null;
  return (
    <div className="call-problems">
      {problems.map((problem) => {
        const blocksStart = problem.code === serviceCode;
        const { message, fix } = problemText(words[isProblemCode(problem.code) ? problem.code : 'unknown'], problem.params);
        return (
          <div
            key={problem.code}
            id={blocksStart ? SERVICE_PROBLEM_ID : undefined}
            role="alert"
            className={`problem ${problem.fatal ? 'problem-fatal' : ''}`}
            data-code={problem.code}
          >
            <p className="problem-message">
              {message}
              {problem.count > 1 ? <span className="problem-count" aria-label={m.times(problem.count)}> ×{problem.count}</span> : null}
            </p>
            {fix ? <p className="problem-fix">{fix}</p> : null}
            {problem.detail ? (
              <p className="problem-detail">
                {m.serverSaid} <span lang="en">{problem.detail}</span>
              </p>
            ) : null}
            <div className="problem-actions">
              {problem.canReconnect && status === 'failed' && !blocksStart ? (
                <button type="button" onClick={() => void callController.reconnect()}>
                  {m.reconnect}
                </button>
              ) : null}
              {blocksStart ? (
                <span className="problem-wait">{m.startWaits}</span>
              ) : (
                <button type="button" className="quiet" onClick={() => callController.dismissProblem(problem.code)}>
                  {m.dismiss}
                </button>
              )}
            </div>
          </div>
        );
      })}
      {notice ? (
        <p role="status" className="notice">
          {m.notices[notice]}
        </p>
      ) : null}
    </div>
  );
}

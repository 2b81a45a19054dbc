import { callController } from './call-engine';
import { useCallStore } from './call-store';

export function ProblemBanner() {
  const problems = useCallStore((state) => state.problems);
  const notice = useCallStore((state) => state.notice);
  const status = useCallStore((state) => state.status);
  return (
    <>
      {problems.map((problem, index) => (
        <div key={`${problem.code}-${index}`} role="alert" className={`problem ${problem.fatal ? 'problem-fatal' : ''}`} data-code={problem.code}>
          <p className="problem-message">
            {problem.message}
            {problem.count > 1 ? <span className="problem-count" aria-label={`${problem.count} times`}> ×{problem.count}</span> : null}
          </p>
          {problem.fix ? <p className="problem-fix">{problem.fix}</p> : null}
          <div className="problem-actions">
            {problem.canReconnect && status === 'failed' ? (
              <button type="button" onClick={() => void callController.reconnect()}>
                Reconnect
              </button>
            ) : null}
            <button type="button" className="quiet" onClick={() => callController.dismissProblem(index)} aria-label="Dismiss">
              Dismiss
            </button>
          </div>
        </div>
      ))}
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
    </>
  );
}

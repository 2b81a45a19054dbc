import type { CallProblem } from './error-catalogue';

export interface ShownProblem extends CallProblem {
  count: number;
}

/** Repeated identical problems are shown once, with a count. */
export function addProblem(list: readonly ShownProblem[], problem: CallProblem): ShownProblem[] {
  const index = list.findIndex((shown) => shown.code === problem.code && shown.message === problem.message);
  if (index < 0) return [...list, { ...problem, count: 1 }];
  return list.map((shown, i) => (i === index ? { ...shown, count: shown.count + 1 } : shown));
}

/** Codes that tell one cause: when the page already says it (from the server's health), a call does not say it again. */
const SAME_CAUSE: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['token_server_unreachable']),
  new Set(['model_unavailable', 'model_not_found']),
];

function sameCause(a: string, b: string): boolean {
  return a === b || SAME_CAUSE.some((group) => group.has(a) && group.has(b));
}

/** What the call panel shows: one message per cause. A live call shows only its own problems. */
export function visibleProblems(state: { status: string; problems: readonly ShownProblem[]; serviceProblem: CallProblem | null }): ShownProblem[] {
  const live = state.status === 'connecting' || state.status === 'connected';
  const service = live ? null : state.serviceProblem;
  if (!service) return [...state.problems];
  return [{ ...service, count: 1 }, ...state.problems.filter((problem) => !sameCause(problem.code, service.code))];
}

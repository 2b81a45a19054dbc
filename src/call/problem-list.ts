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

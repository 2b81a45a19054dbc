import type { ModelCheck } from './model-check.ts';

const RECHECK_AFTER_ERROR_MS = 30_000;

/**
 * Holds the model check result. Under Node the check runs at start; on serverless hosts there is no
 * start, so the first request runs it. A check that failed for a transient reason is re-run later.
 */
export class ModelGate {
  private result: ModelCheck | undefined;
  private checkedAt = 0;
  private pending: Promise<ModelCheck> | undefined;

  constructor(
    private readonly runCheck: () => Promise<ModelCheck>,
    private readonly now: () => number,
    initial?: ModelCheck,
  ) {
    if (initial) this.store(initial);
  }

  current(): ModelCheck | undefined {
    return this.result;
  }

  async ensure(): Promise<ModelCheck> {
    const stale = this.result?.status === 'error' && this.now() - this.checkedAt >= RECHECK_AFTER_ERROR_MS;
    if (this.result && !stale) return this.result;
    this.pending ??= this.runCheck()
      .catch((): ModelCheck => ({ status: 'error', message: 'model check crashed' }))
      .then((check) => {
        this.store(check);
        this.pending = undefined;
        return check;
      });
    return this.pending;
  }

  private store(check: ModelCheck): void {
    this.result = check;
    this.checkedAt = this.now();
  }
}

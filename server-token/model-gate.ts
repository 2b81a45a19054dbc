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

  /** The check in flight, if any (a host can keep its isolate alive for it: `waitUntil`). */
  get inFlight(): Promise<ModelCheck> | undefined {
    return this.pending;
  }

  /**
   * For minting: the last result, never waiting. A missing or stale result starts a check in the
   * background; until it answers, minting goes ahead (OpenAI itself refuses an unusable model).
   */
  latest(): ModelCheck | undefined {
    if (!this.result || this.isStale()) void this.run();
    return this.result;
  }

  /** For health: waits only when there is no result yet; a stale one is refreshed in the background. */
  async ensure(): Promise<ModelCheck> {
    if (this.result) {
      if (this.isStale()) void this.run();
      return this.result;
    }
    return this.run();
  }

  private isStale(): boolean {
    return this.result?.status === 'error' && this.now() - this.checkedAt >= RECHECK_AFTER_ERROR_MS;
  }

  private run(): Promise<ModelCheck> {
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

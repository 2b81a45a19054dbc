import type { Logger } from './logger.ts';

/**
 * Remembers whether the shared store answered last time, so an outage is logged once when it starts and
 * once when it ends, not once per request.
 */
export class StoreHealth {
  private down = false;

  constructor(
    private readonly logger: Logger,
    private readonly onDown: string,
    private readonly onUp: string,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    this.logger.error(this.onDown, { reason });
  }

  answered(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info(this.onUp);
  }
}

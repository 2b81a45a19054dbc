/**
 * Which conversations have a call running in some tab right now. A tab holds a Web Lock named after the
 * conversation while its call runs; the browser drops the lock when the tab closes, reloads or crashes, so a
 * saved call with no end and no lock is one whose page went away.
 */
const PREFIX = 'persona-talk.live-call.';

export class LiveCallLocks {
  private release: (() => void) | null = null;

  constructor(private readonly locks: LockManager | undefined = globalThis.navigator?.locks) {}

  hold(conversationId: string): void {
    this.drop();
    if (!this.locks) return;
    const held = new Promise<void>((resolve) => (this.release = resolve));
    void this.locks.request(`${PREFIX}${conversationId}`, () => held).catch(() => undefined);
  }

  drop(): void {
    this.release?.();
    this.release = null;
  }

  /** Null when the browser cannot tell (no Web Locks): then no call is taken for running elsewhere. */
  async heldElsewhere(): Promise<Set<string> | null> {
    if (!this.locks) return null;
    try {
      const state = await this.locks.query();
      const names = (state.held ?? []).map((lock) => lock.name ?? '').filter((name) => name.startsWith(PREFIX));
      return new Set(names.map((name) => name.slice(PREFIX.length)));
    } catch {
      return null;
    }
  }
}

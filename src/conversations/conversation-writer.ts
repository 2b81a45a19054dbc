import type { ConversationRecord } from './conversation-record';
import type { ConversationStore } from './conversation-store';
import { StorageFault, storageFaultOf } from './storage-fault';

/**
 * Keeps one conversation written as it changes: one write at a time, the latest state written next (changes that
 * arrive during a write are coalesced), so a closed tab loses at most what changed in the last few milliseconds.
 * A failed write is reported and the record stays in memory; the next change tries again.
 */
export class ConversationWriter {
  private record: ConversationRecord | null = null;
  private takeOver = false;
  private dirty = false;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: ConversationStore,
    readonly writerId: string,
    private readonly onFault: (fault: StorageFault) => void,
    private readonly newId: () => string,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): ConversationRecord | null {
    return this.record;
  }

  /** A new conversation, written at once. */
  start(record: ConversationRecord): void {
    this.record = { ...record, writer: this.writerId };
    this.takeOver = false;
    this.schedule();
  }

  /** A saved conversation this tab carries on (or only shows): written when it next changes, taking it over. */
  adopt(record: ConversationRecord): void {
    this.record = record;
    this.takeOver = true;
  }

  forget(): void {
    this.record = null;
  }

  change(update: (record: ConversationRecord) => ConversationRecord): void {
    if (!this.record) return;
    const next = update(this.record);
    if (next === this.record) return;
    this.record = { ...next, writer: this.writerId, updatedAt: this.now() };
    this.schedule();
  }

  /** Resolves once everything changed so far has been written or has failed. */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private schedule(): void {
    this.dirty = true;
    this.flushing ??= this.flush().finally(() => (this.flushing = null));
  }

  private async flush(): Promise<void> {
    while (this.dirty && this.record) {
      this.dirty = false;
      const record = this.record;
      try {
        const result = await this.store.save(record, this.takeOver);
        if (this.record?.id !== record.id) continue;
        if (result === 'written') {
          this.takeOver = false;
          continue;
        }
        // Another tab carries this conversation on now: what this tab has goes into a conversation of its own.
        this.record = { ...this.record, id: this.newId(), writer: this.writerId };
        this.takeOver = false;
        this.dirty = true;
        this.onFault(new StorageFault('other_tab'));
      } catch (error) {
        this.onFault(storageFaultOf(error));
      }
    }
  }
}

import { parseConversationRecord, type ConversationRecord } from './conversation-record';
import type { RecordBackend } from './record-backend';
import { StorageFault, storageFaultOf } from './storage-fault';

export interface ConversationList {
  /** Newest first. */
  records: ConversationRecord[];
  /** Stored values that could not be read; they are kept, not deleted. */
  unreadable: number;
}

/**
 * The conversations kept in this browser, read and written as typed records over a {@link RecordBackend}.
 * Every failure comes out as a {@link StorageFault}; an older record is read as the current version.
 */
export class ConversationStore {
  constructor(private readonly backend: RecordBackend) {}

  /** `takeOver`: this writer carries on a conversation another tab (or an earlier visit) wrote. */
  async save(record: ConversationRecord, takeOver = false): Promise<'written' | 'taken_over'> {
    try {
      return await this.backend.putUnlessTakenOver(record, takeOver);
    } catch (error) {
      throw storageFaultOf(error);
    }
  }

  async load(id: string): Promise<ConversationRecord | null> {
    const stored = await this.attempt(() => this.backend.get(id));
    if (stored === undefined) return null;
    const parsed = parseConversationRecord(stored);
    if (!parsed.ok) throw new StorageFault('unreadable');
    return parsed.record;
  }

  async list(): Promise<ConversationList> {
    const stored = await this.attempt(() => this.backend.getAll());
    const records: ConversationRecord[] = [];
    let unreadable = 0;
    for (const value of stored) {
      const parsed = parseConversationRecord(value);
      if (parsed.ok) records.push(parsed.record);
      else unreadable++;
    }
    records.sort((a, b) => b.spans[0]!.startedAt - a.spans[0]!.startedAt);
    return { records, unreadable };
  }

  delete(id: string): Promise<void> {
    return this.attempt(() => this.backend.delete(id));
  }

  deleteAll(): Promise<void> {
    return this.attempt(() => this.backend.clear());
  }

  saveRecording(key: string, conversationId: string, audio: Blob): Promise<void> {
    return this.attempt(() => this.backend.putRecording(key, conversationId, audio));
  }

  loadRecording(key: string): Promise<Blob | undefined> {
    return this.attempt(() => this.backend.getRecording(key));
  }

  /** Kept apart from the record, which the call's writer owns and rewrites whole; undefined when there is none. */
  saveReport(conversationId: string, report: unknown): Promise<void> {
    return this.attempt(() => this.backend.putReport(conversationId, report));
  }

  loadReport(conversationId: string): Promise<unknown> {
    return this.attempt(() => this.backend.getReport(conversationId));
  }

  private async attempt<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storageFaultOf(error);
    }
  }
}

import { mayWrite, type RecordBackend } from '../../../src/conversations/record-backend.ts';

/** The backend's contract in memory, values cloned as IndexedDB clones them. */
export class MemoryBackend implements RecordBackend {
  private readonly records = new Map<string, unknown>();
  private readonly recordings = new Map<string, { conversationId: string; audio: Blob }>();
  private readonly reports = new Map<string, unknown>();

  async putUnlessTakenOver(record: { id: string; writer: string }, takeOver: boolean): Promise<'written' | 'taken_over'> {
    if (!mayWrite(this.records.get(record.id), record, takeOver)) return 'taken_over';
    this.records.set(record.id, structuredClone(record));
    return 'written';
  }

  async get(id: string): Promise<unknown> {
    return structuredClone(this.records.get(id));
  }

  async getAll(): Promise<unknown[]> {
    return [...this.records.values()].map((value) => structuredClone(value));
  }

  async delete(id: string): Promise<void> {
    this.records.delete(id);
    this.reports.delete(id);
    for (const [key, recording] of this.recordings) if (recording.conversationId === id) this.recordings.delete(key);
  }

  async clear(): Promise<void> {
    this.records.clear();
    this.recordings.clear();
    this.reports.clear();
  }

  async putReport(conversationId: string, report: unknown): Promise<void> {
    this.reports.set(conversationId, structuredClone(report));
  }

  async getReport(conversationId: string): Promise<unknown> {
    return structuredClone(this.reports.get(conversationId));
  }

  async putRecording(key: string, conversationId: string, audio: Blob): Promise<void> {
    this.recordings.set(key, { conversationId, audio });
  }

  async getRecording(key: string): Promise<Blob | undefined> {
    return this.recordings.get(key)?.audio;
  }

  /** For tests: a value stored as is, as a damaged or older record would be. */
  putRaw(id: string, value: unknown): void {
    this.records.set(id, value);
  }
}

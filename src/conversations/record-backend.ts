/**
 * Where conversation records and recordings are kept: IndexedDB in the page, memory in the unit tests. Values come back untyped: the store parses them.
 */
export interface RecordBackend {
  /** Writes the record unless the stored one was taken over by another writer; says which happened. */
  putUnlessTakenOver(record: { id: string; writer: string }, takeOver: boolean): Promise<'written' | 'taken_over'>;
  get(id: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  /** Deletes the record and its recordings. */
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  putRecording(key: string, conversationId: string, audio: Blob): Promise<void>;
  getRecording(key: string): Promise<Blob | undefined>;
  /** The conversation's coaching report (its own shape, checked by whoever reads it); deleted with the conversation. */
  putReport(conversationId: string, report: unknown): Promise<void>;
  getReport(conversationId: string): Promise<unknown>;
}

/** The stored record's writer decides: a record another tab took over is not overwritten. */
export function mayWrite(stored: unknown, record: { writer: string }, takeOver: boolean): boolean {
  if (takeOver || typeof stored !== 'object' || stored === null) return true;
  const writer = (stored as { writer?: unknown }).writer;
  return typeof writer !== 'string' || writer === record.writer;
}

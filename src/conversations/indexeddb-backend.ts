import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mayWrite, type RecordBackend } from './record-backend';
import { StorageFault, storageFaultOf } from './storage-fault';

export const DATABASE_NAME = 'persona-talk';
/**
 * The database layout (object stores and indexes); the records carry their own schemaVersion. Version 2 adds
 * `reports`: the coaching report of a conversation, keyed by its id, apart from the record the call's writer owns.
 */
const DATABASE_VERSION = 2;
/** An open that neither succeeds nor fails (blocked by another tab holding an older layout) counts as a fault. */
const OPEN_TIMEOUT_MS = 5_000;

interface ConversationDatabase extends DBSchema {
  conversations: { key: string; value: { id: string; writer: string } };
  recordings: { key: string; value: { key: string; conversationId: string; audio: Blob }; indexes: { byConversation: string } };
  reports: { key: string; value: { conversationId: string; report: unknown } };
}

type Database = IDBPDatabase<ConversationDatabase>;

/** Conversations in this browser's IndexedDB, one record per conversation, recordings beside them. */
export class IndexedDbBackend implements RecordBackend {
  private opening: Promise<Database> | null = null;

  constructor(private readonly factory: IDBFactory | undefined = globalThis.indexedDB) {}

  private database(): Promise<Database> {
    this.opening ??= withTimeout(this.open(), OPEN_TIMEOUT_MS).catch((error: unknown) => {
      this.opening = null; // the next write tries again (storage may be back)
      throw storageFaultOf(error);
    });
    return this.opening;
  }

  private async open(): Promise<Database> {
    if (!this.factory) throw new StorageFault('unavailable');
    // idb opens through the global factory; a page without one (or with it blocked) fails here, not later.
    const database = await openDB<ConversationDatabase>(DATABASE_NAME, DATABASE_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('conversations', { keyPath: 'id' });
          db.createObjectStore('recordings', { keyPath: 'key' }).createIndex('byConversation', 'conversationId');
        }
        if (oldVersion < 2) db.createObjectStore('reports', { keyPath: 'conversationId' });
      },
      // A newer page in another tab wants to change the layout: let it, and reopen on the next write.
      blocking: () => {
        database.close();
        this.opening = null;
      },
      terminated: () => {
        this.opening = null;
      },
    });
    return database;
  }

  private async run<T>(work: (db: Database) => Promise<T>): Promise<T> {
    try {
      return await work(await this.database());
    } catch (error) {
      throw storageFaultOf(error);
    }
  }

  putUnlessTakenOver(record: { id: string; writer: string }, takeOver: boolean): Promise<'written' | 'taken_over'> {
    return this.run(async (db) => {
      // One transaction reads and writes, so two tabs cannot both pass the check.
      const tx = db.transaction('conversations', 'readwrite');
      const stored = await tx.store.get(record.id);
      if (!mayWrite(stored, record, takeOver)) {
        await tx.done;
        return 'taken_over';
      }
      await Promise.all([tx.store.put(record), tx.done]);
      return 'written';
    });
  }

  get(id: string): Promise<unknown> {
    return this.run((db) => db.get('conversations', id));
  }

  getAll(): Promise<unknown[]> {
    return this.run((db) => db.getAll('conversations'));
  }

  delete(id: string): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction(['conversations', 'recordings', 'reports'], 'readwrite');
      const recordings = tx.objectStore('recordings');
      const keys = await recordings.index('byConversation').getAllKeys(id);
      await Promise.all([tx.objectStore('conversations').delete(id), tx.objectStore('reports').delete(id), ...keys.map((key) => recordings.delete(key)), tx.done]);
    });
  }

  clear(): Promise<void> {
    return this.run(async (db) => {
      const tx = db.transaction(['conversations', 'recordings', 'reports'], 'readwrite');
      await Promise.all([tx.objectStore('conversations').clear(), tx.objectStore('recordings').clear(), tx.objectStore('reports').clear(), tx.done]);
    });
  }

  putRecording(key: string, conversationId: string, audio: Blob): Promise<void> {
    return this.run(async (db) => {
      await db.put('recordings', { key, conversationId, audio });
    });
  }

  getRecording(key: string): Promise<Blob | undefined> {
    return this.run(async (db) => (await db.get('recordings', key))?.audio);
  }

  putReport(conversationId: string, report: unknown): Promise<void> {
    return this.run(async (db) => {
      await db.put('reports', { conversationId, report });
    });
  }

  getReport(conversationId: string): Promise<unknown> {
    return this.run(async (db) => (await db.get('reports', conversationId))?.report);
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageFault('unavailable')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

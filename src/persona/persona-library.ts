import { validatePersona, type Persona } from './persona-schema';

export const LIBRARY_STORAGE_KEY = 'persona-talk.library.v1';

/** Why the library could not be written; `message` is English, the studio says it from `reason`. */
export class LibraryStorageError extends Error {
  override readonly name = 'LibraryStorageError';
  constructor(readonly reason: 'storage_missing' | 'storage_refused', message: string) {
    super(message);
  }
}

export interface SavedPersona {
  id: string;
  /** Epoch milliseconds. */
  savedAt: number;
  persona: Persona;
}

/**
 * The local persona library (localStorage). Storage is injected so tests and private-mode browsers (where
 * storage throws) behave the same: a failing storage reads as empty and a failing write is reported.
 */
export class PersonaLibrary {
  constructor(private readonly storage: Storage | undefined) {}

  list(): SavedPersona[] {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(LIBRARY_STORAGE_KEY) ?? null;
    } catch {
      return [];
    }
    if (!raw) return [];
    let entries: unknown;
    try {
      entries = JSON.parse(raw);
    } catch {
      return [];
    }
    if (!Array.isArray(entries)) return [];
    const valid: SavedPersona[] = [];
    for (const entry of entries as Array<Partial<SavedPersona>>) {
      const checked = validatePersona(entry?.persona);
      if (checked.ok && typeof entry.id === 'string' && typeof entry.savedAt === 'number') {
        valid.push({ id: entry.id, savedAt: entry.savedAt, persona: checked.persona });
      }
    }
    return valid;
  }

  /** Saves a new entry, or replaces the entry with `id`. Returns the saved entry. */
  save(persona: Persona, id?: string): SavedPersona {
    const entry: SavedPersona = { id: id ?? newId(), savedAt: Date.now(), persona };
    const others = this.list().filter((e) => e.id !== entry.id);
    this.write([entry, ...others]);
    return entry;
  }

  delete(id: string): void {
    this.write(this.list().filter((e) => e.id !== id));
  }

  private write(entries: SavedPersona[]): void {
    if (!this.storage) throw new LibraryStorageError('storage_missing', 'This browser has no local storage, so the library cannot be saved.');
    try {
      this.storage.setItem(LIBRARY_STORAGE_KEY, JSON.stringify(entries));
    } catch {
      throw new LibraryStorageError('storage_refused', 'The browser refused to save the library (storage full or disabled).');
    }
  }
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

import { describe, expect, it } from 'vitest';
import { PersonaLibrary, LIBRARY_STORAGE_KEY } from '../../../src/persona/persona-library.ts';
import { personaFromHash, personaShareUrl, personaToHash } from '../../../src/persona/share-link.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() { return this.map.size; }
  clear() { this.map.clear(); }
  getItem(key: string) { return this.map.get(key) ?? null; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  removeItem(key: string) { this.map.delete(key); }
  setItem(key: string, value: string) { this.map.set(key, String(value)); }
}

const korean = PERSONA_PRESETS.find((p) => p.persona.language === 'ko')!.persona;
const english = PERSONA_PRESETS.find((p) => p.persona.language === 'en')!.persona;

describe('share link', () => {
  it('round-trips a Korean persona through a URL hash', () => {
    const url = personaShareUrl(korean, 'http://127.0.0.1:5173/?x=1#old');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:5173\/\?x=1#persona=[A-Za-z0-9_-]+$/);
    const hash = new URL(url).hash;
    expect(personaFromHash(hash)).toEqual({ kind: 'ok', persona: korean });
    expect(personaFromHash(hash.slice(1))).toEqual({ kind: 'ok', persona: korean });
  });

  it('uses base64url of the UTF-8 JSON', () => {
    const encoded = personaToHash(english).replace('#persona=', '');
    expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).toEqual(english);
  });

  it('says none without a persona, and a clear message for damaged or invalid links', () => {
    expect(personaFromHash('')).toEqual({ kind: 'none' });
    expect(personaFromHash('#call')).toEqual({ kind: 'none' });
    const damaged = personaFromHash('#persona=%%%not-base64');
    expect(damaged).toMatchObject({ kind: 'invalid', reason: 'damaged' });
    const truncated = personaToHash(korean).slice(0, 60);
    expect(personaFromHash(truncated).kind).toBe('invalid');
    const wrong = `#persona=${Buffer.from(JSON.stringify({ ...english, voice: 'nova' })).toString('base64url')}`;
    expect(personaFromHash(wrong)).toMatchObject({ kind: 'invalid', reason: 'not_persona', issues: [{ path: 'voice', message: expect.stringContaining('must be one of'), problem: { kind: 'not_one_of' } }] });
  });
});

describe('PersonaLibrary', () => {
  it('saves, lists, loads and deletes (Korean text intact)', () => {
    const storage = new MemoryStorage();
    const library = new PersonaLibrary(storage);
    const a = library.save(korean);
    const b = library.save(english);
    expect(library.list().map((e) => e.id)).toEqual([b.id, a.id]);
    expect(new PersonaLibrary(storage).list().find((e) => e.id === a.id)?.persona).toEqual(korean);
    library.delete(b.id);
    expect(library.list().map((e) => e.persona.name)).toEqual([korean.name]);
  });

  it('replaces an entry saved with the same id', () => {
    const library = new PersonaLibrary(new MemoryStorage());
    const first = library.save(english);
    library.save({ ...english, name: 'Jamie R.' }, first.id);
    expect(library.list()).toHaveLength(1);
    expect(library.list()[0]!.persona.name).toBe('Jamie R.');
  });

  it('skips corrupt entries and survives corrupt or missing storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(LIBRARY_STORAGE_KEY, JSON.stringify([{ id: 'x', savedAt: 1, persona: { name: 'half' } }, { id: 'y', savedAt: 2, persona: english }]));
    expect(new PersonaLibrary(storage).list().map((e) => e.id)).toEqual(['y']);
    storage.setItem(LIBRARY_STORAGE_KEY, '{not json');
    expect(new PersonaLibrary(storage).list()).toEqual([]);
    expect(new PersonaLibrary(undefined).list()).toEqual([]);
    expect(() => new PersonaLibrary(undefined).save(english)).toThrow(/local storage/);
  });
});

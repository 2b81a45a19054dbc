import { create } from 'zustand';
import { messagesNow } from '../i18n/catalogue';
import { useLocaleStore } from '../i18n/locale';
import { localStore, readItem, writeItem } from './browser-storage';
import type { GeminiFailure } from './gemini-errors';
import { geminiConnection, useGeminiSettings } from './gemini-settings';
import type { GenerationNotice } from './generate-persona';
import { LibraryStorageError, PersonaLibrary, type SavedPersona } from './persona-library';
import { briefProblem, type PersonaRequest } from './persona-request';
import { toDraft, validatePersona, type Persona, type PersonaDraft, type PersonaField, type PersonaIssue } from './persona-schema';
import { personaFromHash, personaShareUrl } from './share-link';
import { studioMessages, type StudioNote } from './studio-messages';

export type GenerationStatus = 'idle' | 'generating' | 'done' | 'stopped' | 'failed';

export interface PersonaState {
  request: PersonaRequest;
  /** What the card shows; may be incomplete while streaming or after a stop. */
  draft: PersonaDraft;
  /** The draft when it is a valid persona, else null (kept in state so selectors stay referentially stable). */
  persona: Persona | null;
  issues: PersonaIssue[];
  status: GenerationStatus;
  /** The field Gemini is writing right now. */
  writingField: PersonaField | null;
  /** A passing note: automatic retry, repair round-trip. */
  notice: GenerationNotice | null;
  failure: GeminiFailure | null;
  /** The card before the last Create/preset/load, so a bad result can be undone. */
  previousDraft: PersonaDraft | null;
  library: SavedPersona[];
  /** Feedback for library / share / link actions, said in the page's language when shown (studio-messages.ts). */
  message: { tone: 'info' | 'error'; note: StudioNote } | null;
  shareUrl: string | null;

  setRequest(patch: Partial<PersonaRequest>): void;
  setField<K extends PersonaField>(field: K, value: Persona[K] | undefined): void;
  createPersona(): Promise<void>;
  stopGeneration(): void;
  applyPersona(persona: Persona, note?: StudioNote): void;
  restorePrevious(): void;
  saveToLibrary(): void;
  loadFromLibrary(id: string): void;
  deleteFromLibrary(id: string): void;
  createShareLink(pageUrl: string): string | null;
  /** Applies `#persona=…` if present; returns whether the hash held a persona link. */
  loadFromHash(hash: string): boolean;
  dismissMessage(): void;
}

const CURRENT_KEY = 'persona-talk.current-persona.v1';
const DEFAULT_REQUEST: PersonaRequest = { language: 'en', brief: '', scenario: '', difficulty: 'normal' };

let controller: AbortController | null = null;
let runCounter = 0;

const library = () => new PersonaLibrary(localStore());

function withDraft(draft: PersonaDraft): Pick<PersonaState, 'draft' | 'persona' | 'issues'> {
  const result = validatePersona(draft);
  return result.ok ? { draft, persona: result.persona, issues: [] } : { draft, persona: null, issues: result.issues };
}

function restored(): { draft: PersonaDraft; request: PersonaRequest } {
  try {
    const saved = JSON.parse(readItem(localStore(), CURRENT_KEY) || '{}') as { draft?: unknown; request?: Partial<PersonaRequest> };
    const request = { ...DEFAULT_REQUEST, ...(typeof saved.request === 'object' ? saved.request : {}) };
    return { draft: toDraft(saved.draft), request };
  } catch {
    return { draft: {}, request: DEFAULT_REQUEST };
  }
}

/** Errors outside generatePersona (mostly: its chunk failed to load). The catalogue is lazy too, so it may be missing. */
async function unexpectedFailure(error: unknown): Promise<GeminiFailure> {
  const { model, useOwnKey } = useGeminiSettings.getState();
  try {
    const { classifyGeminiError } = await import('./gemini-errors');
    return classifyGeminiError(error, { model, ownKey: useOwnKey });
  } catch {
    return writerUnavailable();
  }
}

/** Without `params`: said from the studio's own catalogue, since the Gemini one is what failed to load. */
function writerUnavailable(): GeminiFailure {
  return { code: 'network', ...messagesNow(studioMessages).writerUnavailable, retryable: false, offerPresets: true };
}

const errorNote = (note: StudioNote) => ({ message: { tone: 'error' as const, note } });
const infoNote = (note: StudioNote) => ({ message: { tone: 'info' as const, note } });
const storageNote = (e: unknown): StudioNote => ({ code: e instanceof LibraryStorageError ? e.reason : 'storage_refused' });

/** True while nothing has ever been saved here: the studio then starts from a built-in persona. */
export function isFirstVisit(): boolean {
  return readItem(localStore(), CURRENT_KEY) === '';
}

const initial = restored();

export const usePersonaStore = create<PersonaState>()((set, get) => ({
  request: initial.request,
  ...withDraft(initial.draft),
  status: 'idle',
  writingField: null,
  notice: null,
  failure: null,
  previousDraft: null,
  library: library().list(),
  message: null,
  shareUrl: null,

  setRequest: (patch) => set((s) => ({ request: { ...s.request, ...patch } })),

  setField: (field, value) =>
    set((s) => {
      const draft = { ...s.draft };
      if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) delete draft[field];
      else (draft as Record<string, unknown>)[field] = value;
      return { ...withDraft(draft), shareUrl: null };
    }),

  createPersona: async () => {
    const { request, status, draft } = get();
    if (status === 'generating') return;
    const problem = briefProblem(request);
    if (problem) return set(errorNote(problem));
    const run = ++runCounter;
    controller = new AbortController();
    const signal = controller.signal;
    set({ status: 'generating', previousDraft: draft, failure: null, notice: null, message: null, writingField: null, shareUrl: null });
    const isCurrent = () => run === runCounter;
    let streamed = false;
    try {
      const { generatePersona } = await import('./generate-persona');
      const connection = geminiConnection(useGeminiSettings.getState(), globalThis.location?.origin ?? 'http://127.0.0.1');
      const persona = await generatePersona(request, connection, {
        signal,
        onPartial: (partial, writingField) => {
          if (!isCurrent()) return;
          streamed = true;
          set({ ...withDraft(partial), writingField });
        },
        onNotice: (notice) => isCurrent() && set({ notice }),
      });
      if (isCurrent()) set({ ...withDraft(persona), status: 'done', writingField: null, notice: null });
    } catch (error) {
      if (!isCurrent()) return;
      const failure = (error as { failure?: GeminiFailure }).failure ?? (await unexpectedFailure(error));
      if (!isCurrent()) return;
      // Nothing streamed: keep the card as it was rather than blanking it.
      const keep = streamed ? {} : withDraft(draft);
      set({ ...keep, status: failure.code === 'aborted' ? 'stopped' : 'failed', failure, writingField: null, notice: null });
    } finally {
      if (isCurrent()) controller = null;
    }
  },

  stopGeneration: () => {
    controller?.abort();
  },

  applyPersona: (persona, note) =>
    set((s) => ({ ...withDraft(persona), previousDraft: s.draft, failure: null, shareUrl: null, message: note ? infoNote(note).message : null })),

  restorePrevious: () =>
    set((s) => (s.previousDraft ? { ...withDraft(s.previousDraft), previousDraft: s.draft, failure: null, status: 'idle' } : {})),

  saveToLibrary: () => {
    const { persona, issues } = get();
    if (!persona) return set(errorNote({ code: 'cannot_save', issues }));
    try {
      const entry = library().save(persona);
      set({ library: library().list(), ...infoNote({ code: 'saved', name: entry.persona.name }) });
    } catch (e) {
      set(errorNote(storageNote(e)));
    }
  },

  loadFromLibrary: (id) => {
    const entry = library().list().find((e) => e.id === id);
    if (!entry) return set({ library: library().list(), ...errorNote({ code: 'saved_missing' }) });
    get().applyPersona(entry.persona, { code: 'loaded', name: entry.persona.name });
  },

  deleteFromLibrary: (id) => {
    try {
      library().delete(id);
      set({ library: library().list(), ...infoNote({ code: 'deleted' }) });
    } catch (e) {
      set(errorNote(storageNote(e)));
    }
  },

  createShareLink: (pageUrl) => {
    const { persona, issues } = get();
    if (!persona) {
      set(errorNote({ code: 'cannot_share', issues }));
      return null;
    }
    const shareUrl = personaShareUrl(persona, pageUrl);
    set({ shareUrl, ...infoNote({ code: 'share_ready' }) });
    return shareUrl;
  },

  loadFromHash: (hash) => {
    const result = personaFromHash(hash);
    if (result.kind === 'none') return false;
    if (result.kind === 'invalid') set(errorNote(result.reason === 'damaged' ? { code: 'share_damaged' } : { code: 'share_invalid', issues: result.issues }));
    else get().applyPersona(result.persona, { code: 'shared_loaded', name: result.persona.name });
    return true;
  },

  dismissMessage: () => set({ message: null }),
}));

// A reload keeps the card and the brief.
usePersonaStore.subscribe((state, previous) => {
  if (state.draft === previous.draft && state.request === previous.request) return;
  writeItem(localStore(), CURRENT_KEY, JSON.stringify({ draft: state.draft, request: state.request }));
});

// A failure's words were made in the language of the moment: say them again when it changes. The Gemini
// catalogue is loaded already whenever a failure came from it.
useLocaleStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale) void resayFailures();
});

async function resayFailures(): Promise<void> {
  const { failure, notice } = usePersonaStore.getState();
  const retrying = notice?.kind === 'retrying' ? notice : null;
  if (!failure && !retrying) return;
  let resay: (f: GeminiFailure) => GeminiFailure;
  try {
    const { resayFailure } = await import('./gemini-errors');
    resay = (f) => (f.params ? resayFailure(f) : writerUnavailable());
  } catch {
    resay = (f) => (f.params ? f : writerUnavailable());
  }
  // Only what is still on screen: a newer failure or notice was made in the new language already.
  const now = usePersonaStore.getState();
  usePersonaStore.setState({
    ...(failure && now.failure === failure ? { failure: resay(failure) } : {}),
    ...(retrying && now.notice === retrying ? { notice: { ...retrying, failure: resay(retrying.failure) } } : {}),
  });
}

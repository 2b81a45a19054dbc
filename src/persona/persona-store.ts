import { create } from 'zustand';
import { localStore, readItem, writeItem } from './browser-storage';
import type { GeminiFailure } from './gemini-errors';
import { geminiConnection, useGeminiSettings } from './gemini-settings';
import type { GenerationNotice } from './generate-persona';
import { PersonaLibrary, type SavedPersona } from './persona-library';
import { briefProblem, type PersonaRequest } from './persona-request';
import { formatIssues, toDraft, validatePersona, type Persona, type PersonaDraft, type PersonaField, type PersonaIssue } from './persona-schema';
import { personaFromHash, personaShareUrl } from './share-link';

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
  notice: string | null;
  failure: GeminiFailure | null;
  /** The card before the last Create/preset/load, so a bad result can be undone. */
  previousDraft: PersonaDraft | null;
  library: SavedPersona[];
  /** Feedback for library / share / link actions. */
  message: { tone: 'info' | 'error'; text: string } | null;
  shareUrl: string | null;

  setRequest(patch: Partial<PersonaRequest>): void;
  setField<K extends PersonaField>(field: K, value: Persona[K] | undefined): void;
  createPersona(): Promise<void>;
  stopGeneration(): void;
  applyPersona(persona: Persona, note?: string): void;
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
    return {
      code: 'network',
      message: 'Could not load the persona writer (network error).',
      fix: 'Check your connection and reload the page, or pick a built-in persona.',
      retryable: false,
      offerPresets: true,
    };
  }
}

function noticeText(notice: GenerationNotice): string {
  if (notice.kind === 'repairing') return "Gemini's answer did not fit the form; asking it to correct it…";
  const seconds = Math.max(1, Math.round(notice.delayMs / 1000));
  return `${notice.failure.message} Retrying automatically in ${seconds} s (retry ${notice.retry}).`;
}

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
    if (problem) return set({ message: { tone: 'error', text: problem } });
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
        onNotice: (notice) => isCurrent() && set({ notice: noticeText(notice) }),
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
    set((s) => ({ ...withDraft(persona), previousDraft: s.draft, failure: null, shareUrl: null, message: note ? { tone: 'info', text: note } : null })),

  restorePrevious: () =>
    set((s) => (s.previousDraft ? { ...withDraft(s.previousDraft), previousDraft: s.draft, failure: null, status: 'idle' } : {})),

  saveToLibrary: () => {
    const { persona, issues } = get();
    if (!persona) return set({ message: { tone: 'error', text: `Cannot save yet: ${formatIssues(issues)}.` } });
    try {
      const entry = library().save(persona);
      set({ library: library().list(), message: { tone: 'info', text: `Saved "${entry.persona.name}" to the library.` } });
    } catch (error) {
      set({ message: { tone: 'error', text: (error as Error).message } });
    }
  },

  loadFromLibrary: (id) => {
    const entry = library().list().find((e) => e.id === id);
    if (!entry) return set({ library: library().list(), message: { tone: 'error', text: 'That saved persona no longer exists.' } });
    get().applyPersona(entry.persona, `Loaded "${entry.persona.name}".`);
  },

  deleteFromLibrary: (id) => {
    try {
      library().delete(id);
      set({ library: library().list(), message: { tone: 'info', text: 'Deleted from the library.' } });
    } catch (error) {
      set({ message: { tone: 'error', text: (error as Error).message } });
    }
  },

  createShareLink: (pageUrl) => {
    const { persona, issues } = get();
    if (!persona) {
      set({ message: { tone: 'error', text: `Cannot share yet: ${formatIssues(issues)}.` } });
      return null;
    }
    const shareUrl = personaShareUrl(persona, pageUrl);
    set({ shareUrl, message: { tone: 'info', text: 'Share link ready.' } });
    return shareUrl;
  },

  loadFromHash: (hash) => {
    const result = personaFromHash(hash);
    if (result.kind === 'none') return false;
    if (result.kind === 'invalid') set({ message: { tone: 'error', text: result.message } });
    else get().applyPersona(result.persona, `Loaded the shared persona "${result.persona.name}".`);
    return true;
  },

  dismissMessage: () => set({ message: null }),
}));

// A reload keeps the card and the brief.
usePersonaStore.subscribe((state, previous) => {
  if (state.draft === previous.draft && state.request === previous.request) return;
  writeItem(localStore(), CURRENT_KEY, JSON.stringify({ draft: state.draft, request: state.request }));
});

import { create } from 'zustand';
import type { GeminiConnection } from './gemini-client';
import { localStore, readItem as read, sessionStore, writeItem as write } from './browser-storage';

/** The SDK's placeholder key for the pass-through: the browser SDK needs a non-empty key (gemini.md §2.2). */
export const PROXY_API_KEY = 'proxy';
/** The token server's Gemini pass-through; the SDK appends `/v1/models/…`. */
export const PROXY_PATH = '/api/gemini';

export const DEFAULT_GEMINI_MODEL = 'gemini-3.5-flash-lite';
/** Offered in the settings field; any other id can be typed. */
export const SUGGESTED_GEMINI_MODELS = ['gemini-3.5-flash-lite', 'gemini-3.8-flash', 'gemini-3.6-flash', 'gemini-flash-lite-latest'];

const MODEL_KEY = 'persona-talk.gemini-model';
const USE_OWN_KEY_KEY = 'persona-talk.gemini-use-own-key';
/** The user's key lives in sessionStorage only: gone when the tab closes, never sent anywhere but Google. */
const OWN_KEY_KEY = 'persona-talk.gemini-key';

interface GeminiSettingsState {
  model: string;
  useOwnKey: boolean;
  ownKey: string;
  setModel(model: string): void;
  setUseOwnKey(use: boolean): void;
  setOwnKey(key: string): void;
}

export const useGeminiSettings = create<GeminiSettingsState>()((set) => ({
  model: read(localStore(), MODEL_KEY) || DEFAULT_GEMINI_MODEL,
  useOwnKey: read(sessionStore(), USE_OWN_KEY_KEY) === 'true',
  ownKey: read(sessionStore(), OWN_KEY_KEY),
  setModel: (model) => {
    write(localStore(), MODEL_KEY, model.trim());
    set({ model });
  },
  setUseOwnKey: (useOwnKey) => {
    write(sessionStore(), USE_OWN_KEY_KEY, String(useOwnKey));
    set({ useOwnKey });
  },
  setOwnKey: (ownKey) => {
    write(sessionStore(), OWN_KEY_KEY, ownKey.trim());
    set({ ownKey });
  },
}));

let proxyBaseOverride: string | null = null;

/** Points the pass-through somewhere else than `${origin}/api/gemini` (tests, a token server on another host). */
export function setGeminiProxyBase(url: string | null): void {
  proxyBaseOverride = url;
}

/** Own key → straight to Google; otherwise the token server's pass-through on this origin with a placeholder key. */
export function geminiConnection(settings: Pick<GeminiSettingsState, 'model' | 'useOwnKey' | 'ownKey'>, origin: string): GeminiConnection {
  const model = settings.model.trim() || DEFAULT_GEMINI_MODEL;
  const ownKey = settings.ownKey.trim();
  if (settings.useOwnKey && ownKey) return { model, apiKey: ownKey, ownKey: true };
  return { model, apiKey: PROXY_API_KEY, baseUrl: proxyBaseOverride ?? `${origin}${PROXY_PATH}`, ownKey: false };
}

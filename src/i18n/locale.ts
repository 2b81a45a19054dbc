import { create } from 'zustand';

/** The languages the page itself speaks (the persona's language is a separate choice). */
export const UI_LOCALES = ['en', 'ko'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const STORAGE_KEY = 'persona-talk.ui-locale';

function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** A choice the user made wins; else the first of the browser's languages the page speaks; else English. */
export function detectLocale(browserLanguages: readonly string[], stored: string | null): UiLocale {
  if (isUiLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLocale(base)) return base;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function store(locale: UiLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode): the choice still holds for this page.
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
}

function applyToDocument(locale: UiLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

interface LocaleState {
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
}

export const useLocaleStore = create<LocaleState>()((set) => {
  const initial = detectLocale(browserLanguages(), readStored());
  applyToDocument(initial);
  return {
    locale: initial,
    setLocale: (locale) => {
      store(locale);
      applyToDocument(locale);
      set({ locale });
    },
  };
});

export function currentLocale(): UiLocale {
  return useLocaleStore.getState().locale;
}

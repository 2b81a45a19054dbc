import { use } from 'react';
import { currentLocale, useLocaleStore, type UiLocale } from './locale';

/**
 * One area's words in every UI language. Each area keeps its own catalogue so it loads with the code that uses
 * it (the studio's with the first screen, the call's with the call engine). English is always there; the other
 * languages are fetched when the page speaks them, so a visitor downloads the words of one language only. The
 * Korean messages are typed by the English ones: a key missing in either fails the typecheck.
 */
export interface Catalogue<M> {
  readonly en: M;
  /** The messages in `locale` if they are here already. */
  loaded(locale: UiLocale): M | undefined;
  /** The messages in `locale`, fetched once. */
  load(locale: UiLocale): Promise<M>;
}

type Loader<M> = () => Promise<{ default: M }>;

const registered = new Set<Catalogue<unknown>>();

function lazyCatalogue<M>(en: M, loaders: Partial<Record<UiLocale, Loader<M>>>): Catalogue<M> {
  const ready = new Map<UiLocale, M>([['en', en]]);
  const pending = new Map<UiLocale, Promise<M>>();
  const catalogue: Catalogue<M> = {
    en,
    loaded: (locale) => ready.get(locale),
    load: (locale) => {
      const have = ready.get(locale);
      if (have) return Promise.resolve(have);
      const loader = loaders[locale];
      if (!loader) return Promise.resolve(en);
      let promise = pending.get(locale);
      if (!promise) {
        promise = loader().then(
          (module) => {
            ready.set(locale, module.default);
            return module.default;
          },
          () => {
            // The chunk could not be fetched (offline): the page goes on in English rather than breaking.
            pending.delete(locale);
            return en;
          },
        );
        pending.set(locale, promise);
      }
      return promise;
    },
  };
  registered.add(catalogue as Catalogue<unknown>);
  // A catalogue that loads after the page switched language fetches its words at once.
  const now = currentLocale();
  if (now !== 'en') void catalogue.load(now);
  return catalogue;
}

/**
 * `defineMessages({ en, ko })` for an area that loads lazily anyway (its words come with its chunk), or
 * `defineMessages(en, { ko: () => import('./x-messages.ko') })` for the first screen, where every byte counts.
 */
export function defineMessages<M>(all: Readonly<Record<UiLocale, M>>): Catalogue<M>;
export function defineMessages<M>(en: M, loaders: Partial<Record<UiLocale, Loader<M>>>): Catalogue<M>;
export function defineMessages<M>(first: M | Readonly<Record<UiLocale, M>>, loaders?: Partial<Record<UiLocale, Loader<M>>>): Catalogue<M> {
  if (loaders) return lazyCatalogue(first as M, loaders);
  const all = first as Readonly<Record<UiLocale, M>>;
  return lazyCatalogue(all.en, { ko: () => Promise.resolve({ default: all.ko }) });
}

/** Fetches the words of every catalogue loaded so far in `locale` (before the first render, before a switch). */
export async function loadLocale(locale: UiLocale): Promise<void> {
  await Promise.all([...registered].map((catalogue) => catalogue.load(locale)));
}

/** Switches the page's language once its words are here, so nothing renders half in one language. */
export async function switchLocale(locale: UiLocale): Promise<void> {
  await loadLocale(locale);
  useLocaleStore.getState().setLocale(locale);
}

/** The messages in the page's language, re-rendering when it changes (suspending while they are fetched). */
export function useMessages<M>(catalogue: Catalogue<M>): M {
  const locale = useLocaleStore((state) => state.locale);
  return catalogue.loaded(locale) ?? use(catalogue.load(locale));
}

/** For code outside React (a notice, a title): the messages in the page's language now, English until fetched. */
export function messagesNow<M>(catalogue: Catalogue<M>): M {
  return catalogue.loaded(currentLocale()) ?? catalogue.en;
}

import { currentLocale, useLocaleStore, type UiLocale } from './locale';

/**
 * One area's words in every UI language. Each area keeps its own catalogue so it loads with the code that uses
 * it (the studio's with the first screen, the call's with the call engine). The Korean messages are typed by the
 * English ones: a key missing in either fails the typecheck.
 */
export type Catalogue<M> = Readonly<Record<UiLocale, M>>;

export function defineMessages<M>(catalogue: { en: M; ko: M }): Catalogue<M> {
  return catalogue;
}

/** The messages in the page's language, re-rendering when it changes. */
export function useMessages<M>(catalogue: Catalogue<M>): M {
  const locale = useLocaleStore((state) => state.locale);
  return catalogue[locale];
}

/** For code outside React (a notice, a title): the messages in the page's language now. */
export function messagesNow<M>(catalogue: Catalogue<M>): M {
  return catalogue[currentLocale()];
}

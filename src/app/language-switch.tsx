import { switchLocale, useMessages } from '../i18n/catalogue';
import { UI_LOCALES, useLocaleStore, type UiLocale } from '../i18n/locale';
import { appMessages } from './app-messages';

/** Each language named in itself, so a reader of either finds theirs. */
const NATIVE_NAME: Record<UiLocale, string> = { en: 'English', ko: '한국어' };

export function LanguageSwitch() {
  const m = useMessages(appMessages);
  const locale = useLocaleStore((state) => state.locale);
  return (
    <div className="language-switch" role="group" aria-label={m.language}>
      {UI_LOCALES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={locale === code} onClick={() => void switchLocale(code)}>
          {NATIVE_NAME[code]}
        </button>
      ))}
    </div>
  );
}

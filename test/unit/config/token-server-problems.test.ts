import { afterEach, describe, expect, it } from 'vitest';
import { serviceProblem } from '../../../src/app/service-problem.ts';
import * as catalogue from '../../../src/i18n/catalogue.ts';
import { useLocaleStore, type UiLocale } from '../../../src/i18n/locale.ts';

/** The page's language, its words fetched first where the catalogue loads them lazily. */
async function speak(locale: UiLocale): Promise<void> {
  await (catalogue as unknown as { loadLocale?: (l: UiLocale) => Promise<void> }).loadLocale?.(locale);
  useLocaleStore.getState().setLocale(locale);
}

afterEach(() => useLocaleStore.getState().setLocale('en'));

describe('what a site owner reads when the page cannot use its token server', () => {
  it('a refused origin names the origin to add, in English and Korean', async () => {
    const refused = { state: 'origin_refused', origin: 'https://you.github.io', server: 'https://tokens.example.com' } as const;
    await speak('en');
    const en = serviceProblem(refused)!;
    expect(en.code).toBe('origin_not_allowed');
    expect(en.message).toBe('The token server at https://tokens.example.com does not accept calls from this page’s origin, https://you.github.io.');
    expect(en.fix).toContain('Add https://you.github.io to ALLOWED_ORIGINS');
    await speak('ko');
    const ko = serviceProblem(refused)!;
    expect(ko.message).toContain('https://you.github.io에서 오는 통화를 받지 않습니다');
    expect(ko.fix).toContain('ALLOWED_ORIGINS에 https://you.github.io을(를)');
  });

  it('mixed content and an unanswering configured server each say what to change', async () => {
    const mixed = serviceProblem({ state: 'mixed_content', server: 'http://tokens.example.com', page: 'https://you.github.io' })!;
    expect(mixed.code).toBe('token_server_mixed_content');
    expect(mixed.message).toContain('http address http://tokens.example.com');
    expect(mixed.fix).toContain('https://');
    expect(mixed.fatal).toBe(true);
    const down = serviceProblem({ state: 'unreachable', server: 'https://tokens.example.com' })!;
    expect(down.message).toBe('The token server could not be reached at https://tokens.example.com.');
    expect(down.fix).toContain('config.json');
    // Same origin, as before: the npm start wording.
    expect(serviceProblem({ state: 'unreachable' })!.fix).toContain('npm start');
    await speak('ko');
    expect(serviceProblem({ state: 'mixed_content', server: 'http://tokens.example.com', page: 'https://you.github.io' })!.message).toContain('차단합니다');
  });
});

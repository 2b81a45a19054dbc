// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { switchLocale } from '../../../src/i18n/catalogue.ts';
import { useLocaleStore } from '../../../src/i18n/locale.ts';
import PersonaStudio from '../../../src/persona/persona-studio.tsx';
import { usePersonaStore } from '../../../src/persona/persona-store.ts';
import { setGeminiProxyBase } from '../../../src/persona/gemini-settings.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';
import { LibraryActions } from '../../../src/persona/library-actions.tsx';
import { signalFirstScreenReady } from '../../../src/lib/when-idle.ts';
import { PersonaCard } from '../../../src/persona/persona-card.tsx';

/** The studio with its full form open, as the Edit dialog shows it (the dialog itself is tested in persona-editor.test.tsx). */
const StudioWithForm = () => (
  <>
    <PersonaStudio />
    <PersonaCard />
    <LibraryActions />
  </>
);

let standin: GeminiStandin;
beforeAll(async () => {
  // As the page does once Start call works: what waits for that (the status line) may load now.
  signalFirstScreenReady();
  standin = await startGeminiStandin();
  setGeminiProxyBase(`${standin.baseUrl}/api/gemini`);
});
afterAll(async () => {
  setGeminiProxyBase(null);
  await standin.close();
});
beforeEach(async () => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  usePersonaStore.setState({ request: { language: 'en', brief: '', scenario: '', difficulty: 'normal' }, draft: {}, persona: null, issues: [], status: 'idle', failure: null, notice: null, message: null, previousDraft: null, writingField: null });
  await switchLocale('ko');
});
afterEach(() => {
  useLocaleStore.getState().setLocale('en');
});

const switchTo = (locale: 'en' | 'ko') => act(async () => {
  await switchLocale(locale);
});

describe('the studio in Korean', () => {
  it('labels the form and the card in Korean, and English again after a switch', async () => {
    const user = userEvent.setup();
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    expect(screen.getByRole('form', { name: '페르소나 요청' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '페르소나 만들기' })).toBeInTheDocument();
    expect(screen.getByLabelText('상황 유형')).toHaveTextContent('카페에서 주문하기');
    const barista = PERSONA_PRESETS.find((p) => p.id === 'tired-barista')!;
    await user.click(await screen.findByRole('button', { name: /기분이 안 좋은 날의 바리스타 \(영어\)/ }));
    expect(screen.getByLabelText('이름')).toHaveValue(barista.persona.name);
    expect(screen.getByLabelText('목소리')).toHaveTextContent('남성, 자연스럽고 안정감 있음');
    expect(screen.getByText(/기본 제공 페르소나 “Jamie Rollins” 님을 불러왔습니다/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('첫 대사'));
    expect(screen.getByText('첫 대사: 비워 둘 수 없습니다')).toBeInTheDocument();

    await switchTo('en');
    expect(screen.getByText(/Loaded the built-in persona "Jamie Rollins"/)).toBeInTheDocument();
    expect(screen.getByText('Opening line must not be empty')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Barista on a bad day \(English\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /게임 회사 면접관 \(Korean\)/ })).toBeInTheDocument();
  });

  it('says a stored note again when the language changes', async () => {
    const user = userEvent.setup();
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    await user.click(screen.getByRole('button', { name: '페르소나 만들기' }));
    expect(screen.getByRole('alert')).toHaveTextContent('먼저 간단한 설명을 쓰거나 상황 유형을 고르세요.');
    await switchTo('en');
    expect(screen.getByRole('alert')).toHaveTextContent('Write a short brief or pick a scenario type first.');
  });

  it('says a Gemini failure in Korean, and again in English after a switch', async () => {
    const user = userEvent.setup();
    standin.injectFault({ kind: '429', perDay: true });
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    await user.type(screen.getByLabelText('설명'), '영업 팀장');
    await user.click(screen.getByRole('button', { name: '페르소나 만들기' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('오늘의 Gemini 사용 한도를 모두 썼습니다');
    expect(screen.getByRole('link', { name: '기본 제공 페르소나 사용하기' })).toBeInTheDocument();
    await switchTo('en');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Today's Gemini quota is used up"));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick a built-in persona, or use your own Gemini key in Settings.');
  });
});

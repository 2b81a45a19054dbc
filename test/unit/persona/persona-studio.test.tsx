// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startGeminiStandin, type GeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import PersonaStudio from '../../../src/persona/persona-studio.tsx';
import { usePersonaStore } from '../../../src/persona/persona-store.ts';
import { setGeminiProxyBase } from '../../../src/persona/gemini-settings.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';
import { compilePersona } from '../../../src/persona/compile-persona.ts';
import { personaToHash } from '../../../src/persona/share-link.ts';
import { useLocaleStore } from '../../../src/i18n/locale.ts';
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

// These tests read the English words.
beforeEach(() => useLocaleStore.getState().setLocale('en'));

let standin: GeminiStandin;
beforeAll(async () => {
  // As the page does once Start call works: what waits for that (the status line) may load now.
  signalFirstScreenReady();
  standin = await startGeminiStandin({ chunkDelayMs: 40 });
  setGeminiProxyBase(`${standin.baseUrl}/api/gemini`);
});
afterAll(async () => {
  setGeminiProxyBase(null);
  await standin.close();
});
beforeEach(() => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  usePersonaStore.setState({ request: { language: 'en', brief: '', scenario: '', difficulty: 'normal' }, draft: {}, persona: null, issues: [], status: 'idle', failure: null, message: null, previousDraft: null, writingField: null });
});

const card = () => screen.getByRole('region', { name: 'Persona' });
/** What Start would call with: the card's persona when it is complete and valid. */
const currentPersona = () => usePersonaStore.getState().persona;

describe('PersonaStudio', () => {
  it('loads a built-in persona with one click and lets the user edit a field', async () => {
    const user = userEvent.setup();
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    const preset = PERSONA_PRESETS.find((p) => p.id === 'tired-barista')!;
    await user.click(await screen.findByRole('button', { name: new RegExp(preset.title.en.replace(/[()]/g, '.')) }));
    const name = screen.getByLabelText('Name');
    expect(name).toHaveValue('Jamie Rollins');
    await user.clear(name);
    await user.type(name, 'Jamie Park');
    expect(currentPersona()?.name).toBe('Jamie Park');
    await user.selectOptions(screen.getByLabelText('Voice'), 'cedar');
    expect(currentPersona()?.voice).toBe('cedar');
    await user.clear(screen.getByLabelText('Opening line'));
    expect(currentPersona()).toBeNull();
    expect(screen.getByText('Opening line must not be empty')).toBeInTheDocument();
    // persisted for a reload
    expect(JSON.parse(localStorage.getItem('persona-talk.current-persona.v1')!).draft.name).toBe('Jamie Park');
  });

  it('streams a persona from the brief, shows it filling in, and Stop keeps what was written', async () => {
    const user = userEvent.setup();
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    await user.selectOptions(screen.getByLabelText('Language'), 'ko');
    await user.type(screen.getByLabelText('Brief'), '나쁜 하루를 보내는 카페 바리스타');
    await user.click(screen.getByRole('button', { name: 'Create persona' }));
    await waitFor(() => expect(card()).toHaveAttribute('data-streaming', 'true'));
    await waitFor(() => expect((screen.getByLabelText('Role') as HTMLInputElement).value).not.toBe(''), { timeout: 5000 });
    expect(screen.getByLabelText('Opening line')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(card()).toHaveAttribute('data-streaming', 'false'));
    expect(screen.getByRole('alert')).toHaveTextContent('Stopped');
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toMatch(/[\uac00-\ud7a3]/);
    expect(screen.getByLabelText('Opening line')).toHaveValue('');
    expect(currentPersona()).toBeNull();
    // still editable after the stop
    await user.type(screen.getByLabelText('Opening line'), '어서 오세요!');
    expect(usePersonaStore.getState().draft.openingLine).toBe('어서 오세요!');
    expect(screen.getByLabelText('Brief')).toHaveValue('나쁜 하루를 보내는 카페 바리스타');
  });

  it('finishes a full generation into a valid persona', async () => {
    const user = userEvent.setup();
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    await user.type(screen.getByLabelText('Brief'), 'a strict interviewer at a Seoul game studio');
    await user.click(screen.getByRole('button', { name: 'Create persona' }));
    await waitFor(() => expect(usePersonaStore.getState().status).toBe('done'), { timeout: 10_000 });
    expect(card()).toHaveAttribute('data-streaming', 'false');
    expect(currentPersona()?.language).toBe('en');
    expect(screen.getByLabelText('Opening line')).not.toHaveValue('');
  });

  it('shows a failure with its fix and keeps the card when Gemini refuses', async () => {
    const user = userEvent.setup();
    usePersonaStore.getState().applyPersona(PERSONA_PRESETS[0]!.persona);
    standin.injectFault({ kind: '429', perDay: true });
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    await user.type(screen.getByLabelText('Brief'), 'a sales manager');
    await user.click(screen.getByRole('button', { name: 'Create persona' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Today's Gemini quota is used up");
    expect(screen.getByRole('link', { name: 'Use a built-in persona' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue(PERSONA_PRESETS[0]!.persona.name);
    expect(screen.getByLabelText('Brief')).toHaveValue('a sales manager');
  });

  it('opens a shared link from the URL hash (Korean) and reports a broken one', async () => {
    const korean = PERSONA_PRESETS.find((p) => p.persona.language === 'ko')!.persona;
    window.history.replaceState(null, '', `/${personaToHash(korean)}`);
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    expect(screen.getByLabelText('Name')).toHaveValue(korean.name);
    expect(window.location.hash).toBe('');
    act(() => {
      window.location.hash = '#persona=broken!';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('shared persona link is damaged');
    expect(screen.getByLabelText('Name')).toHaveValue(korean.name);
  });

  it('saves to the library, loads and deletes', async () => {
    const user = userEvent.setup();
    render(<StudioWithForm />);
    await screen.findByRole('form'); // the brief form loads once the page is usable
    const korean = PERSONA_PRESETS.find((p) => p.persona.language === 'ko')!;
    await user.click(await screen.findByRole('button', { name: new RegExp(korean.title.en.replace(/[()]/g, '.')) }));
    await user.click(screen.getByRole('button', { name: 'Save to library' }));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect((screen.getByLabelText('Share link') as HTMLInputElement).value).toContain('#persona=');
    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: `Load ${korean.persona.name}` }));
    expect(screen.getByLabelText('Name')).toHaveValue(korean.persona.name);
    await user.click(screen.getByRole('button', { name: `Delete ${korean.persona.name}` }));
    expect(screen.getByText('Nothing saved yet.')).toBeInTheDocument();
  });

  it('with Gemini unreachable, says so and the built-in personas still work', async () => {
    const user = userEvent.setup();
    const down = await startGeminiStandin();
    const url = down.baseUrl;
    await down.close();
    setGeminiProxyBase(`${url}/api/gemini`);
    try {
      render(<StudioWithForm />);
      await screen.findByRole('form');
      await user.selectOptions(screen.getByLabelText('Scenario type'), 'cafe-order');
      await user.click(screen.getByRole('button', { name: 'Create persona' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveAttribute('data-failure-code', 'network');
      await user.click(await screen.findByRole('button', { name: /카페 사장님/ }));
      const persona = currentPersona();
      expect(persona?.language).toBe('ko');
      expect(compilePersona(persona!).instructions).toContain('Opening line (say this first, word for word): "어서 오세요!');
    } finally {
      setGeminiProxyBase(`${standin.baseUrl}/api/gemini`);
    }
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocaleStore } from '../../../src/i18n/locale.ts';
import { PersonaSummary } from '../../../src/persona/persona-summary.tsx';
import { usePersonaStore } from '../../../src/persona/persona-store.ts';
import { PERSONA_PRESETS } from '../../../src/persona/presets.ts';

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  usePersonaStore.getState().applyPersona(PERSONA_PRESETS[0]!.persona);
});
afterEach(() => cleanup());

describe('the persona card and its editor', () => {
  it('shows who you will talk to, and Edit opens every field in a dialog that gives the focus back', async () => {
    const user = userEvent.setup();
    const persona = PERSONA_PRESETS[0]!.persona;
    render(<PersonaSummary start={<button type="button">Start call</button>} />);
    const card = screen.getByRole('region', { name: 'Persona' });
    expect(card).toHaveTextContent(persona.name);
    expect(card).toHaveTextContent(persona.role);
    expect(card).toHaveTextContent(persona.scene);
    expect(card).toHaveTextContent(persona.userGoal);
    expect(screen.queryByLabelText('Opening line')).toBeNull();

    const edit = screen.getByRole('button', { name: 'Edit' });
    await user.click(edit);
    const dialog = await screen.findByRole('dialog', { name: 'Edit the persona' });
    const opening = screen.getByLabelText('Opening line');
    expect(dialog).toContainElement(opening);
    await user.clear(opening);
    await user.type(opening, 'Hello there.');
    expect(usePersonaStore.getState().draft.openingLine).toBe('Hello there.');

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(edit).toHaveFocus();
  });
});

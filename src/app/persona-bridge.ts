import { compilePersona } from '../persona/compile-persona';
import { usePersonaStore, type PersonaState } from '../persona/persona-store';
import { getCallController } from '../call/call-store';

/** Edits come in keystroke by keystroke; mint a key for the persona only once the user pauses. */
const SETTLE_MS = 1_000;

/**
 * Feeds the persona on the card to the call, so its key is fetched before Start is pressed. A persona that
 * is still being written, or is incomplete, gives no call config (Start stays disabled).
 */
export function connectPersonaToCall(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const apply = (state: PersonaState) => {
    const persona = state.status === 'generating' ? null : state.persona;
    getCallController().configure(persona ? { ...compilePersona(persona), personaName: persona.name } : null);
  };
  apply(usePersonaStore.getState());
  const unsubscribe = usePersonaStore.subscribe((state, previous) => {
    if (state.persona === previous.persona && state.status === previous.status) return;
    if (timer) clearTimeout(timer);
    const immediate = !previous.persona || previous.status === 'generating';
    timer = setTimeout(() => apply(usePersonaStore.getState()), immediate ? 0 : SETTLE_MS);
  });
  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}

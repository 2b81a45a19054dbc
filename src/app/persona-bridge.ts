import { compilePersona } from '../persona/compile-persona';
import { usePersonaStore, type PersonaState } from '../persona/persona-store';
import { callController } from '../call/call-engine';

/**
 * Feeds the persona on the card to the call, so its key is fetched before Start is pressed. A persona that
 * is still being written, or is incomplete, gives no call config (Start stays disabled).
 */
export function connectPersonaToCall(): () => void {
  const apply = (state: PersonaState) => {
    const persona = state.status === 'generating' ? null : state.persona;
    callController.configure(persona ? { ...compilePersona(persona), personaName: persona.name } : null);
  };
  apply(usePersonaStore.getState());
  const unsubscribe = usePersonaStore.subscribe((state, previous) => {
    if (state.persona !== previous.persona || state.status !== previous.status) apply(state);
  });
  return unsubscribe;
}

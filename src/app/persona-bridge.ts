import { compilePersona, MAX_INSTRUCTIONS_CHARS } from '../persona/compile-persona';
import { usePersonaStore, type PersonaState } from '../persona/persona-store';
import { callController } from '../call/call-engine';
import { usePracticeNotes } from '../report/practice-notes';

/**
 * Feeds the persona on the card to the call, so its key is fetched before Start is pressed. A persona that
 * is still being written, or is incomplete, gives no call config (Start stays disabled).
 */
export function connectPersonaToCall(): () => void {
  const apply = (state: PersonaState) => {
    const persona = state.status === 'generating' ? null : state.persona;
    if (!persona) return callController.configure(null);
    const compiled = compilePersona(persona);
    // "Practice again" after a report: the next call's persona is told what the learner is practising.
    const notes = usePracticeNotes.getState().notes;
    const instructions = notes ? `${compiled.instructions}\n\n${notes}`.slice(0, MAX_INSTRUCTIONS_CHARS) : compiled.instructions;
    callController.configure({ ...compiled, instructions, personaName: persona.name });
  };
  apply(usePersonaStore.getState());
  const unsubscribe = usePersonaStore.subscribe((state, previous) => {
    if (state.persona !== previous.persona || state.status !== previous.status) apply(state);
  });
  const unsubscribeNotes = usePracticeNotes.subscribe((state, previous) => {
    if (state.notes !== previous.notes) apply(usePersonaStore.getState());
  });
  return () => {
    unsubscribe();
    unsubscribeNotes();
  };
}

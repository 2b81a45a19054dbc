import { compilePersona } from '../persona/compile-persona';
import { PERSONA_PRESETS } from '../persona/presets';
import { getCallController } from '../call/call-store';

/** Feeds the current persona to the call, so its key is fetched before Start is pressed. */
export function connectPersonaToCall(): () => void {
  const preset = PERSONA_PRESETS.find((p) => p.persona.language === 'en') ?? PERSONA_PRESETS[0];
  if (!preset) return () => undefined;
  const compiled = compilePersona(preset.persona);
  getCallController().configure({ ...compiled, personaName: preset.persona.name });
  return () => undefined;
}

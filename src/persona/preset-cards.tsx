import { useEffect } from 'react';
import { PERSONA_PRESETS } from './presets';
import { isFirstVisit, usePersonaStore } from './persona-store';

/** A first visit starts with a persona on the card, so Start call works at once. */
const FIRST_VISIT_PRESET = PERSONA_PRESETS.find((preset) => preset.persona.language === 'en') ?? PERSONA_PRESETS[0];

// Loaded lazily: the presets are the largest static data of the studio and not needed for the first paint.
export default function PresetCards() {
  const applyPersona = usePersonaStore((s) => s.applyPersona);
  useEffect(() => {
    const { draft, status } = usePersonaStore.getState();
    if (isFirstVisit() && FIRST_VISIT_PRESET && status === 'idle' && Object.keys(draft).length === 0) applyPersona(FIRST_VISIT_PRESET.persona);
  }, [applyPersona]);
  return (
    <section id="persona-presets" className="persona-presets" aria-label="Built-in personas">
      <h3>Built-in personas</h3>
      <ul>
        {PERSONA_PRESETS.map((preset) => (
          <li key={preset.id}>
            <button type="button" onClick={() => applyPersona(preset.persona, `Loaded the built-in persona "${preset.persona.name}".`)}>
              <strong>{preset.title}</strong>
              <span>{preset.persona.name} · {preset.persona.role}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

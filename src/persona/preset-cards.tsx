import { useEffect } from 'react';
import { useLocaleStore } from '../i18n/locale';
import { useMessages } from '../i18n/catalogue';
import { personaFieldMessages } from './persona-field-messages';
import { PersonaBadge } from './persona-badge';
import { PERSONA_PRESETS } from './presets';
import { isFirstVisit, usePersonaStore } from './persona-store';
import { studioMessages } from './studio-messages';

/** A first visit starts with a persona on the card, so Start call works at once. */
const FIRST_VISIT_PRESET = PERSONA_PRESETS.find((preset) => preset.persona.language === 'en') ?? PERSONA_PRESETS[0];

// Loaded lazily: the presets are the largest static data of the studio and not needed for the first paint.
export default function PresetCards() {
  const applyPersona = usePersonaStore((s) => s.applyPersona);
  const current = usePersonaStore((s) => s.persona?.name ?? null);
  const locale = useLocaleStore((s) => s.locale);
  const m = useMessages(studioMessages);
  const words = useMessages(personaFieldMessages);
  useEffect(() => {
    const { draft, status } = usePersonaStore.getState();
    if (isFirstVisit() && FIRST_VISIT_PRESET && status === 'idle' && Object.keys(draft).length === 0) applyPersona(FIRST_VISIT_PRESET.persona);
  }, [applyPersona]);
  return (
    <section id="persona-presets" className="persona-presets" aria-label={m.presets}>
      <h3>{m.presets}</h3>
      <ul className="persona-cards">
        {PERSONA_PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              className="persona-tile"
              aria-pressed={current === preset.persona.name}
              onClick={() => applyPersona(preset.persona, { code: 'preset_loaded', name: preset.persona.name })}
            >
              <strong>{m.presetTitle(preset.title[locale], words.languageNames[preset.persona.language])}</strong>
              <PersonaBadge name={preset.persona.name} role={preset.persona.role} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

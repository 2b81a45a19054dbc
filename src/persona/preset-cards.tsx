import { PERSONA_PRESETS } from './presets.ts';
import { usePersonaStore } from './persona-store.ts';

export function PresetCards() {
  const applyPersona = usePersonaStore((s) => s.applyPersona);
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

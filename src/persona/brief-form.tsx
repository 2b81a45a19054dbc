import { PERSONA_LANGUAGES, type PersonaLanguage } from './languages';
import { usePersonaStore } from './persona-store';
import { DIFFICULTIES, SCENARIO_TYPES, type DifficultyId, type ScenarioTypeId } from './scenarios';

export function BriefForm() {
  const request = usePersonaStore((s) => s.request);
  const generating = usePersonaStore((s) => s.status === 'generating');
  const setRequest = usePersonaStore((s) => s.setRequest);
  const createPersona = usePersonaStore((s) => s.createPersona);
  const stopGeneration = usePersonaStore((s) => s.stopGeneration);

  return (
    <form
      className="brief-form"
      aria-label="Persona brief"
      onSubmit={(event) => {
        event.preventDefault();
        void createPersona();
      }}
    >
      <div className="brief-row">
        <label>
          Language
          <select value={request.language} onChange={(e) => setRequest({ language: e.target.value as PersonaLanguage })}>
            {PERSONA_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>{l.label}</option>
            ))}
          </select>
        </label>
        <label>
          Scenario type
          <select value={request.scenario} onChange={(e) => setRequest({ scenario: e.target.value as ScenarioTypeId | '' })}>
            <option value="">(none, use the brief)</option>
            {SCENARIO_TYPES.map((s) => (
              <option key={s.id} value={s.id}>{s.label}</option>
            ))}
          </select>
        </label>
        <label>
          Difficulty
          <select value={request.difficulty} onChange={(e) => setRequest({ difficulty: e.target.value as DifficultyId })}>
            {DIFFICULTIES.map((d) => (
              <option key={d.id} value={d.id}>{d.label}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="brief-text">
        Brief
        <textarea
          rows={2}
          value={request.brief}
          placeholder="a strict interviewer at a Seoul game studio"
          onChange={(e) => setRequest({ brief: e.target.value })}
        />
      </label>
      <div className="brief-actions">
        <button type="submit" disabled={generating}>Create persona</button>
        <button type="button" onClick={stopGeneration} disabled={!generating}>Stop</button>
      </div>
    </form>
  );
}

import { useMessages } from '../i18n/catalogue';
import { PERSONA_LANGUAGES, type PersonaLanguage } from './languages';
import { personaFieldMessages } from './persona-field-messages';
import { usePersonaStore } from './persona-store';
import { DIFFICULTIES, SCENARIO_TYPES, type DifficultyId, type ScenarioTypeId } from './scenarios';
import { studioExtraMessages } from './studio-extra-messages';
import { studioMessages } from './studio-messages';

export function BriefForm() {
  const request = usePersonaStore((s) => s.request);
  const generating = usePersonaStore((s) => s.status === 'generating');
  const setRequest = usePersonaStore((s) => s.setRequest);
  const createPersona = usePersonaStore((s) => s.createPersona);
  const stopGeneration = usePersonaStore((s) => s.stopGeneration);
  const m = useMessages(studioMessages);
  const words = useMessages(personaFieldMessages);
  const extra = useMessages(studioExtraMessages);

  return (
    <form
      className="brief-form"
      aria-label={m.briefForm}
      onSubmit={(event) => {
        event.preventDefault();
        void createPersona();
      }}
    >
      <div className="brief-row">
        <label>
          {m.language}
          <select value={request.language} onChange={(e) => setRequest({ language: e.target.value as PersonaLanguage })}>
            {PERSONA_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>{words.languageNames[l.code]}</option>
            ))}
          </select>
        </label>
        <label>
          {m.scenarioType}
          <select value={request.scenario} onChange={(e) => setRequest({ scenario: e.target.value as ScenarioTypeId | '' })}>
            <option value="">{m.noScenario}</option>
            {SCENARIO_TYPES.map((s) => (
              <option key={s.id} value={s.id}>{extra.scenarioLabels[s.id]}</option>
            ))}
          </select>
        </label>
        <label>
          {m.difficulty}
          <select value={request.difficulty} onChange={(e) => setRequest({ difficulty: e.target.value as DifficultyId })}>
            {DIFFICULTIES.map((d) => (
              <option key={d.id} value={d.id}>{extra.difficultyLabels[d.id]}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="brief-text">
        {m.brief}
        <textarea
          rows={2}
          value={request.brief}
          placeholder={m.briefPlaceholder}
          onChange={(e) => setRequest({ brief: e.target.value })}
        />
      </label>
      <div className="brief-actions">
        <button type="submit" disabled={generating}>{m.createPersona}</button>
        <button type="button" onClick={stopGeneration} disabled={!generating}>{m.stop}</button>
      </div>
    </form>
  );
}

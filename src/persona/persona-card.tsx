import { useMessages } from '../i18n/catalogue';
import { PERSONA_LANGUAGES, type PersonaLanguage } from './languages';
import { issueText, personaFieldMessages } from './persona-field-messages';
import { MULTILINE_FIELDS } from './persona-fields';
import { PERSONA_FIELDS, type PersonaField } from './persona-schema';
import { usePersonaStore } from './persona-store';
import { studioExtraMessages } from './studio-extra-messages';
import { studioMessages } from './studio-messages';
import { REALTIME_VOICES, type RealtimeVoice } from './voices';

/** The persona, every field editable; fills in field by field while Gemini writes it. */
export function PersonaCard() {
  const draft = usePersonaStore((s) => s.draft);
  const issues = usePersonaStore((s) => s.issues);
  const streaming = usePersonaStore((s) => s.status === 'generating');
  const writingField = usePersonaStore((s) => s.writingField);
  const setField = usePersonaStore((s) => s.setField);
  const m = { ...useMessages(studioMessages), ...useMessages(studioExtraMessages) };
  const words = useMessages(personaFieldMessages);
  const empty = Object.keys(draft).length === 0;
  const issueOf = (field: PersonaField) => (empty ? undefined : issues.find((i) => i.path === field));

  return (
    <section className="persona-card" aria-label={m.fields} data-streaming={streaming ? 'true' : 'false'} aria-busy={streaming}>
      {PERSONA_FIELDS.map((field) => {
        const id = `persona-field-${field}`;
        const writing = streaming && writingField === field;
        const problem = streaming ? undefined : issueOf(field);
        const common = {
          id,
          readOnly: streaming,
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': problem ? `${id}-problem` : undefined,
          'data-writing': writing ? 'true' : undefined,
        };
        let input;
        if (field === 'voice') {
          input = (
            <select {...common} disabled={streaming} value={draft.voice ?? ''} onChange={(e) => setField('voice', (e.target.value || undefined) as RealtimeVoice | undefined)}>
              <option value="">{m.chooseVoice}</option>
              {REALTIME_VOICES.map((v) => (
                <option key={v} value={v}>{m.voiceOption(v, m.voiceDescriptions[v])}</option>
              ))}
            </select>
          );
        } else if (field === 'language') {
          input = (
            <select {...common} disabled={streaming} value={draft.language ?? ''} onChange={(e) => setField('language', (e.target.value || undefined) as PersonaLanguage | undefined)}>
              <option value="">{m.chooseLanguage}</option>
              {PERSONA_LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>{words.languageNames[l.code]}</option>
              ))}
            </select>
          );
        } else if (field === 'age') {
          input = (
            <input
              {...common}
              type="number"
              inputMode="numeric"
              value={draft.age ?? ''}
              onChange={(e) => setField('age', e.target.value === '' ? undefined : Number(e.target.value))}
            />
          );
        } else if (MULTILINE_FIELDS.has(field)) {
          input = <textarea {...common} rows={field === 'openingLine' ? 2 : 3} value={draft[field] ?? ''} onChange={(e) => setField(field, e.target.value)} />;
        } else {
          input = <input {...common} type="text" value={(draft[field] as string | undefined) ?? ''} onChange={(e) => setField(field, e.target.value)} />;
        }
        return (
          <div key={field} className={`persona-field persona-field-${field}`}>
            <label htmlFor={id}>{words.fieldLabels[field]}</label>
            {writing && <span className="persona-writing" aria-hidden="true">{m.writing}</span>}
            {input}
            {problem && <small id={`${id}-problem`} className="persona-problem">{issueText(problem, words)}</small>}
          </div>
        );
      })}
    </section>
  );
}

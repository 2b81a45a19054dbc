import type { ReactNode } from 'react';
import { useMessages } from '../i18n/catalogue';
import { EditPersonaButton } from './edit-persona-button';
import { PersonaBadge } from './persona-badge';
import { personaFieldMessages } from './persona-field-messages';
import { usePersonaStore } from './persona-store';
import { studioMessages } from './studio-messages';

const FACTS = ['scene', 'userGoal'] as const;

/** Who you will talk to, as a card: face, name, role, the scene, your goal, language and voice, with Start beside it. */
export function PersonaSummary({ start, details }: { start?: ReactNode; details?: ReactNode }) {
  const draft = usePersonaStore((s) => s.draft);
  const streaming = usePersonaStore((s) => s.status === 'generating');
  const writingField = usePersonaStore((s) => s.writingField);
  const m = useMessages(studioMessages);
  const words = useMessages(personaFieldMessages);
  const name = draft.name ?? '';
  return (
    <section className="persona-summary" aria-label={m.card} data-streaming={streaming ? 'true' : 'false'} aria-busy={streaming}>
      {name ? (
        <div data-field="name" data-writing={writingField === 'name' ? 'true' : undefined}>
          <PersonaBadge name={name} role={draft.role} size="large" />
        </div>
      ) : (
        <p className="persona-summary-empty">{streaming ? m.writing.trim() : m.noPersona}</p>
      )}
      <dl className="persona-facts">
        {FACTS.map((field) =>
          draft[field] ? (
            <div key={field} data-field={field} data-writing={writingField === field ? 'true' : undefined}>
              <dt>{words.fieldLabels[field]}</dt>
              <dd>{draft[field]}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {draft.language || draft.voice ? (
          <p className="persona-facts-inline">
            {draft.language ? (
              <span data-field="language">
                {words.fieldLabels.language}: <strong>{words.languageNames[draft.language]}</strong>
              </span>
            ) : null}
            {draft.voice ? (
              <span data-field="voice">
                {words.fieldLabels.voice}: <strong>{draft.voice}</strong>
              </span>
            ) : null}
          </p>
        ) : null}
      <div className="persona-summary-actions">
        {start}
        <EditPersonaButton />
      </div>
      {details}
    </section>
  );
}

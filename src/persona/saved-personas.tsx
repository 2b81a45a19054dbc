import { useMessages } from '../i18n/catalogue';
import { PersonaBadge } from './persona-badge';
import { usePersonaStore } from './persona-store';
import { studioMessages } from './studio-messages';

/** The personas kept in this browser, as cards to load or delete. */
export function SavedPersonas() {
  const library = usePersonaStore((s) => s.library);
  const loadFromLibrary = usePersonaStore((s) => s.loadFromLibrary);
  const deleteFromLibrary = usePersonaStore((s) => s.deleteFromLibrary);
  const m = useMessages(studioMessages);
  return (
    <section className="persona-saved" aria-label={m.library}>
      <h3>{m.savedPersonas}</h3>
      {library.length === 0 ? (
        <p className="library-empty">{m.nothingSaved}</p>
      ) : (
        <ul className="persona-cards">
          {library.map((entry) => (
            <li key={entry.id} className="persona-tile">
              <PersonaBadge name={entry.persona.name} role={entry.persona.role} />
              <div className="persona-tile-actions">
                <button type="button" onClick={() => loadFromLibrary(entry.id)} aria-label={m.loadNamed(entry.persona.name)}>{m.load}</button>
                <button type="button" className="quiet" onClick={() => deleteFromLibrary(entry.id)} aria-label={m.deleteNamed(entry.persona.name)}>{m.delete}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useMessages } from '../i18n/catalogue';
import { usePersonaStore } from './persona-store';
import { studioMessages } from './studio-messages';

/** Save / load / delete in the local library, and the share link. */
export function LibraryPanel() {
  const library = usePersonaStore((s) => s.library);
  const shareUrl = usePersonaStore((s) => s.shareUrl);
  const canUse = usePersonaStore((s) => s.persona !== null && s.status !== 'generating');
  const saveToLibrary = usePersonaStore((s) => s.saveToLibrary);
  const loadFromLibrary = usePersonaStore((s) => s.loadFromLibrary);
  const deleteFromLibrary = usePersonaStore((s) => s.deleteFromLibrary);
  const createShareLink = usePersonaStore((s) => s.createShareLink);
  const m = useMessages(studioMessages);

  const share = () => {
    const url = createShareLink(window.location.href);
    if (url) void navigator.clipboard?.writeText(url).catch(() => {});
  };

  return (
    <section className="persona-library" aria-label={m.library}>
      <div className="library-actions">
        <button type="button" onClick={saveToLibrary} disabled={!canUse}>{m.saveToLibrary}</button>
        <button type="button" onClick={share} disabled={!canUse}>{m.copyShareLink}</button>
      </div>
      {shareUrl && (
        <label className="share-link">
          {m.shareLink}
          <input type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <h3>{m.savedPersonas}</h3>
      {library.length === 0 ? (
        <p className="library-empty">{m.nothingSaved}</p>
      ) : (
        <ul>
          {library.map((entry) => (
            <li key={entry.id}>
              <span>{entry.persona.name} · {entry.persona.role}</span>
              <button type="button" onClick={() => loadFromLibrary(entry.id)} aria-label={m.loadNamed(entry.persona.name)}>{m.load}</button>
              <button type="button" onClick={() => deleteFromLibrary(entry.id)} aria-label={m.deleteNamed(entry.persona.name)}>{m.delete}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { usePersonaStore } from './persona-store';

/** Save / load / delete in the local library, and the share link. */
export function LibraryPanel() {
  const library = usePersonaStore((s) => s.library);
  const shareUrl = usePersonaStore((s) => s.shareUrl);
  const canUse = usePersonaStore((s) => s.persona !== null && s.status !== 'generating');
  const saveToLibrary = usePersonaStore((s) => s.saveToLibrary);
  const loadFromLibrary = usePersonaStore((s) => s.loadFromLibrary);
  const deleteFromLibrary = usePersonaStore((s) => s.deleteFromLibrary);
  const createShareLink = usePersonaStore((s) => s.createShareLink);

  const share = () => {
    const url = createShareLink(window.location.href);
    if (url) void navigator.clipboard?.writeText(url).catch(() => {});
  };

  return (
    <section className="persona-library" aria-label="Persona library">
      <div className="library-actions">
        <button type="button" onClick={saveToLibrary} disabled={!canUse}>Save to library</button>
        <button type="button" onClick={share} disabled={!canUse}>Copy share link</button>
      </div>
      {shareUrl && (
        <label className="share-link">
          Share link
          <input type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <h3>Saved personas</h3>
      {library.length === 0 ? (
        <p className="library-empty">Nothing saved yet.</p>
      ) : (
        <ul>
          {library.map((entry) => (
            <li key={entry.id}>
              <span>{entry.persona.name} · {entry.persona.role}</span>
              <button type="button" onClick={() => loadFromLibrary(entry.id)} aria-label={`Load ${entry.persona.name}`}>Load</button>
              <button type="button" onClick={() => deleteFromLibrary(entry.id)} aria-label={`Delete ${entry.persona.name}`}>Delete</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

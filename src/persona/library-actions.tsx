import { useMessages } from '../i18n/catalogue';
import { usePersonaStore } from './persona-store';
import { studioExtraMessages } from './studio-extra-messages';
import { studioMessages } from './studio-messages';

/** Keep the persona in this browser's library, or put it in a link to share. */
export function LibraryActions() {
  const shareUrl = usePersonaStore((s) => s.shareUrl);
  const canUse = usePersonaStore((s) => s.persona !== null && s.status !== 'generating');
  const saveToLibrary = usePersonaStore((s) => s.saveToLibrary);
  const createShareLink = usePersonaStore((s) => s.createShareLink);
  const m = { ...useMessages(studioMessages), ...useMessages(studioExtraMessages) };
  const share = () => {
    const url = createShareLink(window.location.href);
    if (url) void navigator.clipboard?.writeText(url).catch(() => {});
  };
  return (
    <div className="persona-library">
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
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/catalogue';
import { LibraryActions } from './library-actions';
import { PersonaCard } from './persona-card';
import { studioExtraMessages } from './studio-extra-messages';
import { studioMessages } from './studio-messages';

/** Every field of the persona in a modal dialog (Escape or Done closes it); the call always uses what is here. */
export default function PersonaEditor({ onClose }: { onClose: () => void }) {
  const m = { ...useMessages(studioMessages), ...useMessages(studioExtraMessages) };
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // A browser without modal dialogs still shows it, as a plain open dialog.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => (typeof element.close === 'function' ? element.close() : element.removeAttribute('open'));
  }, []);
  return (
    <dialog ref={dialog} className="persona-editor" aria-labelledby="persona-editor-title" onClose={onClose}>
      <header className="persona-editor-head">
        <h2 id="persona-editor-title">{m.editHeading}</h2>
        <button type="button" className="primary" onClick={onClose}>
          {m.done}
        </button>
      </header>
      <PersonaCard />
      <LibraryActions />
    </dialog>
  );
}

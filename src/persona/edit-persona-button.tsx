import { lazy, Suspense, useRef, useState } from 'react';
import { useMessages } from '../i18n/catalogue';
import { usePersonaStore } from './persona-store';
import { studioMessages } from './studio-messages';

// The full form (every field, save, share) loads the first time it is opened: the first screen does not need it.
const PersonaEditor = lazy(() => import('./persona-editor'));

/** Opens every field of the persona in a dialog, and puts the focus back here when it closes. */
export function EditPersonaButton() {
  const m = useMessages(studioMessages);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const hasDraft = usePersonaStore((s) => Object.keys(s.draft).length > 0 || s.status === 'generating');
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" disabled={!hasDraft}>
        {m.edit}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PersonaEditor onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}

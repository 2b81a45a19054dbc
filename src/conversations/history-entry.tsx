import { useRef, useState } from 'react';
import { useMessages } from '../i18n/catalogue';
import { HistoryPanel } from './history-panel';
import { conversationMessages } from './messages';
import './conversations.css';

/**
 * The History button and its dialog (a modal <dialog>: focus moves in, Escape closes it, focus returns to the
 * button). Loaded lazily by the app; the list is read only while the dialog is open.
 */
export default function HistoryEntry() {
  const m = useMessages(conversationMessages);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => dialogRef.current?.close();

  return (
    <>
      <button
        type="button"
        className="quiet"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-action="open-history"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        {m.historyButton}
      </button>
      <dialog ref={dialogRef} className="conv-dialog" aria-labelledby="conv-history-title" onClose={() => setOpen(false)}>
        <header className="conv-dialog-header">
          <h2 id="conv-history-title">{m.historyTitle}</h2>
          <button type="button" className="quiet" onClick={close} data-action="close-history">
            {m.close}
          </button>
        </header>
        {open ? <HistoryPanel onClose={close} /> : null}
      </dialog>
    </>
  );
}

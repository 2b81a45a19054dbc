import { useState, type FormEvent } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callController } from './call-engine';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';

export function TextTurnForm() {
  const m = useMessages(callMessages);
  const [text, setText] = useState('');
  const connected = useCallStore((state) => state.status === 'connected');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The text stays in the box if it could not be sent.
    if (callController.sendText(text)) setText('');
  };

  return (
    <form className="text-turn" onSubmit={submit}>
      <label htmlFor="text-turn-input" className="visually-hidden">
        {m.typeMessage}
      </label>
      <input
        id="text-turn-input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={connected ? m.typePlaceholder : m.typeWhenLive}
        autoComplete="off"
        enterKeyHint="send"
      />
      <button type="submit" disabled={!connected || !text.trim()}>
        {m.send}
      </button>
    </form>
  );
}

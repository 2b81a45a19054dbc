import { useState, type FormEvent } from 'react';
import { callController } from './call-engine';
import { useCallStore } from './call-store';

export function TextTurnForm() {
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
        Type a message
      </label>
      <input
        id="text-turn-input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={connected ? 'Or type a message…' : 'Start a call to type a message'}
        autoComplete="off"
      />
      <button type="submit" disabled={!connected || !text.trim()}>
        Send
      </button>
    </form>
  );
}

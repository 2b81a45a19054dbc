import { useEffect } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callController } from './call-engine';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image']);

/** Space types a space in a text field; everywhere else (buttons, the turn-mode radios) it means "talk". */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}

const press = () => callController.pressToTalk();
const release = () => callController.releaseToTalk();

/** Hold to talk, with the pointer or the Space key (ignored while typing in a field). */
export function PushToTalkButton() {
  const m = useMessages(callMessages);
  const held = useCallStore((state) => state.pushToTalkHeld);

  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (event.code !== 'Space' || event.repeat || isTyping(event.target)) return;
      event.preventDefault();
      press();
    };
    const up = (event: KeyboardEvent) => {
      if (event.code !== 'Space' || isTyping(event.target)) return;
      event.preventDefault();
      release();
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', release);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', release);
    };
  }, []);

  return (
    <button
      type="button"
      className={`push-to-talk ${held ? 'held' : ''}`}
      aria-pressed={held}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture?.(event.pointerId);
        press();
      }}
      onContextMenu={(event) => event.preventDefault()}
      onPointerUp={release}
      onPointerCancel={release}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.repeat) press();
      }}
      onKeyUp={(event) => {
        if (event.key === 'Enter') release();
      }}
    >
      {held ? m.listening : m.holdToTalk}
    </button>
  );
}

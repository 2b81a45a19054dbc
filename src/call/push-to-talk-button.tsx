import { useEffect } from 'react';
import { useCallStore } from './call-store';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Hold to talk, with the pointer or the Space key (ignored while typing in a field). */
export function PushToTalkButton() {
  const held = useCallStore((state) => state.pushToTalkHeld);
  const press = useCallStore((state) => state.pressToTalk);
  const release = useCallStore((state) => state.releaseToTalk);

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
  }, [press, release]);

  return (
    <button
      type="button"
      className={`push-to-talk ${held ? 'held' : ''}`}
      aria-pressed={held}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture?.(event.pointerId);
        press();
      }}
      onPointerUp={release}
      onPointerCancel={release}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.repeat) press();
      }}
      onKeyUp={(event) => {
        if (event.key === 'Enter') release();
      }}
    >
      {held ? 'Listening… release to send' : 'Hold to talk (Space)'}
    </button>
  );
}

import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callController } from './call-engine';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';
import { SERVICE_PROBLEM_ID } from './problem-banner';

let focusOnMount = false;

/** Called when the call stage closes: the next Start call button to appear takes the focus. */
export function focusStartWhenBack(): void {
  focusOnMount = true;
}

/** Start call, beside the persona it calls; disabled, with the reason tied to it, while no call can start. */
export function StartCallButton() {
  const m = useMessages(callMessages);
  const personaName = useCallStore((state) => state.personaName);
  const blocked = useCallStore((state) => state.serviceProblem !== null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    focusOnMount = false;
    button.current?.focus();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      className="primary start-call"
      onClick={() => void callController.start()}
      disabled={!personaName || blocked}
      aria-describedby={blocked ? SERVICE_PROBLEM_ID : undefined}
    >
      {m.startCall}
    </button>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/catalogue';
import { callController } from './call-engine';
import { focusStartWhenBack } from './start-call-button';
import { callMessages } from './call-messages';
import { CallStatus } from './call-status';
import { useCallStore } from './call-store';
import { ProblemBanner } from './problem-banner';
import { PushToTalkButton } from './push-to-talk-button';
import { TextTurnForm } from './text-turn-form';
import { TranscriptView } from './transcript-view';
import { TurnModePicker } from './turn-mode-picker';
import { VoiceLevels } from './voice-levels';

/** The call as the stage: who you talk to, the two voices, the words as captions, the controls always in reach. */
export function CallStage({ persona }: { persona: ReactNode }) {
  const m = useMessages(callMessages);
  const status = useCallStore((state) => state.status);
  const personaName = useCallStore((state) => state.personaName);
  const turnMode = useCallStore((state) => state.turnMode);
  const muted = useCallStore((state) => state.muted);
  const assistantSpeaking = useCallStore((state) => state.assistantSpeaking);
  const responseActive = useCallStore((state) => state.responseActive);
  const live = status === 'connected';
  const endButton = useRef<HTMLButtonElement>(null);
  // The call takes the page: the focus goes with it, to the control a keyboard user needs first, and back to
  // Start call when the call is over.
  useEffect(() => {
    endButton.current?.focus();
    return focusStartWhenBack;
  }, []);
  return (
    <section className="call-stage" aria-label={personaName ? m.callWith(personaName) : m.region}>
      <header className="stage-header">
        {persona}
        <CallStatus />
      </header>
      <ProblemBanner />
      <VoiceLevels />
      <TranscriptView personaName={personaName} />
      <TextTurnForm />
      <div className="control-bar" role="toolbar" aria-label={m.controls}>
        {live && turnMode === 'push_to_talk' ? <PushToTalkButton /> : null}
        <button type="button" onClick={() => callController.stopSpeaking()} disabled={!live || (!assistantSpeaking && !responseActive)} title={m.interruptHint}>
          {m.interrupt}
        </button>
        <button type="button" aria-pressed={muted} onClick={() => callController.setMuted(!muted)} disabled={!live}>
          {muted ? m.unmute : m.mute}
        </button>
        <button ref={endButton} type="button" className="danger" onClick={() => callController.end()}>
          {m.endCall}
        </button>
        <TurnModePicker />
      </div>
    </section>
  );
}

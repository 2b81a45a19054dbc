import { useMessages } from '../i18n/catalogue';
import { callMessages } from './call-messages';
import { CallStatus } from './call-status';
import { ProblemBanner } from './problem-banner';
import { StartCallButton } from './start-call-button';
import { TranscriptView } from './transcript-view';
import { TurnModePicker } from './turn-mode-picker';
import { useCallStore } from './call-store';
import { useTranscriptStore } from './transcript-store';

/** Beside the persona before a call: Start, how turns are taken, why a call cannot start, the last call's words. */
export function CallHomeControls() {
  const m = useMessages(callMessages);
  const status = useCallStore((state) => state.status);
  const personaName = useCallStore((state) => state.personaName);
  const hasTranscript = useTranscriptStore((state) => state.order.length > 0);
  return (
    <div className="call-home" role="group" aria-label={m.region}>
      <div className="call-home-start">
        <StartCallButton />
        {status !== 'idle' ? <CallStatus /> : null}
      </div>
      <ProblemBanner />
      <TurnModePicker />
      {hasTranscript ? <TranscriptView personaName={personaName} /> : null}
    </div>
  );
}

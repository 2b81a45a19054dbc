import { useMessages } from '../i18n/catalogue';
import { callMessages } from './call-messages';
import { CallStatus } from './call-status';
import { useCallStore } from './call-store';
import { ProblemBanner } from './problem-banner';
import { StartCallButton } from './start-call-button';
import { TranscriptView } from './transcript-view';
import { TurnModePicker } from './turn-mode-picker';
import { useTranscriptStore } from './transcript-store';

/** Start call, on the persona card, with how the last call went. */
export function CallStart() {
  const status = useCallStore((state) => state.status);
  return (
    <>
      <StartCallButton />
      {status !== 'idle' ? <CallStatus /> : null}
    </>
  );
}

/** Under the card before a call: why a call cannot start, how turns are taken, the last call's words. */
export function CallHomeDetails() {
  const m = useMessages(callMessages);
  const personaName = useCallStore((state) => state.personaName);
  const hasTranscript = useTranscriptStore((state) => state.order.length > 0);
  return (
    <div className="call-home" role="group" aria-label={m.region}>
      <ProblemBanner />
      <TurnModePicker />
      {hasTranscript ? <TranscriptView personaName={personaName} /> : null}
    </div>
  );
}

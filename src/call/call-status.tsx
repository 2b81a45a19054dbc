import { useMessages } from '../i18n/catalogue';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';

/** Where the call stands, said politely to a screen reader; `data-status` and the first-audio figure are for testers. */
export function CallStatus() {
  const m = useMessages(callMessages);
  const status = useCallStore((state) => state.status);
  const assistantSpeaking = useCallStore((state) => state.assistantSpeaking);
  const userSpeaking = useCallStore((state) => state.userSpeaking);
  const firstAudioMs = useCallStore((state) => state.firstAudioMs);
  const live = status === 'connected';
  const activity = live && assistantSpeaking ? m.personaSpeaking : live && userSpeaking ? m.hearingYou : '';
  return (
    <p
      className={`call-status status-${status}`}
      role="status"
      data-status={status}
      data-first-audio-ms={firstAudioMs === null ? undefined : Math.round(firstAudioMs)}
    >
      <span className="status-dot" aria-hidden="true" />
      {m.status[status]}
      {activity ? <span className="status-activity"> · {activity}</span> : null}
    </p>
  );
}

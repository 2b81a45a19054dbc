import { useMessages } from '../i18n/catalogue';
import type { GenerationNotice } from './generate-persona';
import { personaFieldMessages } from './persona-field-messages';
import { usePersonaStore } from './persona-store';
import { noteText, studioExtraMessages, type StudioExtraMessages } from './studio-extra-messages';
import { studioMessages } from './studio-messages';

function noticeText(notice: GenerationNotice, m: StudioExtraMessages): string {
  if (notice.kind === 'repairing') return m.repairing;
  return m.retrying(notice.failure.message, Math.max(1, Math.round(notice.delayMs / 1000)), notice.retry);
}

/** Progress notes, failures with their fix, and feedback from library/share actions. */
export default function GenerationStatus() {
  const status = usePersonaStore((s) => s.status);
  const notice = usePersonaStore((s) => s.notice);
  const failure = usePersonaStore((s) => s.failure);
  const message = usePersonaStore((s) => s.message);
  const canRestore = usePersonaStore((s) => s.previousDraft !== null && Object.keys(s.previousDraft).length > 0);
  const restorePrevious = usePersonaStore((s) => s.restorePrevious);
  const dismissMessage = usePersonaStore((s) => s.dismissMessage);
  const m = { ...useMessages(studioMessages), ...useMessages(studioExtraMessages) };
  const words = useMessages(personaFieldMessages);

  return (
    <div className="persona-status">
      <p role="status" aria-live="polite">
        {status === 'generating' ? (notice ? noticeText(notice, m) : m.writingPersona) : status === 'done' ? m.personaReady : ''}
      </p>
      {failure && (
        <div role="alert" className="persona-failure" data-failure-code={failure.code}>
          <p>{failure.message}</p>
          <p className="persona-fix">{failure.fix}</p>
          {failure.offerPresets && (
            <p>
              <a href="#persona-presets">{m.usePreset}</a>{m.usePresetWhy}
            </p>
          )}
          {failure.detail && failure.code !== 'aborted' && <p className="persona-detail">{m.details(failure.detail)}</p>}
          {canRestore && status !== 'generating' && (
            <button type="button" onClick={restorePrevious}>{m.restorePrevious}</button>
          )}
        </div>
      )}
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`persona-message persona-message-${message.tone}`}>
          {noteText(message.note, m, words)}{' '}
          <button type="button" className="link-button" onClick={dismissMessage} aria-label={m.dismiss}>×</button>
        </p>
      )}
    </div>
  );
}

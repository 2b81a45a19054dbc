import { usePersonaStore } from './persona-store';

/** Progress notes, failures with their fix, and feedback from library/share actions. */
export function GenerationStatus() {
  const status = usePersonaStore((s) => s.status);
  const notice = usePersonaStore((s) => s.notice);
  const failure = usePersonaStore((s) => s.failure);
  const message = usePersonaStore((s) => s.message);
  const canRestore = usePersonaStore((s) => s.previousDraft !== null && Object.keys(s.previousDraft).length > 0);
  const restorePrevious = usePersonaStore((s) => s.restorePrevious);
  const dismissMessage = usePersonaStore((s) => s.dismissMessage);

  return (
    <div className="persona-status">
      <p role="status" aria-live="polite">
        {status === 'generating' ? (notice ?? 'Gemini is writing the persona…') : status === 'done' ? 'Persona ready. Edit anything you like.' : ''}
      </p>
      {failure && (
        <div role="alert" className="persona-failure" data-failure-code={failure.code}>
          <p>{failure.message}</p>
          <p className="persona-fix">{failure.fix}</p>
          {failure.offerPresets && (
            <p>
              <a href="#persona-presets">Use a built-in persona</a> (they work without Gemini).
            </p>
          )}
          {failure.detail && failure.code !== 'aborted' && <p className="persona-detail">Details: {failure.detail}</p>}
          {canRestore && status !== 'generating' && (
            <button type="button" onClick={restorePrevious}>Restore previous persona</button>
          )}
        </div>
      )}
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`persona-message persona-message-${message.tone}`}>
          {message.text}{' '}
          <button type="button" className="link-button" onClick={dismissMessage} aria-label="Dismiss message">×</button>
        </p>
      )}
    </div>
  );
}

/** Voice ↔ text output. Shows what the server confirmed (latest session.updated), "pending…" until then. */
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';
type Modality = 'audio' | 'text';

interface OutputModalityToggleProps {
  requested: Modality;
  confirmed: Modality | null;
  /** False when no call is up (nothing to send the session.update on). */
  enabled: boolean;
  onChange: (modality: Modality) => void;
}

export function OutputModalityToggle({ requested, confirmed, enabled, onChange }: OutputModalityToggleProps) {
  const m = useMessages(debugMessages).output;
  const pending = enabled && confirmed !== requested;
  const shown = confirmed ?? requested;
  return (
    <div className="dbg-modality" role="group" aria-label={m.group}>
      <span>{m.label}</span>
      {(['audio', 'text'] as const).map((modality) => (
        <button
          key={modality}
          type="button"
          disabled={!enabled}
          aria-pressed={shown === modality}
          className={shown === modality ? 'dbg-on' : undefined}
          onClick={() => onChange(modality)}
        >
          {modality === 'audio' ? m.voice : m.text}
        </button>
      ))}
      <span className="dbg-muted" aria-live="polite">
        {pending ? m.pending(requested) : confirmed ? m.confirmed(confirmed) : ''}
      </span>
    </div>
  );
}

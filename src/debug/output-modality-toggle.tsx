/** Voice ↔ text output. Shows what the server confirmed (latest session.updated), "pending…" until then. */
type Modality = 'audio' | 'text';

interface OutputModalityToggleProps {
  requested: Modality;
  confirmed: Modality | null;
  /** False when no call is up (nothing to send the session.update on). */
  enabled: boolean;
  onChange: (modality: Modality) => void;
}

export function OutputModalityToggle({ requested, confirmed, enabled, onChange }: OutputModalityToggleProps) {
  const pending = enabled && confirmed !== requested;
  const shown = confirmed ?? requested;
  return (
    <div className="dbg-modality" role="group" aria-label="Model output">
      <span>output:</span>
      {(['audio', 'text'] as const).map((modality) => (
        <button
          key={modality}
          type="button"
          disabled={!enabled}
          aria-pressed={shown === modality}
          className={shown === modality ? 'dbg-on' : undefined}
          onClick={() => onChange(modality)}
        >
          {modality === 'audio' ? 'voice' : 'text'}
        </button>
      ))}
      <span className="dbg-muted" aria-live="polite">
        {pending ? `pending… (asked for ${requested})` : confirmed ? `confirmed: ${confirmed}` : ''}
      </span>
    </div>
  );
}

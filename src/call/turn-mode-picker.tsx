import type { TurnDetectionMode } from './call-config';
import { callController } from './call-engine';
import { useCallStore } from './call-store';

const MODES: Array<{ mode: TurnDetectionMode; label: string; hint: string }> = [
  { mode: 'server_vad', label: 'Auto', hint: 'Replies when you pause' },
  { mode: 'semantic_vad', label: 'Smart', hint: 'Waits until you sound finished' },
  { mode: 'push_to_talk', label: 'Push to talk', hint: 'Hold the button or Space' },
];

export function TurnModePicker() {
  const turnMode = useCallStore((state) => state.turnMode);
  return (
    <fieldset className="turn-modes">
      <legend>Turn-taking</legend>
      {MODES.map(({ mode, label, hint }) => (
        <label key={mode} title={hint}>
          <input type="radio" name="turn-mode" value={mode} checked={turnMode === mode} onChange={() => callController.setTurnMode(mode)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

import { useMessages } from '../i18n/catalogue';
import { TURN_DETECTION_MODES } from '../../server-token/contract';
import { callController } from './call-engine';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';

export function TurnModePicker() {
  const m = useMessages(callMessages);
  const turnMode = useCallStore((state) => state.turnMode);
  return (
    <fieldset className="turn-modes">
      <legend>{m.turnTaking}</legend>
      {TURN_DETECTION_MODES.map((mode) => (
        <label key={mode} title={m.turnModes[mode].hint}>
          <input type="radio" name="turn-mode" value={mode} checked={turnMode === mode} onChange={() => callController.setTurnMode(mode)} />
          {m.turnModes[mode].label}
        </label>
      ))}
    </fieldset>
  );
}

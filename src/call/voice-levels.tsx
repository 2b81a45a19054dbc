import { useCallback } from 'react';
import { LevelMeter, useLevel } from '../audio/level-meter';
import { useMessages } from '../i18n/catalogue';
import { callController } from './call-engine';
import { callMessages } from './call-messages';
import { useCallStore } from './call-store';
import type { Levels } from './level-hub';

const toMic = (levels: Levels) => levels.mic;
const toAssistant = (levels: Levels) => levels.assistant;

/** The two voices as two calm bars: yours and the persona's. */
export function VoiceLevels() {
  const m = useMessages(callMessages);
  const live = useCallStore((state) => state.status === 'connected');
  const muted = useCallStore((state) => state.muted);
  const assistantSpeaking = useCallStore((state) => state.assistantSpeaking);
  const subscribe = useCallback((listener: (levels: Levels) => void) => callController.levels.subscribe(listener), []);
  const micLevel = useLevel(subscribe, toMic);
  const assistantLevel = useLevel(subscribe, toAssistant);
  return (
    <div className="voice-levels" role="group" aria-label={m.voices}>
      <span className="voice-label" aria-hidden="true">{m.you}</span>
      <LevelMeter label={m.microphoneLevel} level={micLevel} active={live && !muted} />
      <span className="voice-label" aria-hidden="true">{m.persona}</span>
      <LevelMeter label={m.personaLevel} level={assistantLevel} active={live && assistantSpeaking} />
    </div>
  );
}

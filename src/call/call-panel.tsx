import { useCallback } from 'react';
import { LevelMeter, useLevel } from '../audio/level-meter';
import { callController } from './call-engine';
import { useCallStore } from './call-store';
import type { Levels } from './level-hub';
import type { CallStatus } from './call-state';
import { ProblemBanner, SERVICE_PROBLEM_ID } from './problem-banner';
import { PushToTalkButton } from './push-to-talk-button';
import { TextTurnForm } from './text-turn-form';
import { TranscriptView } from './transcript-view';
import { TurnModePicker } from './turn-mode-picker';

const STATUS_LABEL: Record<CallStatus, string> = {
  idle: 'Ready',
  connecting: 'Connecting…',
  connected: 'Live',
  ending: 'Ending…',
  ended: 'Call ended',
  failed: 'Call failed',
};

const toMic = (levels: Levels) => levels.mic;
const toAssistant = (levels: Levels) => levels.assistant;

export function CallPanel() {
  const status = useCallStore((state) => state.status);
  const personaName = useCallStore((state) => state.personaName);
  const turnMode = useCallStore((state) => state.turnMode);
  const assistantSpeaking = useCallStore((state) => state.assistantSpeaking);
  const responseActive = useCallStore((state) => state.responseActive);
  const userSpeaking = useCallStore((state) => state.userSpeaking);
  const muted = useCallStore((state) => state.muted);
  const firstAudioMs = useCallStore((state) => state.firstAudioMs);
  const blocked = useCallStore((state) => state.serviceProblem !== null);
  const subscribeLevels = useCallback((listener: (levels: Levels) => void) => callController.levels.subscribe(listener), []);
  const micLevel = useLevel(subscribeLevels, toMic);
  const assistantLevel = useLevel(subscribeLevels, toAssistant);
  const live = status === 'connected';
  const busy = status === 'connecting' || live;

  return (
    <section className="call-panel" aria-label="Call">
      <header className="call-header">
        <div>
          <h2>{personaName ? `Call with ${personaName}` : 'Call'}</h2>
          <p className={`call-status status-${status}`} role="status" data-status={status} data-first-audio-ms={firstAudioMs === null ? undefined : Math.round(firstAudioMs)}>
            {STATUS_LABEL[status]}
            {live && assistantSpeaking ? ' · persona speaking' : ''}
            {live && userSpeaking ? ' · hearing you' : ''}
          </p>
        </div>
        <div className="call-actions">
          {busy ? (
            <button type="button" className="danger" onClick={() => callController.end()}>
              End call
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => void callController.start()}
              disabled={!personaName || blocked}
              aria-describedby={blocked ? SERVICE_PROBLEM_ID : undefined}
            >
              Start call
            </button>
          )}
          {live ? (
            <>
              <button type="button" onClick={() => callController.stopSpeaking()} disabled={!assistantSpeaking && !responseActive} title="Stop the persona mid-sentence">
                Interrupt
              </button>
              <button type="button" aria-pressed={muted} onClick={() => callController.setMuted(!muted)}>
                {muted ? 'Unmute' : 'Mute'}
              </button>
            </>
          ) : null}
        </div>
      </header>

      <ProblemBanner />

      <div className="call-controls">
        <TurnModePicker />
        <div className="meters">
          <span aria-hidden="true">You</span>
          <LevelMeter label="Microphone" level={micLevel} active={live && !muted} />
          <span aria-hidden="true">Persona</span>
          <LevelMeter label="Persona" level={assistantLevel} active={live && assistantSpeaking} />
        </div>
        {live && turnMode === 'push_to_talk' ? <PushToTalkButton /> : null}
      </div>

      <TranscriptView personaName={personaName} />
      <TextTurnForm />
    </section>
  );
}

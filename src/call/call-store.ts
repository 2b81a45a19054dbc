import { create } from 'zustand';
import { CallController } from './call-controller';
import { initialCallState, type CallState } from './call-state';
import { useTranscriptStore } from './transcript-store';

export type { CallState };

interface CallActions {
  start(): Promise<void>;
  end(): void;
  reconnect(): Promise<void>;
  stopSpeaking(): void;
  pressToTalk(): void;
  releaseToTalk(): void;
  sendText(text: string): boolean;
  setTurnMode: CallController['setTurnMode'];
  setOutputModality: CallController['setOutputModality'];
  setMuted(muted: boolean): void;
  dismissProblem(index: number): void;
}

// Declared before the store: zustand runs the initializer below synchronously.
let callController: CallController;

export const useCallStore = create<CallState & CallActions>()((set, get) => {
  const controller = new CallController(
    { get, set },
    { dispatch: (event) => useTranscriptStore.getState().apply(event), reset: () => useTranscriptStore.getState().reset() },
  );
  callController = controller;
  return {
    ...initialCallState,
    start: () => controller.start(),
    end: () => controller.end(),
    reconnect: () => controller.reconnect(),
    stopSpeaking: () => controller.stopSpeaking(),
    pressToTalk: () => controller.pressToTalk(),
    releaseToTalk: () => controller.releaseToTalk(),
    sendText: (text) => controller.sendText(text),
    setTurnMode: (mode) => controller.setTurnMode(mode),
    setOutputModality: (modality) => controller.setOutputModality(modality),
    setMuted: (muted) => controller.setMuted(muted),
    dismissProblem: (index) => controller.dismissProblem(index),
  };
});

/** For wiring outside React (persona → call config, level meters). */
export function getCallController(): CallController {
  useCallStore.getState();
  return callController;
}

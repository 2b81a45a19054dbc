import { create } from 'zustand';
import { initialCallState, type CallState } from './call-state';

export type { CallState };

/** The call as the UI sees it. State only: actions live on the controller (`callController` in call-engine). */
export const useCallStore = create<CallState>()(() => initialCallState);

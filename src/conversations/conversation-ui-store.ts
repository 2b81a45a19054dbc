import { create } from 'zustand';
import type { StorageFaultKind } from './storage-fault';

export interface KeptRecording {
  conversationId: string;
  key: string;
  bytes: number;
  mimeType: string;
}

export interface ConversationUiState {
  /** The one storage message shown; while one is shown, later faults add none. */
  fault: StorageFaultKind | null;
  /** A conversation whose call ended when its page went away, shown again with Continue. */
  resumableId: string | null;
  /** The conversation this tab keeps now (for export). */
  currentId: string | null;
  /** Record the next call (off until the user turns it on). */
  recordingWanted: boolean;
  /** The recording of the last call, for download. */
  lastRecording: KeptRecording | null;
  /** Bumped whenever the saved conversations change, so an open history list reads them again. */
  revision: number;
}

export const useConversationUi = create<ConversationUiState>()(() => ({
  fault: null,
  resumableId: null,
  currentId: null,
  recordingWanted: false,
  lastRecording: null,
  revision: 0,
}));

const toldOf = new Set<StorageFaultKind>();

/** Says a fault once per visit: a store that stays full does not repeat itself at every line. */
export function reportStorageFault(kind: StorageFaultKind): void {
  if (toldOf.has(kind) || useConversationUi.getState().fault !== null) return;
  toldOf.add(kind);
  useConversationUi.setState({ fault: kind });
}

export function conversationsChanged(): void {
  useConversationUi.setState((state) => ({ revision: state.revision + 1 }));
}

import { create } from 'zustand';
import type { ServerEvent } from './server-events';
import { emptyTranscript, markCut, restoredTranscript, transcriptReducer, type TranscriptLine, type TranscriptState } from './transcript-reducer';

interface TranscriptStore extends TranscriptState {
  apply(event: ServerEvent): void;
  markCut(itemId: string, heard: string): void;
  reset(): void;
  /** Shows a saved conversation again, to read it or to carry it on. */
  restore(lines: readonly TranscriptLine[]): void;
}

export const useTranscriptStore = create<TranscriptStore>()((set, get) => ({
  ...emptyTranscript,
  apply: (event) => {
    const { order, lines } = get();
    const next = transcriptReducer({ order, lines }, event);
    if (next.order !== order || next.lines !== lines) set(next);
  },
  markCut: (itemId, heard) => {
    const { order, lines } = get();
    const next = markCut({ order, lines }, itemId, heard);
    if (next.lines !== lines) set(next);
  },
  reset: () => set(emptyTranscript),
  restore: (lines) => set(restoredTranscript(lines)),
}));

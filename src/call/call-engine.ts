import { browserCallDependencies } from './browser-dependencies';
import { CallController } from './call-controller';
import { useCallStore } from './call-store';
import { earlierTurns } from './transcript-reducer';
import { useTranscriptStore } from './transcript-store';

/** The page's one call controller, wired to the stores and the real browser parts. */
export const callController = new CallController(
  { get: useCallStore.getState, set: (partial) => useCallStore.setState(partial) },
  {
    dispatch: (event) => useTranscriptStore.getState().apply(event),
    earlierTurns: () => earlierTurns(useTranscriptStore.getState()),
    lineText: (itemId) => useTranscriptStore.getState().lines[itemId]?.text,
    markCut: (itemId, heard) => useTranscriptStore.getState().markCut(itemId, heard),
    reset: () => useTranscriptStore.getState().reset(),
  },
  browserCallDependencies(),
);

/** The one place the panel reads the call store; the panel's views take plain props. */
import { useShallow } from 'zustand/react/shallow';
import { useCallStore } from '../call/call-store';

export function useCallDebugState() {
  return useCallStore(
    useShallow((state) => ({
      status: state.status,
      startedAt: state.startedAt,
      tokenInfo: state.tokenInfo,
      requestedSession: state.requestedSession,
      appliedSession: state.appliedSession,
      outputModality: state.outputModality,
      peerConnection: state.peerConnection,
      dataChannelState: state.dataChannelState,
      setOutputModality: state.setOutputModality,
    })),
  );
}

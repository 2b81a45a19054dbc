/** The one place the panel reads the call: the store's state, and the controller for the peer and the toggle. */
import { useShallow } from 'zustand/react/shallow';
import type { OutputModality } from '../../server-token/contract';
import { callController } from '../call/call-engine';
import { useCallStore } from '../call/call-store';

const setOutputModality = (modality: OutputModality) => callController.setOutputModality(modality);

export function useCallDebugState() {
  const state = useCallStore(
    useShallow((call) => ({
      status: call.status,
      startedAt: call.startedAt,
      tokenInfo: call.tokenInfo,
      requestedSession: call.requestedSession,
      appliedSession: call.appliedSession,
      outputModality: call.outputModality,
      connectionState: call.connectionState,
      dataChannelState: call.dataChannelState,
    })),
  );
  // The peer is not state; a new call or a closed one changes connectionState, and so renders this again.
  return { ...state, peerConnection: callController.peerConnection(), setOutputModality };
}

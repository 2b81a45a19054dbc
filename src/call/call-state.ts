import type { SessionCreatedEvent } from 'openai/resources/realtime/realtime';
import type { CallNotice } from './call-notices';
import type { CallProblem } from './call-problem';
import type { ShownProblem } from './problem-list';
import type { OutputModality, SessionUpdate, TurnDetectionMode } from './call-config';
import type { TokenRequest, TokenResponse } from './token-client';

/** What the page asked for: the key's session, then every session.update it sent (later fields win). */
export interface RequestedSession {
  tokenRequest: TokenRequest;
  sessionUpdate: SessionUpdate;
}

export type CallStatus = 'idle' | 'connecting' | 'connected' | 'ending' | 'ended' | 'failed';

export interface CallState {
  status: CallStatus;
  personaName: string | null;
  /** performance.now() when the data channel opened; null before. */
  startedAt: number | null;
  /** Start click → `output_audio_buffer.started` of the first response, in ms. */
  firstAudioMs: number | null;
  tokenInfo: Omit<TokenResponse, 'value'> | null;
  /** What the page asked for: the token request, plus every session.update sent since. */
  requestedSession: RequestedSession | null;
  /** The latest session as the server reported it (session.created / session.updated). */
  appliedSession: SessionCreatedEvent['session'] | null;
  outputModality: { requested: OutputModality; confirmed: OutputModality | null };
  turnMode: TurnDetectionMode;
  connectionState: RTCPeerConnectionState | null;
  dataChannelState: RTCDataChannelState | null;
  assistantSpeaking: boolean;
  userSpeaking: boolean;
  responseActive: boolean;
  pushToTalkHeld: boolean;
  muted: boolean;
  problems: ShownProblem[];
  /** Why no call can start right now (the token server is down, or its key cannot use its model); null when one can. */
  serviceProblem: CallProblem | null;
  /** A passing hint that is not an error (a push-to-talk press that was too short). */
  notice: CallNotice | null;
}

/** What a call that is not running has: no connection, nobody speaking. */
export const disconnectedState = {
  connectionState: null,
  dataChannelState: null,
  assistantSpeaking: false,
  userSpeaking: false,
  responseActive: false,
  pushToTalkHeld: false,
} satisfies Partial<CallState>;

export const initialCallState: CallState = {
  ...disconnectedState,
  status: 'idle',
  personaName: null,
  startedAt: null,
  firstAudioMs: null,
  tokenInfo: null,
  requestedSession: null,
  appliedSession: null,
  outputModality: { requested: 'audio', confirmed: null },
  turnMode: 'server_vad',
  muted: false,
  problems: [],
  serviceProblem: null,
  notice: null,
};

/** A call that is being set up: nothing of the last call's session, problems or hints is left. */
export function connectingState(tokenRequest: TokenRequest, outputModality: OutputModality): Partial<CallState> {
  return {
    status: 'connecting',
    problems: [],
    notice: null,
    startedAt: null,
    firstAudioMs: null,
    appliedSession: null,
    requestedSession: { tokenRequest, sessionUpdate: { type: 'realtime' } },
    outputModality: { requested: outputModality, confirmed: null },
  };
}

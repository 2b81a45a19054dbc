import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import type { ConnectionHandlers, ConnectOptions } from './realtime-connection';
import type { TokenRequest, TokenResponse } from './token-client';

/** The microphone as a call uses it (MicCapture in the browser). */
export interface Microphone {
  readonly track: MediaStreamTrack;
  setGate(open: boolean): void;
  setMuted(muted: boolean): void;
  onLevel(listener: (level: { level: number }) => void): () => void;
  onEnded(listener: () => void): () => void;
  close(): Promise<void>;
}

/** One WebRTC connection to the Realtime API (RealtimeConnection in the browser). */
export interface CallTransport {
  readonly startedAt: number;
  readonly isOpen: boolean;
  readonly peerConnection: RTCPeerConnection;
  readonly channelState: RTCDataChannelState;
  connect(options: ConnectOptions): Promise<void>;
  send(event: RealtimeClientEvent): boolean;
  elapsed(): number;
  close(): void;
}

export interface TokenSource {
  prefetch(request: TokenRequest): void;
  take(request: TokenRequest): Promise<TokenResponse>;
}

/** Where the persona's voice is played. */
export interface VoiceOutput {
  unlock(): void;
  play(stream: MediaStream): void;
  stop(): void;
}

export type TransportHandlers = ConnectionHandlers;

/** Everything the controller needs from the browser, passed in so unit tests use fakes, not module mocks. */
export interface CallDependencies {
  openMicrophone(options: { gateOpen: boolean; muted: boolean }): Promise<Microphone>;
  createTransport(handlers: TransportHandlers): CallTransport;
  tokens: TokenSource;
  createVoiceOutput(onLevel: (level: number) => void): VoiceOutput;
  now(): number;
}

import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import type { CallDependencies, CallTransport, Microphone, TransportHandlers, VoiceOutput } from '../../../../src/call/call-dependencies.ts';
import type { ConnectOptions } from '../../../../src/call/realtime-connection.ts';
import type { ServerEvent } from '../../../../src/call/server-events.ts';
import type { TokenRequest, TokenResponse } from '../../../../src/call/token-client.ts';

export class FakeMicrophone implements Microphone {
  readonly track = { kind: 'audio' } as MediaStreamTrack;
  readonly gate: boolean[] = [];
  muted = false;
  closed = false;
  private ended: (() => void) | null = null;

  constructor(gateOpen: boolean) {
    this.gate.push(gateOpen);
  }
  setGate(open: boolean) {
    this.gate.push(open);
  }
  setMuted(muted: boolean) {
    this.muted = muted;
  }
  onLevel() {
    return () => undefined;
  }
  onEnded(listener: () => void) {
    this.ended = listener;
    return () => (this.ended = null);
  }
  unplug() {
    this.ended?.();
  }
  async close() {
    this.closed = true;
  }
}

export class FakeTransport implements CallTransport {
  readonly startedAt = 0;
  readonly sent: RealtimeClientEvent[] = [];
  closed = false;
  elapsedMs = 1_000;
  readonly peerConnection = { connectionState: 'connected' } as RTCPeerConnection;

  constructor(readonly handlers: TransportHandlers) {}

  get isOpen() {
    return !this.closed;
  }
  get channelState(): RTCDataChannelState {
    return this.closed ? 'closed' : 'open';
  }
  async connect(options: ConnectOptions) {
    await options.endpoint;
    await options.micTrack;
  }
  send(event: RealtimeClientEvent) {
    if (this.closed) return false;
    this.sent.push(event);
    return true;
  }
  elapsed() {
    return this.elapsedMs;
  }
  close() {
    this.closed = true;
  }
  /** The server sends an event (typed loosely: tests give only the fields the page reads). */
  server(event: { type: ServerEvent['type'] } & Record<string, unknown>) {
    this.handlers.onEvent(event as unknown as ServerEvent);
  }
  sentTypes() {
    return this.sent.map((event) => event.type);
  }
}

const TOKEN: TokenResponse = { value: 'ek_test', expiresAt: 9e9, expiresInSeconds: 120, model: 'gpt-realtime-2', callsUrl: 'http://127.0.0.1:1/v1/realtime/calls', session: {} };

/** Fakes for every browser part; `micGate` lets a test hold the permission prompt open. */
export function fakeCallDependencies() {
  const transports: FakeTransport[] = [];
  const mics: FakeMicrophone[] = [];
  const prefetched: TokenRequest[] = [];
  const taken: TokenRequest[] = [];
  let releaseMic: (() => void) | null = null;
  let holdMic = false;
  const clock = { now: 1_000 };
  const voice: VoiceOutput & { played: number; stopped: number } = {
    played: 0,
    stopped: 0,
    unlock: () => undefined,
    play() {
      this.played++;
    },
    stop() {
      this.stopped++;
    },
  };
  const deps: CallDependencies = {
    openMicrophone: ({ gateOpen }) => {
      const mic = new FakeMicrophone(gateOpen);
      mics.push(mic);
      if (!holdMic) return Promise.resolve(mic);
      return new Promise((resolve) => (releaseMic = () => resolve(mic)));
    },
    createTransport: (handlers) => {
      const transport = new FakeTransport(handlers);
      transports.push(transport);
      return transport;
    },
    tokens: {
      prefetch: (request) => void prefetched.push(request),
      take: async (request) => {
        taken.push(request);
        return TOKEN;
      },
    },
    createVoiceOutput: () => voice,
    now: () => clock.now,
  };
  return {
    deps,
    transports,
    mics,
    prefetched,
    taken,
    voice,
    clock,
    transport: () => transports.at(-1)!,
    mic: () => mics.at(-1)!,
    /** The next microphone waits (a permission prompt left open) until `grantMicrophone()`. */
    holdMicrophone: () => void (holdMic = true),
    grantMicrophone: () => releaseMic?.(),
  };
}

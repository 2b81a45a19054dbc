import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import { abortError, CallError } from './call-error';
import { eventTap } from './event-tap';
import { exchangeSdp, type SdpAnswer } from './sdp-exchange';
import { parseServerEvent, type ServerEvent } from './server-events';

export type { ServerEvent };

export interface ConnectionHandlers {
  onEvent(event: ServerEvent): void;
  onMalformed(raw: string): void;
  onRemoteStream(stream: MediaStream): void;
  /** The peer connection or data channel went away without us closing it. */
  onLost(reason: LostReason): void;
  onStateChange?(): void;
}

export type LostReason = 'failed' | 'disconnected' | 'channel-closed';

export interface ConnectOptions {
  /** Where to post the offer and with which ephemeral key; usually still being fetched. */
  endpoint: Promise<{ callsUrl: string; key: string }>;
  /** Resolves to the microphone track once it is ready; the offer does not wait for it. */
  micTrack: Promise<MediaStreamTrack>;
  signal?: AbortSignal;
}

/** The browser parts, replaceable in unit tests. */
export interface TransportFactories {
  createPeer(): RTCPeerConnection;
  exchangeSdp(callsUrl: string, key: string, offerSdp: string, signal?: AbortSignal): Promise<SdpAnswer>;
}

const browserTransport: TransportFactories = {
  createPeer: () => new RTCPeerConnection(),
  exchangeSdp,
};

/** How long the data channel may take to open after the SDP answer before the call counts as failed. */
const CHANNEL_OPEN_TIMEOUT_MS = 15_000;

/** How long ICE may stay `disconnected` before we call the connection lost (it often recovers by itself). */
const DISCONNECT_GRACE_MS = 4_000;

/**
 * One WebRTC call to the Realtime API: the peer connection, the `oai-events` data channel and the audio
 * transceiver. It knows the transport only; what the events mean is the session's business.
 */
export class RealtimeConnection {
  readonly pc: RTCPeerConnection;
  readonly channel: RTCDataChannel;
  readonly startedAt = performance.now();
  private closed = false;
  private disconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly audio: RTCRtpTransceiver;

  constructor(
    private readonly handlers: ConnectionHandlers,
    private readonly transport: TransportFactories = browserTransport,
  ) {
    this.pc = transport.createPeer();
    // The transceiver exists before the microphone does, so the offer can be made while the user is still
    // answering the permission prompt; the track is attached with replaceTrack when it arrives.
    this.audio = this.pc.addTransceiver('audio', { direction: 'sendrecv' });
    this.channel = this.pc.createDataChannel('oai-events');
    this.channel.onmessage = (message) => this.receive(message.data);
    this.channel.onclose = () => this.lost('channel-closed');
    this.pc.ontrack = (event) => handlers.onRemoteStream(event.streams[0] ?? new MediaStream([event.track]));
    this.pc.onconnectionstatechange = () => this.onConnectionState();
    this.channel.onopen = () => handlers.onStateChange?.();
  }

  /** Offer → POST to the calls URL → answer, while the key and microphone arrive in parallel. */
  async connect(options: ConnectOptions): Promise<void> {
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    const trackAttached = options.micTrack.then((track) => this.audio.sender.replaceTrack(track));
    // Attach a handler now: if the endpoint fails first, the microphone's failure must not go unhandled.
    trackAttached.catch(() => undefined);
    const { callsUrl, key } = await options.endpoint;
    this.throwIfClosed();
    const answer = await this.transport.exchangeSdp(callsUrl, key, offer.sdp ?? '', options.signal);
    this.throwIfClosed();
    await this.pc.setRemoteDescription({ type: 'answer', sdp: answer.sdp });
    await trackAttached;
    await this.channelOpen(options.signal);
  }

  send(event: RealtimeClientEvent): boolean {
    if (this.channel.readyState !== 'open') return false;
    this.channel.send(JSON.stringify(event));
    eventTap.publish({ direction: 'client', type: event.type, atMs: this.elapsed(), event });
    return true;
  }

  get peerConnection(): RTCPeerConnection {
    return this.pc;
  }

  get channelState(): RTCDataChannelState {
    return this.channel.readyState;
  }

  get isOpen(): boolean {
    return !this.closed && this.channel.readyState === 'open';
  }

  elapsed(): number {
    return performance.now() - this.startedAt;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.disconnectTimer) clearTimeout(this.disconnectTimer);
    this.channel.onclose = null;
    this.channel.onmessage = null;
    this.pc.onconnectionstatechange = null;
    this.pc.ontrack = null;
    this.audio.sender.track?.stop();
    try {
      this.channel.close();
    } finally {
      this.pc.close();
    }
    this.handlers.onStateChange?.();
  }

  private receive(data: unknown): void {
    if (this.closed) return;
    const atMs = this.elapsed();
    const parsed = parseServerEvent(data);
    if (!parsed) {
      const raw = typeof data === 'string' ? data : '[binary message]';
      eventTap.publish({ direction: 'server', type: '(malformed)', atMs, event: raw.slice(0, 2_000), parsed: null });
      this.handlers.onMalformed(raw);
      return;
    }
    eventTap.publish({ direction: 'server', type: parsed.raw.type as string, atMs, event: parsed.raw, parsed: parsed.event });
    this.handlers.onEvent(parsed.event);
  }

  private onConnectionState(): void {
    const state = this.pc.connectionState;
    this.handlers.onStateChange?.();
    if (state === 'connected' && this.disconnectTimer) {
      clearTimeout(this.disconnectTimer);
      this.disconnectTimer = null;
    } else if (state === 'failed') {
      this.lost('failed');
    } else if (state === 'disconnected' && !this.disconnectTimer) {
      this.disconnectTimer = setTimeout(() => this.lost('disconnected'), DISCONNECT_GRACE_MS);
    }
  }

  private lost(reason: LostReason): void {
    if (this.closed) return;
    this.handlers.onLost(reason);
  }

  private channelOpen(signal?: AbortSignal): Promise<void> {
    if (this.channel.readyState === 'open') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => fail(new CallError('connection_failed')), CHANNEL_OPEN_TIMEOUT_MS);
      const cleanup = () => {
        clearTimeout(timeout);
        this.channel.removeEventListener('open', opened);
        signal?.removeEventListener('abort', aborted);
      };
      const opened = () => {
        cleanup();
        resolve();
      };
      const fail = (error: unknown) => {
        cleanup();
        reject(error);
      };
      const aborted = () => fail(abortError());
      this.channel.addEventListener('open', opened);
      signal?.addEventListener('abort', aborted);
    });
  }

  private throwIfClosed(): void {
    if (this.closed) throw abortError();
  }
}

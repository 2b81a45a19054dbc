import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import { CallError } from './call-error';
import { eventTap } from './event-tap';
import { exchangeSdp } from './sdp-exchange';

export type ServerEvent = { type: string; event_id?: string } & Record<string, unknown>;

export interface ConnectionHandlers {
  onEvent(event: ServerEvent): void;
  onMalformed(raw: string): void;
  onRemoteStream(stream: MediaStream): void;
  /** The peer connection or data channel went away without us closing it. */
  onLost(reason: 'failed' | 'disconnected' | 'channel-closed'): void;
  onStateChange?(): void;
}

export interface ConnectOptions {
  /** Where to post the offer and with which ephemeral key; usually still being fetched. */
  endpoint: Promise<{ callsUrl: string; key: string }>;
  /** Resolves to the microphone track once it is ready; the offer does not wait for it. */
  micTrack: Promise<MediaStreamTrack>;
  signal?: AbortSignal;
  rtcConfig?: RTCConfiguration;
}

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
  callId: string | null = null;
  private closed = false;
  private disconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly audio: RTCRtpTransceiver;

  constructor(private readonly handlers: ConnectionHandlers, rtcConfig?: RTCConfiguration) {
    this.pc = new RTCPeerConnection(rtcConfig);
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
    const answer = await exchangeSdp(callsUrl, key, offer.sdp ?? '', options.signal);
    this.throwIfClosed();
    this.callId = answer.callId;
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
    let event: ServerEvent | null = null;
    if (typeof data === 'string') {
      try {
        const parsed: unknown = JSON.parse(data);
        if (parsed && typeof parsed === 'object' && typeof (parsed as ServerEvent).type === 'string') event = parsed as ServerEvent;
      } catch {
        event = null;
      }
    }
    const atMs = this.elapsed();
    if (!event) {
      const raw = typeof data === 'string' ? data : '[binary message]';
      eventTap.publish({ direction: 'server', type: '(malformed)', atMs, event: raw.slice(0, 2_000) });
      this.handlers.onMalformed(raw);
      return;
    }
    eventTap.publish({ direction: 'server', type: event.type, atMs, event });
    this.handlers.onEvent(event);
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

  private lost(reason: 'failed' | 'disconnected' | 'channel-closed'): void {
    if (this.closed) return;
    this.handlers.onLost(reason);
  }

  private channelOpen(signal?: AbortSignal): Promise<void> {
    if (this.channel.readyState === 'open') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => fail(new CallError('connection_failed')), 15_000);
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
      const aborted = () => fail(new DOMException('The call was ended.', 'AbortError'));
      this.channel.addEventListener('open', opened);
      signal?.addEventListener('abort', aborted);
    });
  }

  private throwIfClosed(): void {
    if (this.closed) throw new DOMException('The call was ended.', 'AbortError');
  }
}

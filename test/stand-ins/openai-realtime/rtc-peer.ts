import {
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RtpHeader,
  RtpPacket,
  type RTCDataChannel,
  type RTCRtpTransceiver,
} from 'werift';
import { FRAME_MS, FRAME_SAMPLES, RTP_CLOCK_RATE } from './opus-audio.ts';

const LOOPBACK = '127.0.0.1';

export interface PeerHandlers {
  /** The `oai-events` channel is open and can carry messages. */
  onChannelOpen(): void;
  onMessage(text: string): void;
  /** One Opus payload from the caller's audio track. */
  onAudioPayload(payload: Buffer): void;
  onStateChange(state: string): void;
}

/**
 * Only 127.0.0.1 candidates go into the answer: werift also gathers the machine's other addresses,
 * and every test packet must stay on loopback.
 */
export function keepLoopbackCandidates(sdp: string): string {
  return sdp
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('a=candidate:') || line.split(' ')[4] === LOOPBACK)
    .map((line) => (line.startsWith('c=IN IP4 ') ? `c=IN IP4 ${LOOPBACK}` : line))
    .join('\r\n');
}

/** The stand-in's side of one WebRTC call (werift): audio both ways and the `oai-events` data channel. */
export class RtcPeer {
  private readonly pc: RTCPeerConnection;
  private readonly transceiver: RTCRtpTransceiver;
  private channel: RTCDataChannel | null = null;
  private sequence = Math.floor(Math.random() * 0xffff);
  private timestamp = Math.floor(Math.random() * 0xffffffff);
  private lastPacketAt = 0;
  private closed = false;

  constructor(private readonly handlers: PeerHandlers) {
    this.pc = new RTCPeerConnection({
      codecs: {
        audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: RTP_CLOCK_RATE, channels: 2 })],
        video: [],
      },
      // Every UDP socket werift opens (one per gathered address) is bound to loopback, not 0.0.0.0.
      iceInterfaceAddresses: { udp4: LOOPBACK },
      iceAdditionalHostAddresses: [LOOPBACK],
      iceUseIpv6: false,
      iceFilterStunResponse: (_message, address) => address[0] === LOOPBACK,
      iceFilterCandidatePair: (pair) => pair.remoteCandidate.host === LOOPBACK && pair.localCandidate.host === LOOPBACK,
    });
    this.transceiver = this.pc.addTransceiver('audio', { direction: 'sendrecv' });
    this.pc.connectionStateChange.subscribe((state) => handlers.onStateChange(state));
    this.pc.onTrack.subscribe((track) => {
      if (track.kind !== 'audio') return;
      track.onReceiveRtp.subscribe((rtp) => {
        if (!this.closed && rtp.payload.length > 0) handlers.onAudioPayload(rtp.payload);
      });
    });
    this.pc.onDataChannel.subscribe((channel) => {
      if (channel.label !== 'oai-events') return;
      this.channel = channel;
      channel.onMessage.subscribe((data) => {
        if (!this.closed) handlers.onMessage(typeof data === 'string' ? data : data.toString('utf8'));
      });
      const announce = (): void => {
        if (!this.closed) handlers.onChannelOpen();
      };
      if (channel.readyState === 'open') announce();
      channel.stateChanged.subscribe((state) => {
        if (state === 'open') announce();
        // The caller hung up (SCTP shutdown/abort): werift's connectionState would stay 'connected'.
        if (state === 'closed' && !this.closed) handlers.onStateChange('closed');
      });
    });
  }

  /** Applies the browser's offer and returns the SDP answer once ICE gathering is complete. */
  async answer(offerSdp: string): Promise<string> {
    await this.pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
    for (const dtls of this.pc.dtlsTransports) {
      // A DTLS close alert from the caller ends the call at once (werift waits for ICE consent to expire).
      dtls.onStateChange.subscribe((state) => state === 'closed' && !this.closed && this.handlers.onStateChange('closed'));
    }
    const gathered = new Promise<void>((resolve) => {
      if (this.pc.iceGatheringState === 'complete') return resolve();
      this.pc.iceGatheringStateChange.subscribe((state) => state === 'complete' && resolve());
    });
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    await gathered;
    const sdp = this.pc.localDescription?.sdp;
    if (!sdp) throw new Error('werift produced no answer');
    return keepLoopbackCandidates(sdp);
  }

  get channelOpen(): boolean {
    return this.channel?.readyState === 'open';
  }

  sendText(text: string): void {
    if (this.closed || this.channel?.readyState !== 'open') return;
    this.channel.send(text);
  }

  /** Sends one 20 ms Opus packet; after a pause the RTP timestamp jumps by the wall-clock gap. */
  sendAudio(packet: Uint8Array, startOfBurst: boolean): void {
    if (this.closed) return;
    const now = performance.now();
    if (this.lastPacketAt > 0) {
      const frames = startOfBurst ? Math.max(1, Math.round((now - this.lastPacketAt) / FRAME_MS)) : 1;
      this.timestamp = (this.timestamp + frames * FRAME_SAMPLES) >>> 0;
    }
    this.lastPacketAt = now;
    this.sequence = (this.sequence + 1) & 0xffff;
    const header = new RtpHeader({
      payloadType: 111,
      sequenceNumber: this.sequence,
      timestamp: this.timestamp,
      marker: startOfBurst,
    });
    this.transceiver.sender.sendRtp(new RtpPacket(header, Buffer.from(packet))).catch(() => undefined);
  }

  /** Orderly close (DTLS close alert, SCTP shutdown). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pc.close().catch(() => undefined);
  }

  /**
   * A network drop: nothing more leaves this peer, not even the DTLS close alert or SCTP ABORT that
   * `close()` would send. werift has no API for that, so its UDP sends are muted (private fields,
   * guarded) before the peer is closed to free its sockets and timers.
   */
  async drop(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.channel = null;
    for (const transport of this.pc.iceTransports) {
      const protocols = (transport.connection as unknown as { protocols?: Array<{ transport?: { send: unknown } }> }).protocols;
      for (const protocol of protocols ?? []) {
        if (protocol.transport) protocol.transport.send = async (): Promise<void> => undefined;
      }
    }
    await this.pc.close().catch(() => undefined);
  }
}

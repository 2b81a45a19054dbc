import {
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RtpHeader,
  RtpPacket,
  type RTCDataChannel,
  type RTCRtpTransceiver,
} from 'werift';
import { encodePcm48k } from '../../stand-ins/openai-realtime/opus-audio.ts';
import { keepLoopbackCandidates } from '../../stand-ins/openai-realtime/rtc-peer.ts';
import { readWav, resample } from '../../stand-ins/openai-realtime/wav.ts';

const LOOPBACK = '127.0.0.1';

export interface ServerEvent {
  type: string;
  event_id: string;
  [key: string]: unknown;
}

/** A werift peer that behaves like the page's RTCPeerConnection, for driving the stand-in from Node. */
export class FakeBrowserPeer {
  readonly pc: RTCPeerConnection;
  readonly channel: RTCDataChannel;
  readonly events: ServerEvent[] = [];
  readonly eventTimes: number[] = [];
  audioPacketsReceived = 0;
  callId: string | null = null;
  readonly startedAt = performance.now();
  private readonly transceiver: RTCRtpTransceiver;
  private micTimer: ReturnType<typeof setInterval> | null = null;
  private sequence = 1;
  private timestamp = 0;

  constructor() {
    this.pc = new RTCPeerConnection({
      codecs: { audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2 })], video: [] },
      iceInterfaceAddresses: { udp4: LOOPBACK },
      iceAdditionalHostAddresses: [LOOPBACK],
      iceUseIpv6: false,
      // Without max-bundle werift gathers a transport per m-line and never closes the unused one's sockets.
      bundlePolicy: 'max-bundle',
      iceFilterStunResponse: (_m, address) => address[0] === LOOPBACK,
      iceFilterCandidatePair: (pair) => pair.remoteCandidate.host === LOOPBACK && pair.localCandidate.host === LOOPBACK,
    });
    this.transceiver = this.pc.addTransceiver('audio', { direction: 'sendrecv' });
    this.pc.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe(() => {
        this.audioPacketsReceived++;
      });
    });
    this.channel = this.pc.createDataChannel('oai-events');
    this.channel.onMessage.subscribe((data) => {
      this.events.push(JSON.parse(typeof data === 'string' ? data : data.toString('utf8')) as ServerEvent);
      this.eventTimes.push(performance.now() - this.startedAt);
    });
  }

  /** Posts the offer to the calls URL; returns the raw response when it is not 201. */
  async connect(callsUrl: string, key: string): Promise<Response | null> {
    const gathered = new Promise<void>((resolve) => {
      this.pc.iceGatheringStateChange.subscribe((state) => state === 'complete' && resolve());
    });
    await this.pc.setLocalDescription(await this.pc.createOffer());
    await gathered;
    const offer = keepLoopbackCandidates(this.pc.localDescription?.sdp ?? '');
    const response = await fetch(callsUrl, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/sdp' },
      body: offer,
    });
    if (response.status !== 201) return response;
    this.callId = response.headers.get('location')?.split('/').pop() ?? null;
    await this.pc.setRemoteDescription({ type: 'answer', sdp: await response.text() });
    return null;
  }

  send(event: Record<string, unknown>): void {
    this.channel.send(JSON.stringify(event));
  }

  /** Streams a 16 kHz WAV as Opus RTP in real time (20 ms per packet), then silence until stopped. */
  streamWav(path: string, options: { startMs?: number } = {}): void {
    this.stopMic();
    const wav = readWav(path);
    const skip = Math.round(((options.startMs ?? 0) / 1000) * wav.sampleRate);
    const packets = encodePcm48k(resample(wav.samples.subarray(skip), wav.sampleRate, 48000));
    const silence = encodePcm48k(new Int16Array(960))[0] as Uint8Array;
    let index = 0;
    const started = performance.now();
    let sent = 0;
    this.micTimer = setInterval(() => {
      const due = Math.floor((performance.now() - started) / 20) + 1;
      while (sent < due) {
        const packet = index < packets.length ? packets[index] : silence;
        index++;
        sent++;
        this.sendPacket(packet as Uint8Array);
      }
    }, 20);
  }

  /** Streams silence (a muted microphone still sends packets). */
  streamSilence(): void {
    this.stopMic();
    this.micTimer = setInterval(() => this.sendPacket(encodePcm48k(new Int16Array(960))[0] as Uint8Array), 20);
  }

  stopMic(): void {
    if (this.micTimer) clearInterval(this.micTimer);
    this.micTimer = null;
  }

  types(): string[] {
    return this.events.map((e) => e.type);
  }

  async waitForEvent(predicate: (e: ServerEvent) => boolean, timeoutMs = 10_000, from = 0): Promise<ServerEvent> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find(predicate);
      if (found) return found;
      if (performance.now() > deadline) {
        throw new Error(`timed out waiting for an event; got: ${this.types().slice(from).join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Hangs up like a browser: the channel closes first (werift's pc.close sends no goodbye the far end sees). */
  async close(): Promise<void> {
    this.stopMic();
    if (this.channel.readyState === 'open') {
      this.channel.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.pc.close();
  }

  private sendPacket(payload: Uint8Array): void {
    this.sequence = (this.sequence + 1) & 0xffff;
    this.timestamp = (this.timestamp + 960) >>> 0;
    const header = new RtpHeader({ payloadType: 111, sequenceNumber: this.sequence, timestamp: this.timestamp });
    this.transceiver.sender.sendRtp(new RtpPacket(header, Buffer.from(payload))).catch(() => undefined);
  }
}

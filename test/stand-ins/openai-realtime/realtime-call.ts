import { CallSession } from './call-session.ts';
import { openaiId } from './ids.ts';
import { OpusFrameDecoder, RTP_CLOCK_RATE } from './opus-audio.ts';
import { RtcPeer } from './rtc-peer.ts';
import type { ResponseRecord } from './response-record.ts';
import { sessionForCall, type SessionObject } from './session-config.ts';
import { fnvHash } from '../shared/fnv-hash.ts';
import { ScriptCursor, type TurnScript } from './turn-script.ts';
import type { CallInfo } from './standin.ts';

export interface RealtimeCallOptions {
  minted: SessionObject;
  models: readonly string[];
  getScript: () => TurnScript;
  /** Mixed with the minted instructions into the call's seed for the default replies and caller lines. */
  seed: number;
  generationMs: () => number;
  sessionMaxMs: number;
  now: () => number;
  log: (line: string) => void;
  onReceived(callId: string, event: unknown): void;
  onSent(callId: string, event: Record<string, unknown>): void;
  onClientViolation(callId: string, reason: string): void;
}

/** One `/v1/realtime/calls` call: the werift peer wired to the protocol state machine. */
export class RealtimeCall {
  readonly id = `rtc_${openaiId('u1').slice(3)}`;
  private state: CallInfo['state'] = 'connecting';
  private readonly peer: RtcPeer;
  private readonly session: CallSession;
  private readonly decoder = new OpusFrameDecoder();
  private opened = false;
  private hangUpTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: RealtimeCallOptions) {
    const expiresAt = Math.floor((Date.now() + options.sessionMaxMs) / 1000);
    this.session = new CallSession(
      {
        emit: (event) => this.emit(event),
        sendAudio: (packet, startOfBurst) => this.peer.sendAudio(packet, startOfBurst),
        reportViolation: (reason) => options.onClientViolation(this.id, reason),
        hangUp: () => this.hangUpSoon(),
      },
      {
        callId: this.id,
        session: sessionForCall(options.minted, expiresAt),
        models: options.models,
        script: new ScriptCursor(options.getScript, fnvHash(`${options.seed}\n${options.minted.instructions ?? ''}`)),
        sessionMaxMs: options.sessionMaxMs,
        generationMs: options.generationMs,
        now: options.now,
      },
    );
    this.peer = new RtcPeer({
      onChannelOpen: () => this.onChannelOpen(),
      onMessage: (text) => this.onMessage(text),
      onAudioPayload: (payload) => this.onAudio(payload),
      onStateChange: (state) => {
        options.log(`call ${this.id} ${state}`);
        if (state === 'connected' && this.state === 'connecting') this.state = 'connected';
        if (state === 'closed' || state === 'failed' || state === 'disconnected') void this.close();
      },
    });
  }

  answer(offerSdp: string): Promise<string> {
    return this.peer.answer(offerSdp);
  }

  info(): CallInfo {
    return {
      id: this.id,
      state: this.state,
      session: this.session.session,
      inputAudioMs: Math.round(this.session.input.totalMs),
      speechTurns: this.session.speechTurns,
    };
  }

  /** Snapshots of the call's responses, oldest first. */
  responses(): ResponseRecord[] {
    return this.session.responses.map((record) => ({ ...record }));
  }

  async close(): Promise<void> {
    if (this.hangUpTimer) clearTimeout(this.hangUpTimer);
    this.hangUpTimer = null;
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.session.close();
    await this.peer.close();
  }

  /** The network goes away: no goodbye on the data channel, the peer just stops answering. */
  drop(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.session.close();
    void this.peer.drop();
  }

  /** Closes shortly after the last event, so that event is delivered before the peer goes away. */
  private hangUpSoon(): void {
    this.session.close();
    this.hangUpTimer = setTimeout(() => void this.close(), 250);
  }

  private onChannelOpen(): void {
    if (this.opened) return;
    this.opened = true;
    this.state = 'connected';
    this.session.open();
  }

  private onMessage(text: string): void {
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* keep the raw text */ }
    this.options.onReceived(this.id, parsed);
    this.session.handleMessage(text);
  }

  private onAudio(payload: Buffer): void {
    let pcm: Int16Array;
    try {
      pcm = this.decoder.decode(payload);
    } catch {
      return; // A corrupt packet is lost audio, as on a real network.
    }
    this.session.handleAudioFrame(pcm, RTP_CLOCK_RATE);
  }

  private emit(event: Record<string, unknown>): void {
    if (this.state === 'closed') return;
    const full = { event_id: openaiId('event'), ...event };
    this.options.onSent(this.id, full);
    this.peer.sendText(JSON.stringify(full));
  }
}

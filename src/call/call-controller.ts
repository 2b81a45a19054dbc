import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import { MicCapture, MicError } from '../audio/mic-capture';
import { RemoteAudioPlayer } from '../audio/remote-audio';
import { meterLevelFromRms } from '../audio/capture-math';
import { getSharedAudioContext, unlockAudio } from '../audio/audio-unlock';
import { CallError, isAbortError } from './call-error';
import { tokenRequestFor, type CallConfig, type CallSettings, type OutputModality, type TurnDetectionMode } from './call-config';
import { describeProblem, type CallProblem } from './error-catalogue';
import { addProblem } from './problem-list';
import { PushToTalkGuard } from './push-to-talk';
import { RealtimeConnection, type ServerEvent } from './realtime-connection';
import { TokenCache } from './token-cache';
import { withoutSecret } from './token-client';
import { turnDetectionFor } from '../../server-token/contract/turn-detection';
import { disconnectedState, type CallState } from './call-state';

/** Edits arrive keystroke by keystroke; a key is minted only once the persona has settled. */
const PREFETCH_SETTLE_MS = 800;

export interface StoreAccess {
  get(): CallState;
  set(partial: Partial<CallState>): void;
}

export interface TranscriptSink {
  dispatch(event: ServerEvent): void;
  reset(): void;
}

export interface Levels {
  mic: number;
  assistant: number;
}

/**
 * Runs one call at a time: microphone, key, WebRTC and the Realtime conversation rules (who may speak,
 * when a response may be requested, which errors end the call). Framework-free; the store mirrors its state.
 */
export class CallController {
  private connection: RealtimeConnection | null = null;
  private mic: MicCapture | null = null;
  private player: RemoteAudioPlayer | null = null;
  private audioElement: HTMLAudioElement | null = null;
  private abort: AbortController | null = null;
  private attempt = 0;
  private readonly tokens = new TokenCache();
  private readonly pushToTalk = new PushToTalkGuard();
  private config: CallConfig | null = null;
  private activeResponseId: string | null = null;
  private responseRequested = false;
  private responseWanted = false;
  private openingRequested = false;
  private startClickAt = 0;
  private prefetchTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly levelListeners = new Set<(levels: Levels) => void>();
  private levels: Levels = { mic: 0, assistant: 0 };
  private teardownLevelTaps: Array<() => void> = [];

  constructor(private readonly store: StoreAccess, private readonly transcript: TranscriptSink) {}

  /**
   * The persona to call. Its key is fetched as soon as the persona stops changing, so that Start only pays for
   * the SDP round trip; Start itself always uses the latest persona.
   */
  configure(config: CallConfig | null): void {
    this.config = config;
    this.store.set({ personaName: config?.personaName ?? null });
    if (this.prefetchTimer) clearTimeout(this.prefetchTimer);
    this.prefetchTimer = setTimeout(() => this.prefetch(), PREFETCH_SETTLE_MS);
  }

  async start(options: { keepTranscript?: boolean } = {}): Promise<void> {
    const config = this.config;
    const { status } = this.store.get();
    if (status === 'connecting' || status === 'connected') return;
    if (!config) {
      this.store.set({ problems: addProblem([], describeProblem('no_persona', 'Choose or create a persona first.')) });
      return;
    }
    const attempt = ++this.attempt;
    const abort = new AbortController();
    this.abort = abort;
    this.startClickAt = performance.now();
    this.resetConversationState();
    if (!options.keepTranscript) this.transcript.reset();
    const settings = this.settings();
    this.store.set({
      status: 'connecting',
      problems: [],
      notice: null,
      startedAt: null,
      firstAudioMs: null,
      appliedSession: null,
      requestedSession: { ...tokenRequestFor(config, settings) },
      outputModality: { requested: settings.outputModality, confirmed: null },
    });

    const element = this.ensureAudioElement();
    void unlockAudio(element).catch(() => undefined);

    const tokenPromise = this.tokens.take(tokenRequestFor(config, settings));
    const micPromise = MicCapture.open({
      audioContext: getSharedAudioContext(),
      gateOpen: settings.turnMode !== 'push_to_talk',
      muted: this.store.get().muted,
    });
    const connection = new RealtimeConnection({
      onEvent: (event) => this.onServerEvent(event),
      onMalformed: () => this.report(describeProblem('malformed_event')),
      onRemoteStream: (stream) => this.playRemote(stream),
      onLost: (reason) => this.fail(new CallError(reason === 'failed' && !this.store.get().startedAt ? 'connection_failed' : 'connection_lost')),
      onStateChange: () => this.mirrorConnectionState(),
    });
    this.connection = connection;
    this.store.set({ peerConnection: connection.pc });

    const stale = () => attempt !== this.attempt;
    try {
      const micReady = micPromise.then((mic) => {
        if (stale()) {
          void mic.close();
          throw new DOMException('The call was ended.', 'AbortError');
        }
        this.attachMic(mic, this.store.get().turnMode);
        return mic;
      });
      const endpoint = tokenPromise.then((token) => {
        if (!stale()) this.store.set({ tokenInfo: withoutSecret(token) });
        return { callsUrl: token.callsUrl, key: token.value };
      });
      // Whichever of microphone, key or SDP fails first decides the message; the others are silenced.
      micReady.catch(() => undefined);
      endpoint.catch(() => undefined);
      await Promise.all([
        micReady,
        connection.connect({ endpoint, micTrack: micReady.then((mic) => mic.track), signal: abort.signal }),
      ]);
      if (stale()) return;
      this.store.set({ status: 'connected', startedAt: connection.startedAt });
      // The key already carries the whole session, so the persona can start talking as soon as the channel is
      // open, without waiting a server round trip for session.created.
      this.requestOpeningLine();
    } catch (error) {
      if (stale()) return;
      this.fail(error);
    }
  }

  end(): void {
    const { status } = this.store.get();
    if (status !== 'connecting' && status !== 'connected') return;
    this.store.set({ status: 'ending' });
    this.teardown();
    this.store.set({ status: 'ended' });
    this.prefetch();
  }

  reconnect(): Promise<void> {
    return this.start({ keepTranscript: true });
  }

  /** Interrupts the persona: cancel the response if one is running, then cut the audio already queued. */
  stopSpeaking(): void {
    const connection = this.connection;
    if (!connection?.isOpen) return;
    const { assistantSpeaking, outputModality } = this.store.get();
    if (this.activeResponseId) connection.send({ type: 'response.cancel' });
    // Audio already queued keeps playing after a cancel unless the output buffer is cleared (text has none).
    if (assistantSpeaking || (this.activeResponseId && outputModality.confirmed !== 'text')) {
      connection.send({ type: 'output_audio_buffer.clear' });
    }
    this.responseWanted = false;
  }

  pressToTalk(): void {
    if (!this.connection?.isOpen || this.store.get().turnMode !== 'push_to_talk') return;
    if (!this.pushToTalk.press()) return;
    if (this.activeResponseId || this.store.get().assistantSpeaking) this.stopSpeaking();
    this.send({ type: 'input_audio_buffer.clear' });
    this.mic?.setGate(true);
    this.store.set({ pushToTalkHeld: true, notice: null });
  }

  releaseToTalk(): void {
    const decision = this.pushToTalk.release();
    if (decision.action === 'none') return;
    this.mic?.setGate(false);
    this.store.set({ pushToTalkHeld: false });
    if (!this.connection?.isOpen) return;
    if (decision.action === 'commit') {
      this.send({ type: 'input_audio_buffer.commit' });
      this.requestResponse();
    } else {
      // Too short to be speech: the API would answer input_audio_buffer_commit_empty, so nothing is committed.
      this.send({ type: 'input_audio_buffer.clear' });
      this.store.set({ notice: 'That press was too short. Hold the button (or Space) while you speak.' });
    }
  }

  sendText(text: string): boolean {
    const trimmed = text.trim();
    if (!trimmed || !this.connection?.isOpen) return false;
    if (this.activeResponseId || this.store.get().assistantSpeaking) this.stopSpeaking();
    this.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: trimmed }] },
    });
    this.requestResponse();
    return true;
  }

  setTurnMode(mode: TurnDetectionMode): void {
    this.store.set({ turnMode: mode });
    this.pushToTalk.cancel();
    this.store.set({ pushToTalkHeld: false });
    this.mic?.setGate(mode !== 'push_to_talk');
    this.send({ type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: turnDetectionFor(mode) } } } });
    this.prefetch();
  }

  setOutputModality(modality: OutputModality): void {
    const current = this.store.get().outputModality;
    this.store.set({ outputModality: { ...current, requested: modality } });
    this.send({ type: 'session.update', session: { type: 'realtime', output_modalities: [modality] } });
    this.prefetch();
  }

  setMuted(muted: boolean): void {
    this.mic?.setMuted(muted);
    this.store.set({ muted });
  }

  dismissProblem(index: number): void {
    this.store.set({ problems: this.store.get().problems.filter((_, i) => i !== index) });
  }

  onLevels(listener: (levels: Levels) => void): () => void {
    this.levelListeners.add(listener);
    return () => this.levelListeners.delete(listener);
  }

  private settings(): CallSettings {
    const { turnMode, outputModality } = this.store.get();
    return { turnMode, outputModality: outputModality.requested };
  }

  private prefetch(): void {
    const status = this.store.get().status;
    if (!this.config || status === 'connecting' || status === 'connected') return;
    this.tokens.prefetch(tokenRequestFor(this.config, this.settings()));
  }

  private send(event: RealtimeClientEvent): void {
    this.connection?.send(event);
  }

  /** The persona speaks first, once per connection. */
  private requestOpeningLine(): void {
    if (this.openingRequested) return;
    this.openingRequested = true;
    this.requestResponse();
  }

  /** Never two response.create in flight: a request made while one is active waits for its response.done. */
  private requestResponse(): void {
    if (this.activeResponseId || this.responseRequested) {
      this.responseWanted = true;
      return;
    }
    this.responseRequested = true;
    this.send({ type: 'response.create' });
  }

  private onServerEvent(event: ServerEvent): void {
    switch (event.type) {
      case 'session.created':
      case 'session.updated':
        this.onSession(event.session as Record<string, unknown> | undefined);
        if (event.type === 'session.created') this.requestOpeningLine();
        break;
      case 'response.created':
        this.activeResponseId = String((event.response as { id?: string } | undefined)?.id ?? 'response');
        this.responseRequested = false;
        this.store.set({ responseActive: true });
        break;
      case 'response.done':
        this.onResponseDone(event.response as ResponseLike | undefined);
        break;
      case 'output_audio_buffer.started':
        this.store.set({ assistantSpeaking: true });
        if (this.store.get().firstAudioMs === null) this.store.set({ firstAudioMs: performance.now() - this.startClickAt });
        break;
      case 'output_audio_buffer.stopped':
      case 'output_audio_buffer.cleared':
        this.store.set({ assistantSpeaking: false });
        break;
      case 'input_audio_buffer.speech_started':
        this.store.set({ userSpeaking: true });
        break;
      case 'input_audio_buffer.speech_stopped':
      case 'input_audio_buffer.committed':
        this.store.set({ userSpeaking: false });
        break;
      case 'error':
        this.onErrorEvent(event.error as ErrorLike | undefined);
        break;
    }
    this.transcript.dispatch(event);
  }

  private onSession(session: Record<string, unknown> | undefined): void {
    if (!session) return;
    const modalities = session.output_modalities;
    const confirmed = Array.isArray(modalities) && (modalities[0] === 'text' || modalities[0] === 'audio') ? modalities[0] : null;
    const current = this.store.get().outputModality;
    this.store.set({ appliedSession: session, outputModality: { ...current, confirmed } });
  }

  private onResponseDone(response: ResponseLike | undefined): void {
    this.activeResponseId = null;
    this.responseRequested = false;
    this.store.set({ responseActive: false });
    if (response?.status === 'failed') {
      const error = response.status_details?.error;
      this.onErrorEvent({ code: error?.code ?? 'response_failed', message: error?.message ?? 'The response failed.' });
      if (this.store.get().status !== 'connected') return;
    }
    if (this.responseWanted) {
      this.responseWanted = false;
      this.requestResponse();
    }
  }

  private onErrorEvent(error: ErrorLike | undefined): void {
    const code = error?.code ?? error?.type ?? 'unknown_error';
    if (code === 'conversation_already_has_active_response') {
      this.responseRequested = false;
      this.responseWanted = true;
      return;
    }
    const problem = new CallError(code, error?.message ?? '').problem;
    if (problem.fatal) this.fail(problem);
    else this.report(problem);
  }

  private report(problem: CallProblem): void {
    this.store.set({ problems: addProblem(this.store.get().problems, problem) });
  }

  /** Ends the call with one message; later failures of the same dead call are not shown again. */
  private fail(error: unknown): void {
    if (isAbortError(error)) return;
    const problem = error instanceof CallError ? error.problem
      : error instanceof MicError ? describeProblem(`mic:${error.kind}`)
      : (error as CallProblem)?.code ? (error as CallProblem)
      : describeProblem('unknown_error', error instanceof Error ? error.message : String(error));
    const { status } = this.store.get();
    if (status !== 'connecting' && status !== 'connected') return;
    this.attempt++;
    this.teardown();
    this.store.set({ status: 'failed', problems: addProblem(this.store.get().problems, problem) });
    if (problem.code === 'model_not_found') void this.addUsableModels();
  }

  /** The token server knows which models the key can use; put them in the fix. */
  private async addUsableModels(): Promise<void> {
    try {
      const response = await fetch('/api/health');
      const health = (await response.json()) as { modelCheck?: { availableModels?: string[] } };
      const models = health.modelCheck?.availableModels?.filter((id) => id.includes('realtime')) ?? [];
      if (!models.length) return;
      this.store.set({
        problems: this.store.get().problems.map((problem) =>
          problem.code === 'model_not_found'
            ? { ...problem, fix: `${problem.fix} Models this key can use: ${models.join(', ')}.` }
            : problem,
        ),
      });
    } catch {
      // The plain fix is still right.
    }
  }

  private attachMic(mic: MicCapture, mode: TurnDetectionMode): void {
    this.mic = mic;
    // The turn mode or mute may have changed while the permission prompt was open.
    mic.setGate(mode !== 'push_to_talk');
    mic.setMuted(this.store.get().muted);
    this.teardownLevelTaps.push(
      mic.onLevel((level) => this.emitLevels({ mic: level.level })),
      mic.onEnded(() => this.fail(new CallError('mic:ended'))),
    );
  }

  private playRemote(stream: MediaStream): void {
    const element = this.ensureAudioElement();
    this.player?.detach();
    this.player = new RemoteAudioPlayer(element);
    this.player.attach(stream);
    this.teardownLevelTaps.push(this.player.onLevel((rms) => this.emitLevels({ assistant: meterLevelFromRms(rms) })));
  }

  private emitLevels(partial: Partial<Levels>): void {
    this.levels = { ...this.levels, ...partial };
    for (const listener of this.levelListeners) listener(this.levels);
  }

  private ensureAudioElement(): HTMLAudioElement {
    if (!this.audioElement) {
      const element = document.createElement('audio');
      element.autoplay = true;
      element.dataset.role = 'assistant-audio';
      element.hidden = true;
      document.body.append(element);
      this.audioElement = element;
    }
    return this.audioElement;
  }

  private mirrorConnectionState(): void {
    const connection = this.connection;
    this.store.set({
      connectionState: connection?.pc.connectionState ?? null,
      dataChannelState: connection?.channel.readyState ?? null,
    });
  }

  private resetConversationState(): void {
    this.activeResponseId = null;
    this.responseRequested = false;
    this.responseWanted = false;
    this.openingRequested = false;
    this.pushToTalk.cancel();
  }

  private teardown(): void {
    this.abort?.abort();
    this.abort = null;
    for (const untap of this.teardownLevelTaps.splice(0)) untap();
    this.connection?.close();
    this.connection = null;
    void this.mic?.close();
    this.mic = null;
    this.player?.detach();
    this.player = null;
    this.resetConversationState();
    this.emitLevels({ mic: 0, assistant: 0 });
    this.store.set(disconnectedState);
  }
}

interface ErrorLike {
  code?: string | null;
  type?: string;
  message?: string;
}
interface ResponseLike {
  status?: string;
  status_details?: { error?: { code?: string; message?: string } | null } | null;
}

import type { RealtimeClientEvent, RealtimeErrorEvent, ResponseDoneEvent } from 'openai/resources/realtime/realtime';
import { turnDetectionFor } from '../../server-token/contract';
import { CallError } from './call-error';
import { personaSessionUpdate, tokenRequestFor, type CallConfig, type CallSettings, type OutputModality, type SessionUpdate, type TurnDetectionMode } from './call-config';
import type { CallDependencies, CallTransport, Microphone, VoiceOutput } from './call-dependencies';
import { connectingState, disconnectedState, type CallState } from './call-state';
import { mergeSessionUpdates } from './session-update';
import { callStateChange } from './call-state-reducer';
import { buildCallContext, contextItems, continuingInstructions, type CallContext, type EarlierTurn } from './call-context';
import { connectCall } from './connect-call';
import { HeardTracker } from './heard-tracker';
import { describeProblem, type CallProblem } from './error-catalogue';
import { failedResponseError, lostConnectionError, problemThatEndedCall, serverErrorAction } from './error-policy';
import { LevelHub } from './level-hub';
import { PrefetchPolicy } from './prefetch-policy';
import { addProblem } from './problem-list';
import { PushToTalkGuard } from './push-to-talk';
import { ResponseSequencer } from './response-sequencer';
import type { ServerEvent } from './server-events';
import { withoutSecret } from './token-client';


export interface StoreAccess {
  get(): CallState;
  set(partial: Partial<CallState>): void;
}

export interface TranscriptSink {
  dispatch(event: ServerEvent): void;
  /** The settled lines so far, to carry the conversation on in a new session. */
  earlierTurns(): EarlierTurn[];
  /** The text of a line so far, to learn the persona's speaking rate and to cut a reply where it was stopped. */
  lineText(itemId: string): string | undefined;
  markCut(itemId: string, heard: string): void;
  reset(): void;
}

/**
 * Runs one call at a time and keeps the call state in the store: it composes the connect step, the response
 * sequencer, the state reducer, the error policy, push-to-talk and the levels. Framework-free; the browser
 * parts come in as {@link CallDependencies}.
 */
export class CallController {
  readonly levels = new LevelHub();
  private transport: CallTransport | null = null;
  private mic: Microphone | null = null;
  private readonly voice: VoiceOutput;
  private abort: AbortController | null = null;
  private attempt = 0;
  private readonly pushToTalk = new PushToTalkGuard(() => this.commitTurn());
  private readonly responses = new ResponseSequencer(() => this.send({ type: 'response.create' }));
  private readonly prefetcher: PrefetchPolicy;
  private readonly heard: HeardTracker;
  private config: CallConfig | null = null;
  private startClickAt = 0;
  private untaps: Array<() => void> = [];

  constructor(
    private readonly store: StoreAccess,
    private readonly transcript: TranscriptSink,
    private readonly deps: CallDependencies,
  ) {
    this.voice = deps.createVoiceOutput((assistant) => this.levels.update({ assistant }));
    this.prefetcher = new PrefetchPolicy(deps.tokens);
    this.heard = new HeardTracker(transcript, (event) => this.send(event));
  }

  /** The persona to call. Its key is fetched once the persona stops changing; Start always uses the latest. */
  configure(config: CallConfig | null): void {
    this.config = config;
    this.store.set({ personaName: config?.personaName ?? null });
    this.prefetcher.afterSettle(() => this.idleTokenRequest());
  }

  /** For the debug panel's connection figures; not state, so it is not in the store. */
  peerConnection(): RTCPeerConnection | null {
    return this.transport?.peerConnection ?? null;
  }

  /**
   * `context` carries an earlier conversation on: the new session gets its turns before its first response, and
   * the persona continues instead of opening again.
   */
  async start(options: { keepTranscript?: boolean; context?: CallContext } = {}): Promise<void> {
    const config = this.config;
    if (this.isBusy() || this.store.get().serviceProblem) return;
    if (!config) {
      this.store.set({ problems: addProblem([], describeProblem('no_persona')) });
      return;
    }
    const attempt = ++this.attempt;
    const abort = new AbortController();
    this.abort = abort;
    this.startClickAt = this.deps.now();
    this.resetConversation();
    this.heard.reset(config.language);
    this.prefetcher.cancel();
    if (!options.keepTranscript) this.transcript.reset();
    const settings = this.settings();
    const request = tokenRequestFor(config, settings);
    this.store.set(connectingState(request, settings.outputModality));
    this.voice.unlock();
    try {
      const transport = await connectCall(
        this.deps,
        request,
        { gateOpen: settings.turnMode !== 'push_to_talk', muted: this.store.get().muted },
        {
          onEvent: (event) => this.onServerEvent(event),
          onMalformed: () => this.report(describeProblem('malformed_event')),
          onRemoteStream: (stream) => this.voice.play(stream),
          onLost: (reason) => this.fail(lostConnectionError(reason, this.transport?.elapsed() ?? 0, this.store.get().startedAt !== null)),
          onStateChange: () => this.mirrorConnectionState(),
        },
        { isCurrent: () => attempt === this.attempt, signal: abort.signal },
        {
          onTransport: (created) => (this.transport = created),
          onMicrophone: (mic) => this.attachMic(mic),
          onToken: (token) => this.store.set({ tokenInfo: withoutSecret(token) }),
        },
      );
      this.store.set({ status: 'connected', startedAt: transport.startedAt });
      // The persona goes first on the channel, then the request for its opening line: the server applies events
      // in order, so neither waits a round trip for session.created or session.updated.
      const context = options.context?.turns.length ? options.context : null;
      this.updateSession(personaSessionUpdate(config, context ? continuingInstructions(config.instructions, context) : config.instructions));
      for (const item of context ? contextItems(context, String(attempt)) : []) this.send(item);
      this.responses.requestOpening();
    } catch (error) {
      if (attempt === this.attempt) this.fail(error);
    }
  }

  end(): void {
    if (!this.isBusy()) return;
    this.attempt++;
    this.store.set({ status: 'ending' });
    this.teardown();
    this.store.set({ status: 'ended' });
    this.prefetcher.now(this.idleTokenRequest());
  }

  /** A new session for the same conversation: the transcript stays, and the persona remembers it. */
  reconnect(): Promise<void> {
    return this.start({ keepTranscript: true, context: buildCallContext(this.transcript.earlierTurns()) });
  }

  /** Interrupts the persona: cancel the response if one is running, then cut the audio already queued. */
  stopSpeaking(): void {
    if (!this.transport?.isOpen) return;
    const { assistantSpeaking, outputModality } = this.store.get();
    if (this.responses.active) this.send({ type: 'response.cancel' });
    // Audio already queued keeps playing after a cancel unless the output buffer is cleared (text has none).
    if (assistantSpeaking || (this.responses.active && outputModality.confirmed !== 'text')) {
      this.send({ type: 'output_audio_buffer.clear' });
    }
    this.responses.dropWaiting();
  }

  pressToTalk(): void {
    if (!this.transport?.isOpen || this.store.get().turnMode !== 'push_to_talk') return;
    if (!this.pushToTalk.press()) return;
    if (this.responses.active || this.store.get().assistantSpeaking) this.stopSpeaking();
    this.send({ type: 'input_audio_buffer.clear' });
    this.mic?.setGate(true);
    this.store.set({ pushToTalkHeld: true, notice: null });
  }

  releaseToTalk(): void {
    const decision = this.pushToTalk.release();
    if (decision.action === 'none') return;
    this.store.set({ pushToTalkHeld: false });
    if (decision.action === 'commit') return;
    this.mic?.setGate(false);
    // Too short to be speech: the API would answer input_audio_buffer_commit_empty, so nothing is committed.
    if (this.send({ type: 'input_audio_buffer.clear' })) this.store.set({ notice: 'push_to_talk_too_short' });
  }

  sendText(text: string): boolean {
    const trimmed = text.trim();
    if (!trimmed || !this.transport?.isOpen) return false;
    if (this.responses.active || this.store.get().assistantSpeaking) this.stopSpeaking();
    this.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: trimmed }] },
    });
    this.responses.request();
    return true;
  }

  setTurnMode(mode: TurnDetectionMode): void {
    this.pushToTalk.flush();
    this.pushToTalk.cancel();
    this.store.set({ turnMode: mode, pushToTalkHeld: false });
    this.mic?.setGate(mode !== 'push_to_talk');
    this.updateSession({ type: 'realtime', audio: { input: { turn_detection: turnDetectionFor(mode) } } });
    this.prefetcher.now(this.idleTokenRequest());
  }

  setOutputModality(modality: OutputModality): void {
    const current = this.store.get().outputModality;
    this.store.set({ outputModality: { ...current, requested: modality } });
    this.updateSession({ type: 'realtime', output_modalities: [modality] });
    this.prefetcher.now(this.idleTokenRequest());
  }

  setMuted(muted: boolean): void {
    this.mic?.setMuted(muted);
    this.store.set({ muted });
  }

  dismissProblem(code: string): void {
    this.store.set({ problems: this.store.get().problems.filter((problem) => problem.code !== code) });
  }

  private isBusy(): boolean {
    const { status } = this.store.get();
    return status === 'connecting' || status === 'connected';
  }

  private settings(): CallSettings {
    const { turnMode, outputModality } = this.store.get();
    return { turnMode, outputModality: outputModality.requested };
  }

  /** The key to prefetch while no call runs; none during a call (the next Start fetches its own if needed). */
  private idleTokenRequest() {
    return this.config && !this.isBusy() ? tokenRequestFor(this.config, this.settings()) : null;
  }

  private send(event: RealtimeClientEvent): boolean {
    return this.transport?.send(event) ?? false;
  }

  /** Sends a session.update and records it, so the Session tab compares the server's session with all that was asked. */
  private updateSession(session: SessionUpdate): void {
    if (!this.send({ type: 'session.update', session })) return;
    const requested = this.store.get().requestedSession;
    if (requested) this.store.set({ requestedSession: { ...requested, sessionUpdate: mergeSessionUpdates(requested.sessionUpdate, session) } });
  }

  /** A push-to-talk turn, once its tail has been sent: commit it and ask for the answer. */
  private commitTurn(): void {
    if (!this.pushToTalk.isHeld) this.mic?.setGate(false);
    if (this.send({ type: 'input_audio_buffer.commit' })) this.responses.request();
  }

  private onServerEvent(event: ServerEvent): void {
    const change = callStateChange(this.store.get(), event, this.deps.now() - this.startClickAt);
    if (change) this.store.set(change);
    switch (event.type) {
      case 'session.created':
        this.responses.requestOpening();
        break;
      case 'response.created':
        this.responses.onCreated(event.response.id ?? 'response');
        break;
      case 'response.done':
        this.onResponseDone(event.response);
        break;
      case 'error':
        this.onServerError(event.error);
        break;
    }
    this.transcript.dispatch(event);
    this.heard.onEvent(event, this.deps.now());
  }

  /** A failed `response.done` surfaces exactly like an `error` event. */
  private onResponseDone(response: ResponseDoneEvent['response']): void {
    const error = failedResponseError(response);
    if (error) {
      this.responses.onDone(false);
      this.onServerError(error);
      if (!this.isBusy()) return;
    }
    this.responses.onDone(true);
  }

  private onServerError(error: Partial<Pick<RealtimeErrorEvent['error'], 'code' | 'message' | 'type'>> | undefined): void {
    const action = serverErrorAction(error?.code ?? error?.type ?? 'unknown_error', error?.message ?? '');
    switch (action.kind) {
      case 'retry_when_done':
        this.responses.onRejectedAsBusy();
        break;
      case 'report':
        this.report(action.problem);
        break;
      case 'end_call':
        this.fail(action.problem);
        break;
      case 'ignore':
        break;
    }
  }

  private report(problem: CallProblem): void {
    this.store.set({ problems: addProblem(this.store.get().problems, problem) });
  }

  /** Ends the call with one message; later failures of the same dead call are not shown again. */
  private fail(error: unknown): void {
    const problem = problemThatEndedCall(error);
    if (!problem || !this.isBusy()) return;
    this.attempt++;
    this.teardown();
    this.store.set({ status: 'failed', problems: addProblem(this.store.get().problems, problem) });
  }

  private attachMic(mic: Microphone): void {
    this.mic = mic;
    // The turn mode or mute may have changed while the permission prompt was open.
    mic.setGate(this.store.get().turnMode !== 'push_to_talk');
    mic.setMuted(this.store.get().muted);
    this.untaps.push(
      mic.onLevel((level) => this.levels.update({ mic: level.level })),
      mic.onEnded(() => this.fail(new CallError('mic:ended'))),
    );
  }

  private mirrorConnectionState(): void {
    this.store.set({
      connectionState: this.transport?.peerConnection.connectionState ?? null,
      dataChannelState: this.transport?.channelState ?? null,
    });
  }

  private resetConversation(): void {
    this.responses.reset();
    this.pushToTalk.cancel();
  }

  private teardown(): void {
    this.abort?.abort();
    this.abort = null;
    for (const untap of this.untaps.splice(0)) untap();
    this.transport?.close();
    this.transport = null;
    void this.mic?.close();
    this.mic = null;
    this.voice.stop();
    this.resetConversation();
    this.levels.reset();
    this.store.set(disconnectedState);
  }
}

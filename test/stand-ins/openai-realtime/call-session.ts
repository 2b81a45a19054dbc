import { schemaValidator, validateClientEvent } from '../../support/realtime-schema.ts';
import { openaiId } from './ids.ts';
import { InputAudioBuffer } from './input-audio-buffer.ts';
import { OutputAudioBuffer } from './output-audio-buffer.ts';
import type { ResponseRecord } from './response-record.ts';
import { ResponseRunner } from './response-runner.ts';
import { checkSessionConfig, toParamError } from './schema-errors.ts';
import { mergeSession, transcriptionOf, turnDetectionOf, voiceOf, type SessionObject } from './session-config.ts';
import { callerLanguageOf, openingLineOf, personaLanguageOf } from './session-language.ts';
import type { ScriptCursor } from './turn-script.ts';
import { audioInTokens, textTokens } from './usage.ts';
import { ConversationLog, userAudioItem } from './conversation-log.ts';

type Json = Record<string, unknown>;

/** How the protocol logic talks to the wire (data channel + audio track). */
export interface CallIo {
  /** Sends a server event; the transport adds the `event_id`. */
  emit(event: Json): void;
  sendAudio(packet: Uint8Array, startOfBurst: boolean): void;
  /** Records a client event that failed the official schema. */
  reportViolation(reason: string): void;
  /** Ends the call from the server side (session expiry). */
  hangUp(): void;
}

export interface CallContext {
  callId: string;
  session: SessionObject;
  /** Models the account can use; a response for any other model fails with model_not_found. */
  models: readonly string[];
  script: ScriptCursor;
  sessionMaxMs: number;
  /** How long each response takes to generate (read per response, so a test can change it mid-call). */
  generationMs(): number;
  /** The stand-in's clock, for the response records. */
  now(): number;
}

const CLIENT_EVENT_TYPES = [
  'session.update', 'input_audio_buffer.append', 'input_audio_buffer.commit', 'input_audio_buffer.clear',
  'conversation.item.create', 'conversation.item.truncate', 'conversation.item.delete', 'conversation.item.retrieve',
  'response.create', 'response.cancel', 'output_audio_buffer.clear',
];
const MIN_COMMIT_MS = 100;

/** The Realtime protocol of one call: client events in, server events and audio out. */
export class CallSession {
  session: SessionObject;
  readonly conversationId = openaiId('conv');
  readonly conversation = new ConversationLog();
  /**
   * Set at the first response: whether the page gave the session earlier turns first. A model with history reads
   * the continuing instructions and the items and carries on, so the opening line is not said again.
   */
  private continuing: boolean | null = null;
  readonly input: InputAudioBuffer;
  speechTurns = 0;
  /** Every response of the call, in order, as tests see them. */
  readonly responses: ResponseRecord[] = [];
  private readonly audio: OutputAudioBuffer;
  private current: ResponseRunner | null = null;
  private lastResponse: ResponseRunner | null = null;
  private lastInputTokens = 0;
  private assistantAudioProduced = false;
  private pendingUserItemId: string | null = null;
  private pendingSpeechStartMs = 0;
  private expiryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private opened = false;

  constructor(
    private readonly io: CallIo,
    private readonly ctx: CallContext,
  ) {
    this.session = ctx.session;
    this.input = new InputAudioBuffer(turnDetectionOf(this.session));
    this.audio = new OutputAudioBuffer({ emit: (event) => this.io.emit(event), sendAudio: (p, m) => this.io.sendAudio(p, m) });
  }

  /** The data channel is open: greet with `session.created` and start the 60-minute clock. */
  open(): void {
    this.opened = true;
    this.io.emit({ type: 'session.created', session: this.session });
    this.expiryTimer = setTimeout(() => {
      const minutes = Math.round(this.ctx.sessionMaxMs / 60_000);
      this.error('session_expired', `Your session hit the maximum duration of ${minutes} minutes.`, null, null);
      this.io.hangUp();
    }, this.ctx.sessionMaxMs);
  }

  close(): void {
    this.closed = true;
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.current?.dispose();
    this.audio.dispose();
  }

  handleMessage(text: string): void {
    if (this.closed) return;
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch (err) {
      this.error('invalid_event', `We could not parse the JSON body of your event: ${(err as Error).message}`, null, null);
      return;
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      this.error('invalid_event', 'The event must be a JSON object.', null, null);
      return;
    }
    const e = event as Json;
    const eventId = typeof e.event_id === 'string' ? e.event_id : null;
    if (typeof e.type !== 'string') {
      this.io.reportViolation('client event without a type');
      this.error('invalid_event', "The 'type' field is missing.", null, eventId);
      return;
    }
    if (!CLIENT_EVENT_TYPES.includes(e.type)) {
      this.io.reportViolation(`unknown client event type '${e.type}'`);
      const supported = CLIENT_EVENT_TYPES.map((t) => `'${t}'`);
      this.error('invalid_value', `Invalid value: '${e.type}'. Supported values are: ${supported.slice(0, -1).join(', ')}, and ${supported.at(-1)}.`, 'type', eventId);
      return;
    }
    const violation = validateClientEvent(e);
    if (violation) {
      this.io.reportViolation(violation);
      const detail = e.type === 'session.update' ? checkSessionConfig(e.session, 'session') : this.firstParamError(e);
      if (detail) this.error(detail.code, detail.message, detail.param, eventId);
      else this.error('invalid_event', `Invalid event: ${violation}`, null, eventId);
      return;
    }
    this.dispatch(e, eventId);
  }

  /** One decoded 20 ms frame of the caller's microphone. */
  handleAudioFrame(pcm: Int16Array, sampleRate: number): void {
    // The session starts when the data channel opens; audio before that is not part of it.
    if (this.closed || !this.opened) return;
    const vad = this.input.pushFrame(pcm, sampleRate);
    if (!vad) return;
    const td = turnDetectionOf(this.session) ?? {};
    if (vad.type === 'speech_started') {
      this.pendingUserItemId = openaiId('item');
      this.pendingSpeechStartMs = vad.audioStartMs;
      this.io.emit({ type: 'input_audio_buffer.speech_started', audio_start_ms: Math.round(vad.audioStartMs), item_id: this.pendingUserItemId });
      // Barge-in (interrupt_response): cancel the response if it is still generating, and cut the audio.
      if (td.interrupt_response !== false) {
        this.current?.cancel('turn_detected');
        this.audio.clear();
      }
      return;
    }
    const itemId = this.pendingUserItemId ?? openaiId('item');
    this.pendingUserItemId = null;
    this.io.emit({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: Math.round(vad.audioEndMs), item_id: itemId });
    this.speechTurns++;
    this.commitUserAudio(itemId, vad.audioEndMs - this.pendingSpeechStartMs);
    if (td.create_response !== false && !this.current) this.startResponse({}, null);
  }

  private dispatch(e: Json, eventId: string | null): void {
    switch (e.type) {
      case 'session.update':
        return this.updateSession(e.session as Json, eventId);
      case 'input_audio_buffer.clear':
        this.input.clear();
        return this.io.emit({ type: 'input_audio_buffer.cleared' });
      case 'input_audio_buffer.commit':
        return this.manualCommit(eventId);
      case 'input_audio_buffer.append':
        return; // WebRTC carries audio on the track; appends have no acknowledgement.
      case 'conversation.item.create':
        return this.createItem(e, eventId);
      case 'conversation.item.retrieve':
      case 'conversation.item.delete':
      case 'conversation.item.truncate':
        return this.itemOperation(e, eventId);
      case 'response.create':
        return this.responseCreate((e.response as Json | undefined) ?? {}, eventId);
      case 'response.cancel':
        // Only a response still generating can be cancelled; its audio keeps playing (clear stops that).
        if (!this.current || (typeof e.response_id === 'string' && e.response_id !== this.current.id)) {
          return this.error('response_cancel_not_active', 'Cancellation failed: no active response found', null, eventId);
        }
        this.current.cancel('client_cancelled');
        return;
      case 'output_audio_buffer.clear':
        // Stops the audio at once; a response still generating goes on generating text, without audio.
        if (this.audio.clear()) return;
        return this.io.emit({ type: 'output_audio_buffer.cleared', response_id: this.lastResponse?.id ?? '' });
    }
  }

  private updateSession(update: Json, eventId: string | null): void {
    const problem = checkSessionConfig(update, 'session');
    if (problem) return this.error(problem.code, problem.message, problem.param, eventId);
    if (update.type !== this.session.type) {
      return this.error('invalid_value', `Cannot change the session type from '${this.session.type}' to '${String(update.type)}'.`, 'session.type', eventId);
    }
    if (update.model !== undefined && update.model !== this.session.model) {
      return this.error('invalid_value', `Cannot update a session's model: the session uses '${String(this.session.model)}'. Set the model when the session is created.`, 'session.model', eventId);
    }
    const audio = update.audio as { output?: { voice?: unknown } } | undefined;
    const voice = audio?.output?.voice;
    if (voice !== undefined && this.assistantAudioProduced && JSON.stringify(voice) !== JSON.stringify(voiceOf(this.session))) {
      return this.error('cannot_update_voice', "Cannot update a conversation's voice if assistant audio is present.", 'session.audio.output.voice', eventId);
    }
    this.session = mergeSession(this.session, update);
    this.input.configure(turnDetectionOf(this.session));
    this.io.emit({ type: 'session.updated', session: this.session });
  }

  private manualCommit(eventId: string | null): void {
    const held = this.input.bufferedMs;
    if (held < MIN_COMMIT_MS) {
      return this.error(
        'input_audio_buffer_commit_empty',
        `Error committing input audio buffer: buffer too small. Expected at least ${MIN_COMMIT_MS}ms of audio, but buffer only has ${held.toFixed(2)}ms of audio.`,
        null,
        eventId,
      );
    }
    this.input.take();
    this.pendingUserItemId = null;
    this.speechTurns++;
    this.commitUserAudio(openaiId('item'), held);
  }

  /** committed → item added → (transcription) → item done, for a user audio turn. */
  private commitUserAudio(itemId: string, audioMs: number): void {
    const previous = this.conversation.lastId;
    this.io.emit({ type: 'input_audio_buffer.committed', previous_item_id: previous, item_id: itemId });
    this.io.emit({ type: 'conversation.item.added', previous_item_id: previous, item: userAudioItem(itemId, null) });
    const transcription = transcriptionOf(this.session);
    let transcript: string | null = null;
    if (transcription) {
      transcript = this.ctx.script.nextUserTranscript(callerLanguageOf(this.session));
      const words = transcript.match(/\s*\S+/g) ?? [];
      for (const delta of words) {
        this.io.emit({ type: 'conversation.item.input_audio_transcription.delta', item_id: itemId, content_index: 0, delta });
      }
      const audioTokens = audioInTokens(audioMs);
      const outTokens = textTokens(transcript);
      this.io.emit({
        type: 'conversation.item.input_audio_transcription.completed',
        item_id: itemId,
        content_index: 0,
        transcript,
        usage: { type: 'tokens', input_tokens: audioTokens, input_token_details: { text_tokens: 0, audio_tokens: audioTokens }, output_tokens: outTokens, total_tokens: audioTokens + outTokens },
      });
    }
    const item = userAudioItem(itemId, transcript);
    this.conversation.add({ id: itemId, role: 'user', textTokens: 0, audioTokens: audioInTokens(audioMs) });
    this.io.emit({ type: 'conversation.item.done', previous_item_id: previous, item });
  }

  private createItem(e: Json, eventId: string | null): void {
    const item = { ...(e.item as Json) };
    const id = typeof item.id === 'string' ? item.id : openaiId('item');
    if (this.conversation.has(id)) {
      return this.error('invalid_value', `Item with id '${id}' already exists.`, 'item.id', eventId);
    }
    const previous = typeof e.previous_item_id === 'string' ? e.previous_item_id : this.conversation.lastId;
    const full = { ...item, id, object: 'realtime.item', status: 'completed' };
    const text = JSON.stringify(item.content ?? item.output ?? '');
    this.conversation.add({ id, role: String(item.role ?? item.type), textTokens: textTokens(text), audioTokens: 0 });
    this.io.emit({ type: 'conversation.item.added', previous_item_id: previous, item: full });
    this.io.emit({ type: 'conversation.item.done', previous_item_id: previous, item: full });
  }

  private itemOperation(e: Json, eventId: string | null): void {
    const itemId = String(e.item_id);
    if (!this.conversation.has(itemId)) {
      return this.error('item_not_found', `Item with item_id not found: ${itemId}`, 'item_id', eventId);
    }
    if (e.type === 'conversation.item.delete') {
      this.conversation.remove(itemId);
      return this.io.emit({ type: 'conversation.item.deleted', item_id: itemId });
    }
    if (e.type === 'conversation.item.truncate') return this.truncate(itemId, Number(e.content_index), Number(e.audio_end_ms), eventId);
    return this.io.emit({ type: 'conversation.item.retrieved', item: { id: itemId, object: 'realtime.item', type: 'message', status: 'completed', role: this.conversation.roleOf(itemId), content: [] } });
  }

  /**
   * `conversation.item.truncate`: the client says how much of an assistant message was heard. The item keeps
   * that much audio and loses its transcript. (Error wording for a too-long audio_end_ms as seen in client
   * code; the others follow the schema's description.)
   */
  private truncate(itemId: string, contentIndex: number, audioEndMs: number, eventId: string | null): void {
    const record = this.responses.find((r) => r.itemId === itemId);
    if (!record || record.modality !== 'audio') {
      return this.error('invalid_value', 'Only assistant messages with audio can be truncated.', 'item_id', eventId);
    }
    if (contentIndex !== 0) {
      return this.error('invalid_value', `Invalid content_index: ${contentIndex}. The item has one content part; set content_index to 0.`, 'content_index', eventId);
    }
    if (audioEndMs > record.audioGeneratedMs) {
      return this.error('invalid_value', `Audio content of ${record.audioGeneratedMs}ms is already shorter than ${audioEndMs}ms`, 'audio_end_ms', eventId);
    }
    record.truncatedAtMs = audioEndMs;
    this.conversation.resize(itemId, { textTokens: 0, audioTokens: Math.round(audioEndMs / 50) });
    this.io.emit({ type: 'conversation.item.truncated', item_id: itemId, content_index: 0, audio_end_ms: audioEndMs });
  }

  private responseCreate(params: Json, eventId: string | null): void {
    if (this.current) {
      return this.error(
        'conversation_already_has_active_response',
        `Conversation already has an active response in progress: ${this.current.id}. Wait until the response is finished before creating a new one.`,
        null,
        eventId,
      );
    }
    const modalities = params.output_modalities;
    if (Array.isArray(modalities) && modalities.length !== 1) {
      return this.error('invalid_value', "Invalid value for 'response.output_modalities': exactly one output modality is supported. Use ['audio'] or ['text'], not both.", 'response.output_modalities', eventId);
    }
    this.startResponse(params, eventId);
  }

  private startResponse(params: Json, _eventId: string | null): void {
    const session = this.session;
    const modality = ((params.output_modalities as string[] | undefined)?.[0] ?? session.output_modalities?.[0] ?? 'audio') as 'audio' | 'text';
    const instructions = typeof params.instructions === 'string' ? params.instructions : session.instructions;
    if (this.continuing === null && params.conversation !== 'none') this.continuing = !this.conversation.isEmpty;
    const opening = this.continuing || this.conversation.hasUserTurn ? null : openingLineOf(instructions);
    const language = personaLanguageOf({ ...session, ...(instructions !== undefined ? { instructions } : {}) });
    const reply = this.ctx.script.nextReply({ language, openingLine: opening });
    const outOfBand = params.conversation === 'none';
    const model = String(session.model ?? '');
    const outputAudio = (params.audio as { output?: Json } | undefined)?.output ?? {};
    const runner: ResponseRunner = new ResponseRunner(
      { emit: (ev) => this.io.emit(ev), audio: this.audio, now: () => this.ctx.now() },
      {
        callId: this.ctx.callId,
        generationMs: this.ctx.generationMs(),
        reply,
        modality,
        conversationId: outOfBand ? null : this.conversationId,
        previousItemId: this.conversation.lastId,
        voice: outputAudio.voice ?? voiceOf(session),
        format: outputAudio.format ?? session.audio.output?.format,
        maxOutputTokens: params.max_output_tokens ?? session.max_output_tokens,
        metadata: params.metadata,
        unavailableModel: this.ctx.models.includes(model) ? null : model,
        input: this.conversation.size(textTokens(instructions ?? '')),
        previousInputTokens: this.lastInputTokens,
      },
      (result) => {
        if (this.current === runner) this.current = null;
        if (result.audioMs > 0) this.assistantAudioProduced = true;
        if (result.status === 'failed') return;
        this.lastInputTokens = result.inputTokens;
        if (result.item && !outOfBand) {
          this.conversation.add({ id: runner.itemId, role: 'assistant', textTokens: textTokens(reply.text), audioTokens: Math.round(result.audioMs / 50) });
        }
      },
    );
    this.lastResponse = runner;
    this.current = runner;
    this.responses.push(runner.record);
    runner.start();
  }

  private firstParamError(e: Json): ReturnType<typeof toParamError> {
    const ref = String(e.type);
    const name = {
      'response.create': 'RealtimeClientEventResponseCreate',
      'conversation.item.create': 'RealtimeClientEventConversationItemCreate',
    }[ref];
    if (!name) return null;
    const validate = schemaValidator(name);
    return validate(e) ? null : toParamError([...(validate.errors ?? [])], e, '');
  }

  private error(code: string, message: string, param: string | null, eventId: string | null): void {
    this.io.emit({ type: 'error', error: { type: 'invalid_request_error', code, message, param, event_id: eventId } });
  }
}

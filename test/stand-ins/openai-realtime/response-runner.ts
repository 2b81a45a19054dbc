import { openaiId } from './ids.ts';
import { encodedFixture, FRAME_MS, type EncodedAudio } from './opus-audio.ts';
import type { AudioSegment, OutputAudioBuffer, SegmentWatcher } from './output-audio-buffer.ts';
import type { ResponseRecord } from './response-record.ts';
import { responseUsage, type ConversationSize } from './usage.ts';
import type { PlannedReply } from './turn-script.ts';

type Json = Record<string, unknown>;

export interface ResponseHost {
  emit(event: Json): void;
  /** The call's output audio buffer, which plays the generated audio out in real time. */
  audio: OutputAudioBuffer;
  /** The stand-in's clock, for the response record. */
  now(): number;
}

export interface ResponsePlan {
  callId: string;
  reply: PlannedReply;
  modality: 'audio' | 'text';
  conversationId: string | null;
  previousItemId: string | null;
  voice: unknown;
  format: unknown;
  maxOutputTokens: unknown;
  metadata: unknown;
  /** Set when the account cannot use the session's model: the response fails like the real API's. */
  unavailableModel: string | null;
  input: ConversationSize;
  previousInputTokens: number;
  /** From `response.created` to `response.done`: how long the model takes to generate the whole reply. */
  generationMs: number;
}

export interface ResponseResult {
  status: 'completed' | 'cancelled' | 'failed';
  item: Json | null;
  inputTokens: number;
  /** Assistant audio generated, in ms (for usage and voice locking). */
  audioMs: number;
}

const GENERATION_TICK_MS = 10;

/** Splits text into word-sized deltas the way the model streams them (" word," chunks). */
export function transcriptChunks(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/**
 * One response, from `response.created` to `response.done`. Like the real API it generates faster than
 * real time: text and audio are generated over `generationMs`, then `response.done`; the audio goes to
 * the output audio buffer, which keeps playing it long after.
 */
export class ResponseRunner {
  readonly id = openaiId('resp');
  readonly itemId = openaiId('item');
  readonly record: ResponseRecord;
  private readonly chunks: string[];
  private readonly audio: EncodedAudio | null;
  private segment: AudioSegment | null = null;
  private chunksSent = 0;
  private packetsGenerated = 0;
  private startedAt = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private finished = false;

  constructor(
    private readonly host: ResponseHost,
    private readonly plan: ResponsePlan,
    private readonly onDone: (result: ResponseResult) => void,
  ) {
    this.chunks = transcriptChunks(plan.reply.text);
    this.audio = plan.modality === 'audio' && !plan.unavailableModel ? encodedFixture(plan.reply.audio) : null;
    this.record = {
      callId: plan.callId,
      responseId: this.id,
      itemId: this.itemId,
      modality: plan.modality,
      text: '',
      fixture: this.audio?.name ?? null,
      status: 'in_progress',
      cancelReason: null,
      createdAtMs: host.now(),
      doneAtMs: null,
      audioGeneratedMs: 0,
      audioSentMs: 0,
      audioStartedAtMs: null,
      audioEndedAtMs: null,
      audioEnd: null,
      truncatedAtMs: null,
    };
  }

  /** Still generating: `response.cancel` applies, and a new `response.create` is refused. */
  get active(): boolean {
    return !this.finished;
  }

  start(): void {
    this.host.emit({ type: 'response.created', response: this.responseObject('in_progress', null, [], null) });
    if (this.plan.unavailableModel) {
      this.fail(this.plan.unavailableModel);
      return;
    }
    const item = this.item('in_progress', []);
    this.host.emit({ type: 'response.output_item.added', response_id: this.id, output_index: 0, item });
    if (this.plan.conversationId) {
      this.host.emit({ type: 'conversation.item.added', previous_item_id: this.plan.previousItemId, item });
    }
    this.host.emit({
      type: 'response.content_part.added',
      ...this.partRef(),
      part: this.audio ? { type: 'audio', transcript: '' } : { type: 'text', text: '' },
    });
    if (this.audio) this.segment = this.host.audio.add(this.id, this.audio.packets, this.audioWatcher());
    this.startedAt = performance.now();
    this.generate(0);
    if (this.finished) return;
    if (this.plan.generationMs <= 0) return this.generate(1);
    this.ticker = setInterval(() => this.generate((performance.now() - this.startedAt) / this.plan.generationMs), GENERATION_TICK_MS);
  }

  /**
   * `response.cancel` (`client_cancelled`) or a barge-in (`turn_detected`) while generating: `response.done`
   * with status `cancelled`. After a `response.cancel` the audio generated so far still plays out; after a
   * barge-in the caller clears the buffer next, so the audio is left for that clear to cut.
   */
  cancel(reason: 'turn_detected' | 'client_cancelled'): boolean {
    if (this.finished) return false;
    this.stopTicker();
    this.complete('cancelled', { type: 'cancelled', reason });
    if (this.segment && reason === 'client_cancelled') this.host.audio.generated(this.segment, this.packetsGenerated, true);
    return true;
  }

  /** Silently stops generating (call closed or dropped). */
  dispose(): void {
    this.stopTicker();
    this.finished = true;
  }

  private generate(progress: number): void {
    if (this.finished) return;
    const share = Math.min(1, Math.max(0, progress));
    if (this.segment && this.audio) {
      // The first packet exists as soon as generation starts (the first audio comes right away).
      this.packetsGenerated = Math.max(1, Math.ceil(share * this.audio.packets.length));
      this.record.audioGeneratedMs = this.packetsGenerated * FRAME_MS;
      this.host.audio.generated(this.segment, this.packetsGenerated, false);
    }
    const type = this.audio ? 'response.output_audio_transcript.delta' : 'response.output_text.delta';
    const due = Math.floor(share * this.chunks.length);
    while (this.chunksSent < due) {
      this.host.emit({ type, ...this.partRef(), delta: this.chunks[this.chunksSent] });
      this.chunksSent++;
    }
    this.record.text = this.chunks.slice(0, this.chunksSent).join('');
    if (share >= 1) this.finishCompleted();
  }

  private finishCompleted(): void {
    this.stopTicker();
    this.complete('completed', null);
    this.host.emit({
      type: 'rate_limits.updated',
      rate_limits: [
        { name: 'requests', limit: 5000, remaining: 4999, reset_seconds: 0.012 },
        { name: 'tokens', limit: 40000, remaining: 40000 - this.plan.input.textTokens - this.plan.input.audioTokens, reset_seconds: 0.3 },
      ],
    });
    // After response.done, so `output_audio_buffer.stopped` can never come before it.
    if (this.segment) this.host.audio.generated(this.segment, this.packetsGenerated, true);
  }

  private complete(status: 'completed' | 'cancelled', statusDetails: Json | null): void {
    this.finished = true;
    const text = this.chunks.slice(0, this.chunksSent).join('');
    const part = this.audio ? { type: 'audio', transcript: text } : { type: 'text', text };
    if (this.audio) {
      this.host.emit({ type: 'response.output_audio_transcript.done', ...this.partRef(), transcript: text });
    } else {
      this.host.emit({ type: 'response.output_text.done', ...this.partRef(), text });
    }
    this.host.emit({ type: 'response.content_part.done', ...this.partRef(), part });
    const content = this.audio ? [{ type: 'output_audio', transcript: text }] : [{ type: 'output_text', text }];
    const item = this.item(status === 'completed' ? 'completed' : 'incomplete', content);
    this.host.emit({ type: 'response.output_item.done', response_id: this.id, output_index: 0, item });
    if (this.plan.conversationId) {
      this.host.emit({ type: 'conversation.item.done', previous_item_id: this.plan.previousItemId, item });
    }
    const audioMs = this.audio ? this.packetsGenerated * FRAME_MS : 0;
    const usage = responseUsage(this.plan.input, this.plan.previousInputTokens, { text, audioMs });
    this.host.emit({ type: 'response.done', response: this.responseObject(status, statusDetails, [item], { ...usage }) });
    Object.assign(this.record, {
      text,
      status,
      cancelReason: (statusDetails?.reason as ResponseRecord['cancelReason'] | undefined) ?? null,
      doneAtMs: this.host.now(),
      audioGeneratedMs: audioMs,
    });
    this.onDone({ status, item, inputTokens: usage.input_tokens, audioMs });
  }

  private fail(model: string): void {
    this.finished = true;
    const details = {
      type: 'failed',
      error: {
        type: 'invalid_request_error',
        code: 'model_not_found',
        message: `The model \`${model}\` does not exist or you do not have access to it.`,
      },
    };
    const usage = responseUsage({ textTokens: 0, audioTokens: 0 }, 0, { text: '', audioMs: 0 });
    this.host.emit({ type: 'response.done', response: this.responseObject('failed', details, [], { ...usage }) });
    Object.assign(this.record, { status: 'failed', doneAtMs: this.host.now() });
    this.onDone({ status: 'failed', item: null, inputTokens: 0, audioMs: 0 });
  }

  private audioWatcher(): SegmentWatcher {
    return {
      onStarted: () => {
        this.record.audioStartedAtMs = this.host.now();
      },
      onPacketSent: (sentMs) => {
        this.record.audioSentMs = sentMs;
      },
      onEnded: (end) => {
        this.record.audioEnd = end;
        this.record.audioEndedAtMs = this.host.now();
      },
    };
  }

  private stopTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }

  private partRef(): Json {
    return { response_id: this.id, item_id: this.itemId, output_index: 0, content_index: 0 };
  }

  private item(status: string, content: Json[]): Json {
    return { id: this.itemId, object: 'realtime.item', type: 'message', status, role: 'assistant', content };
  }

  private responseObject(status: string, statusDetails: Json | null, output: Json[], usage: Json | null): Json {
    return {
      object: 'realtime.response',
      id: this.id,
      status,
      status_details: statusDetails,
      output,
      conversation_id: this.plan.conversationId,
      output_modalities: [this.plan.modality],
      max_output_tokens: this.plan.maxOutputTokens ?? 'inf',
      audio: { output: { format: this.plan.format, voice: this.plan.voice } },
      usage,
      metadata: this.plan.metadata ?? null,
    };
  }
}

import { openaiId } from './ids.ts';
import { encodedFixture, FRAME_MS, type EncodedAudio } from './opus-audio.ts';
import { responseUsage, type ConversationSize } from './usage.ts';
import type { PlannedReply } from './turn-script.ts';

type Json = Record<string, unknown>;

export interface ResponseHost {
  emit(event: Json): void;
  /** Sends one 20 ms Opus packet on the audio track; `startOfBurst` sets the RTP marker. */
  sendAudio(packet: Uint8Array, startOfBurst: boolean): void;
}

export interface ResponsePlan {
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
}

export interface ResponseResult {
  status: 'completed' | 'cancelled' | 'failed';
  item: Json | null;
  inputTokens: number;
  /** Assistant audio actually sent, in ms (for usage and voice locking). */
  audioMs: number;
}

const TEXT_CHUNK_INTERVAL_MS = 40;
/** The real API streams the transcript ahead of the audio; finish it at this share of the audio. */
const TRANSCRIPT_LEAD = 0.8;
/** Time for the browser's jitter buffer to play out the last packets before `output_audio_buffer.stopped`. */
const DRAIN_MS = 150;

/** Splits text into word-sized deltas the way the model streams them (" word," chunks). */
export function transcriptChunks(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/** One response, from `response.created` to `response.done` (and `output_audio_buffer.stopped`). */
export class ResponseRunner {
  readonly id = openaiId('resp');
  readonly itemId = openaiId('item');
  private readonly chunks: string[];
  private readonly audio: EncodedAudio | null;
  private chunksSent = 0;
  private packetsSent = 0;
  private startedAt = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private drainTimer: ReturnType<typeof setTimeout> | null = null;
  private finished = false;

  constructor(
    private readonly host: ResponseHost,
    private readonly plan: ResponsePlan,
    private readonly onDone: (result: ResponseResult) => void,
  ) {
    this.chunks = transcriptChunks(plan.reply.text);
    this.audio = plan.modality === 'audio' && !plan.unavailableModel ? encodedFixture(plan.reply.audio) : null;
  }

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
    if (this.audio) this.host.emit({ type: 'output_audio_buffer.started', response_id: this.id });
    this.startedAt = performance.now();
    this.ticker = setInterval(() => this.tick(), this.audio ? FRAME_MS : TEXT_CHUNK_INTERVAL_MS);
    this.tick();
  }

  /** Stops the response: `turn_detected` (barge-in) or `client_cancelled` (response.cancel). */
  cancel(reason: 'turn_detected' | 'client_cancelled'): void {
    if (this.finished) return;
    this.stopTicker();
    if (this.audio) this.host.emit({ type: 'output_audio_buffer.cleared', response_id: this.id });
    this.complete('cancelled', { type: 'cancelled', reason });
  }

  /** Cuts the audio without ending the response bookkeeping (`output_audio_buffer.clear` after done). */
  clearAudio(): boolean {
    if (this.drainTimer) {
      clearTimeout(this.drainTimer);
      this.drainTimer = null;
      this.host.emit({ type: 'output_audio_buffer.cleared', response_id: this.id });
      return true;
    }
    return false;
  }

  /** Silently stops every timer (call closed or dropped). */
  dispose(): void {
    this.stopTicker();
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.finished = true;
  }

  private tick(): void {
    const elapsed = performance.now() - this.startedAt;
    if (this.audio) {
      const due = Math.min(this.audio.packets.length, Math.floor(elapsed / FRAME_MS) + 1);
      // After a stalled event loop send at most a few packets at once; the rest follow next tick.
      const until = Math.min(due, this.packetsSent + 5);
      while (this.packetsSent < until) {
        this.host.sendAudio(this.audio.packets[this.packetsSent] as Uint8Array, this.packetsSent === 0);
        this.packetsSent++;
      }
      const share = Math.min(1, this.packetsSent / (this.audio.packets.length * TRANSCRIPT_LEAD));
      this.emitChunksUpTo(Math.ceil(share * this.chunks.length), 'response.output_audio_transcript.delta');
      if (this.packetsSent >= this.audio.packets.length) this.finishCompleted();
      return;
    }
    this.emitChunksUpTo(this.chunksSent + 1, 'response.output_text.delta');
    if (this.chunksSent >= this.chunks.length) this.finishCompleted();
  }

  private emitChunksUpTo(count: number, type: string): void {
    while (this.chunksSent < Math.min(count, this.chunks.length)) {
      this.host.emit({ type, ...this.partRef(), delta: this.chunks[this.chunksSent] });
      this.chunksSent++;
    }
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
    if (this.audio) {
      this.drainTimer = setTimeout(() => {
        this.drainTimer = null;
        this.host.emit({ type: 'output_audio_buffer.stopped', response_id: this.id });
      }, DRAIN_MS);
    }
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
    const audioMs = this.packetsSent * FRAME_MS;
    const usage = responseUsage(this.plan.input, this.plan.previousInputTokens, { text, audioMs });
    this.host.emit({ type: 'response.done', response: this.responseObject(status, statusDetails, [item], { ...usage }) });
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
    this.onDone({ status: 'failed', item: null, inputTokens: 0, audioMs: 0 });
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

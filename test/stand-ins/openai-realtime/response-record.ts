import type { AudioEnd } from './output-audio-buffer.ts';

/** What happened to one response, for tests to check (`RealtimeStandin.responses()`); times on the stand-in's clock. */
export interface ResponseRecord {
  callId: string;
  responseId: string;
  /** The assistant item the response wrote. */
  itemId: string;
  modality: 'audio' | 'text';
  /** Everything the response generated: the whole reply, or the words before it was cancelled. */
  text: string;
  /** The speech fixture of the reply's audio; null for text responses and failed ones. */
  fixture: string | null;
  status: 'in_progress' | 'completed' | 'cancelled' | 'failed';
  /** `status_details.reason` of a cancelled response. */
  cancelReason: 'turn_detected' | 'client_cancelled' | null;
  createdAtMs: number;
  /** When `response.done` went out (generation ended), long before the audio has played. */
  doneAtMs: number | null;
  /** Audio generated: the whole fixture once completed, the part generated before a cancel otherwise. */
  audioGeneratedMs: number;
  /** Audio actually sent on the RTP track: what the caller heard before it stopped or was cleared. */
  audioSentMs: number;
  /** `output_audio_buffer.started` of this response. */
  audioStartedAtMs: number | null;
  /** `output_audio_buffer.stopped` or `.cleared` of this response (or the call's end). */
  audioEndedAtMs: number | null;
  /** null while the audio is queued or playing (or for a response without audio). */
  audioEnd: AudioEnd | null;
  /** `audio_end_ms` of a client `conversation.item.truncate` of the response's item. */
  truncatedAtMs: number | null;
}

/** The words a logged event carries, for the row summary and for joining a run of deltas. */
import type { ServerEvent } from '../call/server-events';
import type { LoggedEvent } from './event-log-buffer';

/** The typed server event of a log entry; null for client events and malformed messages. */
export function serverEventOf(entry: LoggedEvent): ServerEvent | null {
  return entry.direction === 'server' ? entry.parsed : null;
}

/** The text a text, transcript or arguments delta adds; null for any other event (audio deltas included). */
export function textDeltaOf(event: ServerEvent): string | null {
  switch (event.type) {
    case 'response.output_text.delta':
    case 'response.output_audio_transcript.delta':
    case 'conversation.item.input_audio_transcription.delta':
    case 'response.function_call_arguments.delta':
    case 'response.mcp_call_arguments.delta':
      return stringOrNull(event.delta);
    default:
      return null;
  }
}

/** What an event says in a few words: its text, its transcript, the placeholder of its audio, or its status. */
export function summaryTextOf(event: ServerEvent): string {
  switch (event.type) {
    case 'response.output_audio.delta':
      return stringOrNull(event.delta) ?? '';
    case 'response.output_audio_transcript.done':
    case 'conversation.item.input_audio_transcription.completed':
      return stringOrNull(event.transcript) ?? '';
    case 'response.created':
    case 'response.done': {
      // The server may leave out fields the SDK types as present; the panel shows what it got.
      const status = event.response?.status;
      return typeof status === 'string' ? `status: ${status}` : '';
    }
    default:
      return textDeltaOf(event) ?? '';
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

import type { RealtimeServerEvent } from 'openai/resources/realtime/realtime';

/**
 * Server events, parsed once at the connection. A known `type` becomes the openai package's typed event (the
 * fields are trusted as the SDK trusts them); an unknown one is kept apart so `switch (event.type)` narrows.
 */
export type KnownServerEvent = RealtimeServerEvent;
export type KnownServerEventType = KnownServerEvent['type'];

export interface UnknownServerEvent {
  type: 'unknown_server_event';
  /** The `type` the server sent. */
  originalType: string;
  event_id?: string;
}

export type ServerEvent = KnownServerEvent | UnknownServerEvent;

/** Every type of the GA union; the `satisfies` makes a new type in the openai package fail the typecheck. */
const KNOWN_TYPES = {
  'conversation.created': true,
  'conversation.item.created': true,
  'conversation.item.deleted': true,
  'conversation.item.input_audio_transcription.completed': true,
  'conversation.item.input_audio_transcription.delta': true,
  'conversation.item.input_audio_transcription.failed': true,
  'conversation.item.input_audio_transcription.segment': true,
  'conversation.item.retrieved': true,
  'conversation.item.truncated': true,
  'conversation.item.added': true,
  'conversation.item.done': true,
  error: true,
  'input_audio_buffer.cleared': true,
  'input_audio_buffer.committed': true,
  'input_audio_buffer.dtmf_event_received': true,
  'input_audio_buffer.speech_started': true,
  'input_audio_buffer.speech_stopped': true,
  'input_audio_buffer.timeout_triggered': true,
  'rate_limits.updated': true,
  'response.output_audio.delta': true,
  'response.output_audio.done': true,
  'response.output_audio_transcript.delta': true,
  'response.output_audio_transcript.done': true,
  'response.content_part.added': true,
  'response.content_part.done': true,
  'response.created': true,
  'response.done': true,
  'response.function_call_arguments.delta': true,
  'response.function_call_arguments.done': true,
  'response.output_item.added': true,
  'response.output_item.done': true,
  'response.output_text.delta': true,
  'response.output_text.done': true,
  'session.created': true,
  'session.updated': true,
  'output_audio_buffer.started': true,
  'output_audio_buffer.stopped': true,
  'output_audio_buffer.cleared': true,
  'mcp_list_tools.in_progress': true,
  'mcp_list_tools.completed': true,
  'mcp_list_tools.failed': true,
  'response.mcp_call_arguments.delta': true,
  'response.mcp_call_arguments.done': true,
  'response.mcp_call.in_progress': true,
  'response.mcp_call.completed': true,
  'response.mcp_call.failed': true,
} as const satisfies Record<KnownServerEventType, true>;

function isKnownType(type: string): type is KnownServerEventType {
  return Object.hasOwn(KNOWN_TYPES, type);
}

/**
 * What arrived on the data channel: a typed event (`raw` is the parsed JSON, for the event log), or null when the
 * message is not a JSON object with a string `type`.
 */
export function parseServerEvent(data: unknown): { event: ServerEvent; raw: Record<string, unknown> } | null {
  if (typeof data !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const raw = parsed as Record<string, unknown>;
  if (typeof raw.type !== 'string') return null;
  if (isKnownType(raw.type)) return { event: raw as unknown as KnownServerEvent, raw };
  const unknown: UnknownServerEvent = { type: 'unknown_server_event', originalType: raw.type };
  if (typeof raw.event_id === 'string') unknown.event_id = raw.event_id;
  return { event: unknown, raw };
}

/** Which log rows must stand out. A failed `response.done` is as loud as an `error` event. */
import type { TappedEvent } from '../call/event-tap';
import type { ServerEvent } from '../call/server-events';

export type EventSeverity = 'error' | 'warning' | 'normal';

type ResponseStatus = NonNullable<Extract<ServerEvent, { type: 'response.done' }>['response']['status']>;

const RESPONSE_STATUS_SEVERITY: Partial<Record<ResponseStatus, EventSeverity>> = {
  failed: 'error',
  incomplete: 'warning',
  cancelled: 'warning',
};

export function eventSeverity(tapped: TappedEvent): EventSeverity {
  if (tapped.direction === 'client') return 'normal';
  if (tapped.parsed === null) return 'warning';
  const event = tapped.parsed;
  switch (event.type) {
    case 'error':
    case 'conversation.item.input_audio_transcription.failed':
    case 'mcp_list_tools.failed':
    case 'response.mcp_call.failed':
      return 'error';
    case 'response.done': {
      // The server may leave out fields the SDK types as present.
      const status = event.response?.status;
      return (status && RESPONSE_STATUS_SEVERITY[status]) ?? 'normal';
    }
    case 'unknown_server_event':
      return event.originalType.endsWith('.failed') ? 'error' : 'normal';
    default:
      return 'normal';
  }
}

interface ErrorWords {
  code?: string | null;
  message?: string;
}

/** One line that says what went wrong, for the row summary. */
export function errorSummary(tapped: TappedEvent): string | null {
  if (tapped.direction === 'client' || tapped.parsed === null) return null;
  const event = tapped.parsed;
  switch (event.type) {
    case 'error':
    case 'conversation.item.input_audio_transcription.failed':
      return describeError(event.error);
    case 'response.done':
      return describeError(event.response?.status_details?.error);
    default:
      return null;
  }
}

function describeError(error: ErrorWords | undefined): string | null {
  if (!error) return null;
  const code = typeof error.code === 'string' ? error.code : null;
  const message = typeof error.message === 'string' ? error.message : null;
  return [code, message].filter(Boolean).join(': ') || null;
}

/** Which log rows must stand out. A failed `response.done` is as loud as an `error` event. */
import type { TappedEvent } from '../call/event-tap';

export type EventSeverity = 'error' | 'warning' | 'normal';

export function eventSeverity(tapped: Pick<TappedEvent, 'type' | 'event'>): EventSeverity {
  if (tapped.type === 'error' || tapped.type.endsWith('.failed')) return 'error';
  if (tapped.type === 'response.done') {
    const status = (tapped.event as { response?: { status?: unknown } } | null)?.response?.status;
    if (status === 'failed') return 'error';
    if (status === 'incomplete' || status === 'cancelled') return 'warning';
  }
  if (tapped.type === '(malformed)') return 'warning';
  return 'normal';
}

/** One line that says what went wrong, for the row summary. */
export function errorSummary(tapped: Pick<TappedEvent, 'type' | 'event'>): string | null {
  const event = tapped.event as Record<string, unknown> | null;
  if (typeof event !== 'object' || event === null) return null;
  const direct = event.error as { code?: unknown; message?: unknown } | undefined;
  const failed = (event.response as { status_details?: { error?: { code?: unknown; message?: unknown } } } | undefined)
    ?.status_details?.error;
  const error = direct ?? failed;
  if (!error) return null;
  const code = typeof error.code === 'string' ? error.code : null;
  const message = typeof error.message === 'string' ? error.message : null;
  return [code, message].filter(Boolean).join(': ') || null;
}

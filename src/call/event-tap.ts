import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import type { ServerEvent } from './server-events';

/**
 * Every Realtime event the page sends or receives passes through here, so the debug panel (loaded lazily)
 * and the metrics can observe a call without the call code knowing about them.
 */
export type EventDirection = 'client' | 'server';

interface TappedBase {
  /** Milliseconds since the call started (performance.now based). */
  atMs: number;
}

/** The event log's view of one message: its type as sent, and the JSON as it went over the channel (not redacted). */
export type TappedEvent = TappedBase &
  (
    | { direction: 'client'; type: RealtimeClientEvent['type']; event: RealtimeClientEvent }
    | { direction: 'server'; type: string; event: Record<string, unknown>; parsed: ServerEvent }
    | { direction: 'server'; type: '(malformed)'; event: string; parsed: null }
  );

type Listener = (event: TappedEvent) => void;

class EventTap {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: TappedEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

export const eventTap = new EventTap();

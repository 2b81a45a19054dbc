/**
 * Every Realtime event the page sends or receives passes through here, so the debug panel (loaded lazily)
 * and the metrics can observe a call without the call code knowing about them.
 */
export type EventDirection = 'client' | 'server';

export interface TappedEvent {
  direction: EventDirection;
  /** The event's `type` ("session.update", "response.done", …); `"(malformed)"` when it had none. */
  type: string;
  /** Milliseconds since the call started (performance.now based). */
  atMs: number;
  /** The parsed event as it went over the data channel. Not yet redacted. */
  event: unknown;
}

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

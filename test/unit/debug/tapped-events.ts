import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import type { TappedEvent } from '../../../src/call/event-tap';
import { parseServerEvent } from '../../../src/call/server-events';
import type { LoggedEvent } from '../../../src/debug/event-log-buffer';

/** A server message as the connection taps it: the JSON as it arrived, and its typed parse. */
export function serverTapped(atMs: number, json: { type: string } & Record<string, unknown>): TappedEvent {
  const parsed = parseServerEvent(JSON.stringify(json));
  if (!parsed) throw new Error(`not a server event: ${JSON.stringify(json)}`);
  return { direction: 'server', type: json.type, atMs, event: parsed.raw, parsed: parsed.event };
}

export function clientTapped(atMs: number, event: RealtimeClientEvent): TappedEvent {
  return { direction: 'client', type: event.type, atMs, event };
}

export function logged(seq: number, tapped: TappedEvent): LoggedEvent {
  return { ...tapped, seq };
}

import { describe, expect, it } from 'vitest';
import { parseServerEvent } from '../../../src/call/server-events.ts';

describe('parseServerEvent', () => {
  it('keeps a known event as it came, typed by its type', () => {
    const parsed = parseServerEvent('{"type":"response.done","event_id":"e1","response":{"status":"completed"}}');
    expect(parsed?.event.type).toBe('response.done');
    expect(parsed?.raw).toEqual({ type: 'response.done', event_id: 'e1', response: { status: 'completed' } });
  });

  it('marks an event type the page does not know, keeping its name', () => {
    const parsed = parseServerEvent('{"type":"response.future_thing","event_id":"e2"}');
    expect(parsed?.event).toEqual({ type: 'unknown_server_event', originalType: 'response.future_thing', event_id: 'e2' });
    expect(parsed?.raw.type).toBe('response.future_thing');
  });

  it('refuses what is not a JSON object with a string type', () => {
    for (const data of ['{oops', '[]', '"text"', 'null', '{"type":3}', '{}', new ArrayBuffer(2)]) {
      expect(parseServerEvent(data)).toBeNull();
    }
  });

  it('does not take inherited names for known types', () => {
    expect(parseServerEvent('{"type":"toString"}')?.event.type).toBe('unknown_server_event');
  });
});

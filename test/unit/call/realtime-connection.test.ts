import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventTap, type TappedEvent } from '../../../src/call/event-tap.ts';
import { RealtimeConnection, type ConnectionHandlers } from '../../../src/call/realtime-connection.ts';
import type { ServerEvent } from '../../../src/call/server-events.ts';
import { FakePeer } from './support/fake-peer.ts';

function setup(exchange = vi.fn(async () => ({ sdp: 'v=0 answer' }))) {
  const peer = new FakePeer();
  const events: ServerEvent[] = [];
  const lost: string[] = [];
  const malformed: string[] = [];
  const handlers: ConnectionHandlers = {
    onEvent: (event) => events.push(event),
    onMalformed: (raw) => malformed.push(raw),
    onRemoteStream: () => undefined,
    onLost: (reason) => lost.push(reason),
  };
  const connection = new RealtimeConnection(handlers, { createPeer: () => peer as unknown as RTCPeerConnection, exchangeSdp: exchange });
  const tapped: TappedEvent[] = [];
  const untap = eventTap.subscribe((event) => tapped.push(event));
  return { peer, connection, events, lost, malformed, exchange, tapped, untap };
}

const micTrack = { kind: 'audio', stop: () => undefined } as unknown as MediaStreamTrack;
const cleanup: Array<() => void> = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
  vi.useRealTimers();
});

describe('RealtimeConnection', () => {
  it('posts the offer with the key once it arrives, applies the answer, attaches the mic and waits for the channel', async () => {
    const call = setup();
    cleanup.push(call.untap);
    let resolveKey!: (value: { callsUrl: string; key: string }) => void;
    const connecting = call.connection.connect({
      endpoint: new Promise((resolve) => (resolveKey = resolve)),
      micTrack: Promise.resolve(micTrack),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.peer.localDescription?.sdp).toBe('v=0 offer');
    expect(call.exchange).not.toHaveBeenCalled();
    resolveKey({ callsUrl: 'http://127.0.0.1:1/v1/realtime/calls', key: 'ek_test' });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.exchange).toHaveBeenCalledWith('http://127.0.0.1:1/v1/realtime/calls', 'ek_test', 'v=0 offer', undefined);
    expect(call.peer.remoteDescription).toEqual({ type: 'answer', sdp: 'v=0 answer' });
    expect(call.peer.replacedTracks).toEqual([micTrack]);
    let done = false;
    void connecting.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    call.peer.channel.open();
    await connecting;
    expect(call.connection.isOpen).toBe(true);
  });

  it('parses each message once: typed events to the handler and the tap, malformed ones reported and logged trimmed', async () => {
    const call = setup();
    cleanup.push(call.untap);
    call.peer.channel.receive('{"type":"response.created","event_id":"e1","response":{"id":"resp_1"}}');
    call.peer.channel.receive('{"type":"brand.new","event_id":"e2"}');
    call.peer.channel.receive(`{not json ${'x'.repeat(5_000)}`);
    expect(call.events.map((event) => event.type)).toEqual(['response.created', 'unknown_server_event']);
    expect(call.malformed).toHaveLength(1);
    expect(call.tapped.map((event) => event.type)).toEqual(['response.created', 'brand.new', '(malformed)']);
    const malformed = call.tapped[2]!;
    expect(typeof malformed.event === 'string' && malformed.event.length).toBe(2_000);
  });

  it('sends only on an open channel, and every sent event is tapped', () => {
    const call = setup();
    cleanup.push(call.untap);
    expect(call.connection.send({ type: 'response.create' })).toBe(false);
    call.peer.channel.open();
    expect(call.connection.send({ type: 'response.create' })).toBe(true);
    expect(call.peer.channel.sent).toEqual(['{"type":"response.create"}']);
    expect(call.tapped).toEqual([expect.objectContaining({ direction: 'client', type: 'response.create' })]);
  });

  it('calls a failed peer lost at once and a disconnected one only after a grace period', () => {
    const call = setup();
    cleanup.push(call.untap);
    call.peer.setState('disconnected');
    vi.advanceTimersByTime(3_000);
    call.peer.setState('connected');
    vi.advanceTimersByTime(10_000);
    expect(call.lost).toEqual([]);
    call.peer.setState('disconnected');
    vi.advanceTimersByTime(4_000);
    expect(call.lost).toEqual(['disconnected']);
    call.peer.setState('failed');
    expect(call.lost).toEqual(['disconnected', 'failed']);
  });

  it('after close reports nothing more and refuses to finish connecting', async () => {
    const call = setup();
    cleanup.push(call.untap);
    call.connection.close();
    expect(call.peer.closed).toBe(true);
    call.peer.channel.receive('{"type":"error","event_id":"e","error":{}}');
    call.peer.setState('failed');
    expect(call.events).toEqual([]);
    expect(call.lost).toEqual([]);
    await expect(
      call.connection.connect({ endpoint: Promise.resolve({ callsUrl: 'x', key: 'k' }), micTrack: Promise.resolve(micTrack) }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

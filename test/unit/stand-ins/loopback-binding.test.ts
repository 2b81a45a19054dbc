import { Socket as UdpSocket } from 'node:dgram';
import { Server as TcpServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startGeminiStandin } from '../../stand-ins/gemini/gemini-standin.ts';
import { startRealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import type { FakeBrowserPeer } from './fake-browser-peer.ts';
import { connectedPeer } from './standin-calls.ts';

/** Node's own list of live handles (sockets, servers); undocumented but stable since Node 0.x. */
function liveHandles(): unknown[] {
  return (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
}

function boundAddresses(): { udp: string[]; tcp: string[] } {
  const udp: string[] = [];
  const tcp: string[] = [];
  for (const handle of liveHandles()) {
    if (handle instanceof UdpSocket) udp.push(handle.address().address);
    if (handle instanceof TcpServer && handle.listening) {
      const address = handle.address();
      tcp.push(typeof address === 'string' ? address : (address?.address ?? ''));
    }
  }
  return { udp, tcp };
}

const peers: FakeBrowserPeer[] = [];
afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
});

describe('every stand-in socket is bound to 127.0.0.1', () => {
  it('the werift UDP sockets of a call and both HTTP servers listen on loopback only', async () => {
    const before = boundAddresses();
    const realtime = await startRealtimeStandin();
    const gemini = await startGeminiStandin();
    try {
      await connectedPeer(realtime, peers, { model: 'gpt-realtime' });
      const during = boundAddresses();
      // The stand-in's ICE sockets and the fake browser's (also loopback-bound) are new.
      expect(during.udp.length).toBeGreaterThan(before.udp.length);
      expect(during.udp.filter((a) => a !== '127.0.0.1')).toEqual(before.udp.filter((a) => a !== '127.0.0.1'));
      expect(during.tcp.length).toBeGreaterThanOrEqual(before.tcp.length + 2);
      expect(during.tcp.filter((a) => a !== '127.0.0.1')).toEqual(before.tcp.filter((a) => a !== '127.0.0.1'));
    } finally {
      await Promise.all(peers.splice(0).map((p) => p.close()));
      await realtime.close();
      await gemini.close();
    }
  }, 15_000);
});

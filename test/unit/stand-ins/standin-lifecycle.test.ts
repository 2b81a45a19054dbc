import { describe, expect, it } from 'vitest';
import { startRealtimeStandin } from '../../stand-ins/openai-realtime/standin.ts';
import { FakeBrowserPeer } from './fake-browser-peer.ts';

function openResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

describe('stand-in lifecycle', () => {
  it('ends a session at sessionMaxMs with the real error, and close() leaves nothing running', async () => {
    const before = openResources();
    const standin = await startRealtimeStandin({ sessionMaxMs: 1500 });
    const mint = await fetch(`${standin.baseUrl}/realtime/client_secrets`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-test', 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: { type: 'realtime', model: 'gpt-realtime' } }),
    });
    const { value } = (await mint.json()) as { value: string };
    const peer = new FakeBrowserPeer();
    expect(await peer.connect(standin.callsUrl, value)).toBeNull();
    await peer.waitForEvent((e) => e.type === 'session.created');
    const expired = await peer.waitForEvent((e) => e.type === 'error', 4000);
    expect(expired.error).toMatchObject({ type: 'invalid_request_error', code: 'session_expired', message: expect.stringMatching(/^Your session hit the maximum duration of \d+ minutes\.$/) });
    await standin.waitFor(() => standin.calls()[0]?.state === 'closed', 3000);
    await peer.close();

    // A slow mint in flight must not keep close() waiting.
    void fetch(`${standin.baseUrl}/realtime/client_secrets`, { method: 'POST', headers: { Authorization: 'Bearer sk-slow-1' }, body: '{}' }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = performance.now();
    await standin.close();
    expect(performance.now() - closing).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = openResources();
    expect(after.UDPWrap ?? 0).toBeLessThanOrEqual(before.UDPWrap ?? 0);
    expect(after.TCPServerWrap ?? 0).toBeLessThanOrEqual(before.TCPServerWrap ?? 0);
    expect(after.Timeout ?? 0).toBeLessThanOrEqual((before.Timeout ?? 0) + 1);
  }, 15_000);
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallError } from '../../../src/call/call-error.ts';
import { exchangeSdp } from '../../../src/call/sdp-exchange.ts';

afterEach(() => vi.unstubAllGlobals());

describe('exchangeSdp', () => {
  it('posts the offer with the key and returns the answer', async () => {
    const fetchMock = vi.fn(async () => new Response('v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n', {
      status: 201, headers: { 'Content-Type': 'application/sdp', Location: '/v1/realtime/calls/rtc_abc' },
    }));
    vi.stubGlobal('fetch', fetchMock);
    const answer = await exchangeSdp('http://127.0.0.1:9/v1/realtime/calls', 'ek_test', 'v=0 offer');
    expect(answer).toEqual({ sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' });
    expect(fetchMock).toHaveBeenCalledWith('http://127.0.0.1:9/v1/realtime/calls', expect.objectContaining({
      method: 'POST', body: 'v=0 offer', headers: { Authorization: 'Bearer ek_test', 'Content-Type': 'application/sdp' },
    }));
  });

  it('reads the JSON error body instead of handing it to setRemoteDescription, and never shows the key', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({
      error: { message: 'Incorrect API key provided: ek_abc123***xyz', type: 'invalid_request_error', code: 'invalid_api_key', param: null },
    }), { status: 401, headers: { 'Content-Type': 'application/json' } }));
    const error = await exchangeSdp('http://127.0.0.1:9/v1/realtime/calls', 'ek_abc123secret', 'v=0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallError);
    expect((error as CallError).problem).toMatchObject({ code: 'invalid_api_key', fatal: true });
    expect(JSON.stringify((error as CallError).problem)).not.toMatch(/ek_abc/);
  });

  it('maps a network failure and a non-SDP answer to clear problems', async () => {
    vi.stubGlobal('fetch', async () => { throw new TypeError('Failed to fetch'); });
    await expect(exchangeSdp('http://127.0.0.1:9/x', 'ek_1', 'v=0')).rejects.toMatchObject({ problem: { code: 'calls_unreachable' } });
    vi.stubGlobal('fetch', async () => new Response('<html>proxy error</html>', { status: 200 }));
    await expect(exchangeSdp('http://127.0.0.1:9/x', 'ek_1', 'v=0')).rejects.toMatchObject({ problem: { code: 'sdp_rejected' } });
  });
});

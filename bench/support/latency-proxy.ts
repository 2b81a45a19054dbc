/**
 * A reverse proxy on 127.0.0.1 that adds a network round trip to chosen requests: half of it before the request
 * is forwarded, half before the response is returned. Everything else passes at loopback speed. Used to put the
 * token endpoint and the Realtime calls endpoint "far away" while the media stays on loopback.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LatencyProxy {
  url: string;
  /** The added round trip from now on, in ms. */
  setRttMs(ms: number): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `target`: read per request, so the proxy can start before what it forwards to (whose origin must know it). */
export async function startLatencyProxy(target: () => string, delayed: (path: string) => boolean): Promise<LatencyProxy> {
  let rttMs = 0;

  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const upstream = new URL(target());
    if (upstream.hostname !== '127.0.0.1') throw new Error('the latency proxy forwards to 127.0.0.1 only');
    const half = delayed(req.url ?? '/') ? rttMs / 2 : 0;
    const body: Buffer[] = [];
    for await (const chunk of req) body.push(chunk as Buffer);
    if (half > 0) await sleep(half);
    const answer = await new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const out = httpRequest(
        { host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
        async (response) => {
          const parts: Buffer[] = [];
          for await (const chunk of response) parts.push(chunk as Buffer);
          resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(parts) });
        },
      );
      out.on('error', reject);
      out.end(Buffer.concat(body));
    });
    if (half > 0) await sleep(half);
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers).end(answer.body);
  };

  const server: Server = createServer((req, res) => {
    forward(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setRttMs: (ms) => {
      rttMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny hand-written OpenAI upstream for the token server's own tests: `POST /v1/realtime/client_secrets`
 * and `GET /v1/models[/id]`, with the same magic key prefixes as the Realtime stand-in.
 */
export interface UpstreamStub {
  baseUrl: string;
  mints: Array<{ body: Record<string, unknown>; authorization: string | undefined }>;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function apiError(res: ServerResponse, status: number, code: string, type: string, message: string, headers: Record<string, string> = {}): void {
  send(res, status, { error: { message, type, param: null, code } }, headers);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startUpstreamStub(options: { models?: string[]; slowMs?: number } = {}): Promise<UpstreamStub> {
  const models = options.models ?? ['gpt-realtime-2', 'gpt-realtime-2.1-mini', 'gpt-4o-mini-transcribe', 'gpt-5'];
  const mints: UpstreamStub['mints'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const auth = req.headers.authorization;
      const key = auth?.replace(/^Bearer\s+/, '') ?? '';
      const body = await readBody(req);
      if (key.startsWith('sk-invalid')) return apiError(res, 401, 'invalid_api_key', 'invalid_request_error', `Incorrect API key provided: ${key.slice(0, 6)}****.`);
      if (key.startsWith('sk-down')) return apiError(res, 503, 'service_unavailable', 'server_error', 'The server is overloaded.');
      if (key.startsWith('sk-slow')) await new Promise((r) => setTimeout(r, options.slowMs ?? 15_000));
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'GET' && url.pathname === '/v1/models') {
        return send(res, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'system' })) });
      }
      const modelMatch = /^\/v1\/models\/(.+)$/.exec(url.pathname);
      if (req.method === 'GET' && modelMatch) {
        const id = decodeURIComponent(modelMatch[1] ?? '');
        if (!models.includes(id)) return apiError(res, 404, 'model_not_found', 'invalid_request_error', `The model '${id}' does not exist`);
        return send(res, 200, { id, object: 'model', created: 0, owned_by: 'system' });
      }
      if (req.method === 'POST' && url.pathname === '/v1/realtime/client_secrets') {
        if (key.startsWith('sk-noquota')) return apiError(res, 429, 'insufficient_quota', 'insufficient_quota', 'You exceeded your current quota, please check your plan and billing details.');
        if (key.startsWith('sk-ratelimit')) return apiError(res, 429, 'rate_limit_exceeded', 'requests', 'Rate limit reached for requests.', { 'retry-after': '7' });
        if (key.startsWith('sk-badrequest')) return apiError(res, 400, 'invalid_type', 'invalid_request_error', "Invalid type for 'session.audio.input.format'.");
        const parsed = JSON.parse(body) as Record<string, unknown>;
        mints.push({ body: parsed, authorization: auth });
        const session = (parsed.session ?? {}) as Record<string, unknown>;
        if (typeof session.model === 'string' && !models.includes(session.model)) {
          return apiError(res, 400, 'model_not_found', 'invalid_request_error', `The model \`${session.model}\` does not exist or you do not have access to it.`);
        }
        return send(res, 200, {
          value: `ek_stub${mints.length}abcdef`,
          expires_at: Math.floor(Date.now() / 1000) + 120,
          session: { ...session, object: 'realtime.session', id: `sess_stub${mints.length}` },
        });
      }
      return apiError(res, 404, 'not_found', 'invalid_request_error', 'Not found');
    })().catch(() => send(res, 500, { error: { message: 'stub crashed' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    mints,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

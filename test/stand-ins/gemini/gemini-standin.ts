import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { badRequestError, invalidKeyError, missingKeyError, modelNotFoundError, overloadedError, quotaError, type GeminiErrorReply } from './error-bodies.ts';
import { readPromptFacts } from './prompt-facts.ts';
import { seededRandom } from '../../support/seeded-random.ts';
import { breakAgainstSchema, fillSchema } from './schema-filler.ts';
import { asksForFeedback, writeFeedback } from './report-writer.ts';
import { readFeedbackRequest } from './transcript-reading.ts';

export type GeminiFault =
  | { kind: '429'; retryDelay?: string; perDay?: boolean }
  | { kind: '503' }
  | { kind: '404' }
  | { kind: 'safety-block' }
  | { kind: 'finish-reason'; reason: 'MAX_TOKENS' | 'SAFETY' }
  | { kind: 'invalid-json-once' }
  | { kind: 'mid-stream-error' };

export interface GeminiStandinOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  models?: string[];
  /** Pause between SSE chunks, so a UI visibly fills field by field. Default 40 ms. */
  chunkDelayMs?: number;
  log?: (line: string) => void;
}

export interface RecordedRequest {
  /** Path and query, without any `key=` parameter. */
  path: string;
  body: unknown;
  /** Lower-case request headers without the API key. */
  headers: Record<string, string>;
}

export interface GeminiStandin {
  baseUrl: string;
  requests: RecordedRequest[];
  /** The fault applies to the next `times` generation requests (default 1). */
  injectFault(fault: GeminiFault, times?: number): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export const DEFAULT_STANDIN_MODELS = ['gemini-3.5-flash-lite', 'gemini-3.8-flash', 'gemini-3.6-flash', 'gemini-flash-lite-latest'];

const ROUTE = /\/(v1|v1beta)\/(?:models|tunedModels)\/([^/:]+):(generateContent|streamGenerateContent)$/;

export async function startGeminiStandin(options: GeminiStandinOptions = {}): Promise<GeminiStandin> {
  const models = options.models ?? DEFAULT_STANDIN_MODELS;
  const chunkDelayMs = options.chunkDelayMs ?? 40;
  const log = options.log ?? (() => {});
  const requests: RecordedRequest[] = [];
  const faults: GeminiFault[] = [];
  const sockets = new Set<Socket>();
  let responseCounter = 0;

  const injectFault = (fault: GeminiFault, times = 1) => {
    for (let i = 0; i < times; i++) faults.push(fault);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`gemini stand-in: internal error ${String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } });
      else res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
        'Access-Control-Allow-Headers': 'content-type, x-goog-api-key, x-goog-api-client, x-server-timeout',
      });
      return void res.end();
    }
    const rawBody = await readBody(req);
    if (url.pathname.startsWith('/_standin/')) return control(req.method ?? 'GET', url.pathname, rawBody, res);

    const key = headerValue(req, 'x-goog-api-key') ?? url.searchParams.get('key');
    url.searchParams.delete('key');
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = rawBody;
    }
    requests.push({ path: url.pathname + url.search, body, headers: safeHeaders(req) });

    const route = ROUTE.exec(url.pathname);
    if (req.method !== 'POST' || !route) {
      return sendJson(res, 404, { error: { code: 404, message: `Not found: ${req.method ?? ''} ${url.pathname}`, status: 'NOT_FOUND' } });
    }
    const [, apiVersion = 'v1', model = '', method] = route;
    const streaming = method === 'streamGenerateContent';
    const finish = (reply: GeminiErrorReply, note: string) => {
      log(`gemini stand-in: ${method} ${model} → ${reply.status} (${note})`);
      sendJson(res, reply.status, reply.body);
    };

    if (!key) return finish(missingKeyError(), 'no API key');
    if (key.startsWith('bad')) return finish(invalidKeyError(), 'invalid API key');
    if (!models.includes(model)) return finish(modelNotFoundError(model, apiVersion), 'unknown model');
    const request = isObject(body) ? body : undefined;
    if (!request || !Array.isArray(request.contents) || request.contents.length === 0) {
      return finish(badRequestError('* GenerateContentRequest.contents: contents is not specified'), 'no contents');
    }
    const config = isObject(request.generationConfig) ? request.generationConfig : {};
    if (config.responseSchema !== undefined && config.responseJsonSchema !== undefined) {
      return finish(badRequestError('response_schema and response_json_schema cannot both be set.'), 'two schemas');
    }

    const fault = faults.shift();
    if (fault?.kind === '429') return finish(quotaError(model, fault), 'fault 429');
    if (fault?.kind === '503') return finish(overloadedError(), 'fault 503');
    if (fault?.kind === '404') return finish(modelNotFoundError(model, apiVersion), 'fault 404');

    const facts = readPromptFacts(request.contents);
    const schema = config.responseJsonSchema ?? config.responseSchema;
    const wantsJson = config.responseMimeType === 'application/json' || schema !== undefined;
    // A feedback report (its schema asks for quotes) is written from the transcript in the request.
    const feedback = asksForFeedback(schema) ? writeFeedback(schema as Record<string, unknown>, readFeedbackRequest(request.contents), facts) : undefined;
    let value: unknown = wantsJson ? (feedback ?? fillSchema(schema ?? { type: 'object', properties: { answer: { type: 'string' } } }, facts)) : undefined;
    if (fault?.kind === 'invalid-json-once') value = breakAgainstSchema(value, schema);
    const text = wantsJson ? JSON.stringify(value) : `Stand-in answer about: ${facts.brief}`;
    const responseId = `standin-${++responseCounter}`;
    const promptTokenCount = Math.ceil(JSON.stringify(request.contents).length / 4);
    const usage = (outputChars: number) => {
      const candidatesTokenCount = Math.ceil(outputChars / 4);
      return { promptTokenCount, candidatesTokenCount, totalTokenCount: promptTokenCount + candidatesTokenCount };
    };
    const envelope = (extra: Record<string, unknown>, outputChars: number) => ({ ...extra, usageMetadata: usage(outputChars), modelVersion: model, responseId });

    if (fault?.kind === 'safety-block') {
      const blocked = {
        promptFeedback: { blockReason: 'SAFETY', safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }] },
        usageMetadata: { promptTokenCount, totalTokenCount: promptTokenCount },
        modelVersion: model,
        responseId,
      };
      log(`gemini stand-in: ${method} ${model} → 200 (fault safety-block)`);
      if (!streaming) return sendJson(res, 200, blocked);
      return sendEvents(res, [blocked], chunkDelayMs, url.searchParams.get('alt') === 'sse');
    }

    const pieces = splitText(text, facts.seed);
    const stoppedAt = fault?.kind === 'finish-reason' ? Math.max(1, Math.floor(pieces.length * 0.6)) : pieces.length;
    const finishReason = fault?.kind === 'finish-reason' ? fault.reason : 'STOP';

    if (!streaming) {
      if (fault?.kind === 'mid-stream-error') return finish(overloadedError(), 'fault mid-stream-error (unary)');
      const shown = fault?.kind === 'finish-reason' && fault.reason === 'SAFETY' ? '' : pieces.slice(0, stoppedAt).join('');
      log(`gemini stand-in: generateContent ${model} → 200 (${finishReason})`);
      return sendJson(res, 200, envelope({ candidates: [candidate(shown, finishReason)] }, shown.length));
    }

    const events: unknown[] = [];
    let written = 0;
    const midStreamStop = fault?.kind === 'mid-stream-error' ? Math.max(1, Math.floor(pieces.length / 3)) : Infinity;
    for (let i = 0; i < stoppedAt; i++) {
      if (i === midStreamStop) {
        events.push(overloadedError().body);
        break;
      }
      const piece = pieces[i] ?? '';
      written += piece.length;
      const isLast = i === stoppedAt - 1;
      if (isLast && finishReason === 'SAFETY') {
        // "When streaming, content is empty if content filters block the output."
        events.push(envelope({ candidates: [{ finishReason, index: 0, safetyRatings: [{ category: 'HARM_CATEGORY_HARASSMENT', probability: 'MEDIUM', blocked: true }] }] }, written));
      } else {
        events.push(envelope({ candidates: [candidate(piece, isLast ? finishReason : undefined)] }, written));
      }
    }
    log(`gemini stand-in: streamGenerateContent ${model} → 200 (${events.length} chunks${fault ? `, fault ${fault.kind}` : ''})`);
    return sendEvents(res, events, chunkDelayMs, url.searchParams.get('alt') === 'sse');
  }

  function control(method: string, path: string, rawBody: string, res: ServerResponse): void {
    if (path === '/_standin/faults' && method === 'POST') {
      const parsed = JSON.parse(rawBody || '{}') as { fault: GeminiFault; times?: number };
      injectFault(parsed.fault, parsed.times);
      return sendJson(res, 200, { queued: faults.length });
    }
    if (path === '/_standin/faults' && method === 'DELETE') {
      faults.length = 0;
      return sendJson(res, 200, { queued: 0 });
    }
    if (path === '/_standin/requests' && method === 'GET') return sendJson(res, 200, requests);
    return sendJson(res, 404, { error: { code: 404, message: 'Unknown stand-in control path.', status: 'NOT_FOUND' } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    injectFault,
    clearFaults: () => void (faults.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function candidate(text: string, finishReason?: string) {
  return { content: { parts: [{ text }], role: 'model' }, ...(finishReason ? { finishReason } : {}), index: 0 };
}

/** Splits at arbitrary (seeded) code-point positions: mid-key, mid-string, mid-number, like the real API. */
function splitText(text: string, seed: number): string[] {
  const chars = Array.from(text);
  const random = seededRandom(seed);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; ) {
    const size = 12 + Math.floor(random() * 36);
    pieces.push(chars.slice(i, i + size).join(''));
    i += size;
  }
  return pieces.length > 0 ? pieces : [''];
}

async function sendEvents(res: ServerResponse, events: unknown[], delayMs: number, sse: boolean): Promise<void> {
  if (!sse) return sendJson(res, 200, events); // without alt=sse the API answers one JSON array
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Content-Disposition': 'attachment', 'Cache-Control': 'no-cache' });
  for (let i = 0; i < events.length; i++) {
    if (res.destroyed) return;
    res.write(`data: ${JSON.stringify(events[i])}\n\n`);
    if (delayMs > 0 && i < events.length - 1) await new Promise((r) => setTimeout(r, delayMs));
  }
  res.end();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function safeHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'x-goog-api-key' || name === 'authorization' || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

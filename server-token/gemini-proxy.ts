import { sendError, type AppContextC, type ServerServices } from './app-context.ts';
import { readBodyCapped } from './body-reader.ts';
import { capResponseBody, declaredLength } from './capped-body.ts';
import { errorOutcome } from './error-catalogue.ts';

const GEMINI_PATH = /^\/api\/gemini\/(v1|v1beta)\/models\/([A-Za-z0-9._-]{1,100}):(generateContent|streamGenerateContent)$/;
/** Request headers worth forwarding; everything else (cookies, auth, the caller's own key) stays here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'x-goog-api-client', 'x-server-timeout'];
/** Response headers passed back; encoding/length are dropped because fetch has already decoded the body. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'retry-after'];

const MAX_ERROR_BODY_BYTES = 64 * 1024;

export interface GeminiTarget {
  version: 'v1' | 'v1beta';
  model: string;
  method: 'generateContent' | 'streamGenerateContent';
}

/** Only the two content-generation calls on allow-listed models get through. */
export function matchGeminiTarget(method: string, url: URL, allowedModels: readonly string[]): GeminiTarget | null {
  if (method !== 'POST') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const match = GEMINI_PATH.exec(path);
  if (!match) return null;
  const [, version, model, action] = match;
  if (!model || !allowedModels.includes(model)) return null;
  return { version: version as GeminiTarget['version'], model, method: action as GeminiTarget['method'] };
}

export function upstreamUrl(baseUrl: string, target: GeminiTarget): string {
  const suffix = target.method === 'streamGenerateContent' ? '?alt=sse' : '';
  return `${baseUrl}/${target.version}/models/${target.model}:${target.method}${suffix}`;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

export function createGeminiHandler(services: ServerServices) {
  const { config, geminiLimiter, logger } = services;
  const gemini = config.gemini;
  return async (c: AppContextC): Promise<Response> => {
    const target = matchGeminiTarget(c.req.method, new URL(c.req.url), gemini.models);
    if (!target) return sendError(c, errorOutcome('gemini_forbidden'));
    if (gemini.mode === 'off' || !gemini.apiKey) return sendError(c, errorOutcome('gemini_not_configured'));
    const decision = await geminiLimiter.take(services.clientOf(c));
    if (!decision.allowed) {
      return sendError(c, errorOutcome('rate_limited', { headers: { 'Retry-After': String(decision.retryAfterSeconds) } }));
    }
    const body = await readBodyCapped(c.req.raw, gemini.maxBodyBytes);
    if (!body.ok) return sendError(c, errorOutcome('payload_too_large', { message: `The request body is larger than ${gemini.maxBodyBytes} bytes.` }));

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value.slice(0, 200));
    }
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    headers.set('x-goog-api-key', gemini.apiKey);

    // The timeout covers waiting for the response head only; a stream may then run as long as it needs.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('Gemini timed out', 'TimeoutError')), gemini.timeoutMs);
    const onClientGone = () => controller.abort();
    c.req.raw.signal?.addEventListener('abort', onClientGone, { once: true });
    let upstream: Response;
    try {
      upstream = await services.fetch(upstreamUrl(gemini.baseUrl, target), {
        method: 'POST',
        headers,
        body: body.bytes,
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch (error) {
      return sendError(c, errorOutcome(isTimeout(error) ? 'gemini_timeout' : 'gemini_unreachable'));
    } finally {
      clearTimeout(timer);
    }
    if (upstream.status < 200 || upstream.status > 599) return sendError(c, errorOutcome('gemini_unreachable'));
    const declared = declaredLength(upstream.headers);
    if (declared !== null && declared > gemini.maxResponseBytes) {
      await upstream.body?.cancel().catch(() => undefined);
      logger.warn('gemini answer too large', { requestId: c.get('requestId'), bytes: declared });
      return sendError(c, errorOutcome('gemini_unreachable', { message: `Gemini answered with more than ${gemini.maxResponseBytes} bytes; the server does not pass that on.` }));
    }
    const responseHeaders = new Headers({ 'Cache-Control': 'no-store' });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    if (target.method === 'streamGenerateContent') responseHeaders.set('X-Accel-Buffering', 'no');
    if (upstream.status >= 400) {
      // Google's error body passes through for the SDK's ApiError, but through the redactor with the exact key.
      const text = await new Response(capResponseBody(upstream, MAX_ERROR_BODY_BYTES).body).text().catch(() => '');
      return new Response(services.redact(text), { status: upstream.status, headers: responseHeaders });
    }
    const bodyless = upstream.status === 204 || upstream.status === 205 || upstream.status === 304;
    // A stream is passed on as it comes, but cut off past the cap rather than relayed without end.
    return new Response(bodyless ? null : capResponseBody(upstream, gemini.maxResponseBytes).body, { status: upstream.status, headers: responseHeaders });
  };
}

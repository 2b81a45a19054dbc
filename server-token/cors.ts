import type { MiddlewareHandler } from 'hono';
import { sendError, type AppEnv } from './app-context.ts';
import { errorOutcome } from './error-catalogue.ts';
import { judgeOrigin } from './origin-policy.ts';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
// The browser Gemini SDK sends its own key and client headers; they must pass the preflight even
// though the pass-through throws the key away.
const ALLOWED_HEADERS = 'Content-Type, X-Request-Id, x-goog-api-key, x-goog-api-client, X-Server-Timeout';

function ownOrigins(request: Request, trustProxy: number): string[] {
  const origins = [new URL(request.url).origin];
  if (trustProxy > 0) {
    const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
    const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
    if (host && (proto === 'http' || proto === 'https')) origins.push(`${proto}://${host}`);
  }
  return origins;
}

/** The refused origin, named in the hint when it is a well-formed origin (it is the caller's own header). */
function refusal(origin: string | null): ReturnType<typeof errorOutcome> {
  let named: string | null = null;
  try {
    if (origin !== null && origin.length <= 200 && new URL(origin).origin === origin) named = origin;
  } catch {
    named = null;
  }
  return errorOutcome('origin_not_allowed', named ? { hint: `Add ${named} to ALLOWED_ORIGINS on the server (comma-separated), then restart it.` } : {});
}

/**
 * The health check is where a page learns that its origin is refused: a simple GET (no preflight) whose 403 is
 * readable from any origin (`Access-Control-Allow-Origin: *`, never with credentials). It carries only the
 * refusal; nothing is minted or passed through, and the token and Gemini routes stay unreadable (their
 * preflights get no CORS headers), so a refused page cannot use them.
 */
function isReadableRefusal(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && path === '/api/health';
}

/**
 * A foreign Origin gets 403 `origin_not_allowed` and no CORS headers (the health check's refusal excepted, see
 * above); allowed origins get CORS headers and preflights.
 */
export function originGate(allowedOrigins: readonly string[], trustProxy: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin') ?? null;
    const verdict = judgeOrigin(origin, ownOrigins(c.req.raw, trustProxy), allowedOrigins);
    if (verdict === 'forbidden') {
      const response = sendError(c, refusal(origin));
      if (isReadableRefusal(c.req.method, c.req.path)) {
        response.headers.set('Access-Control-Allow-Origin', '*');
        response.headers.append('Vary', 'Origin');
      }
      return response;
    }
    if (verdict === 'allowed' && origin !== null) {
      if (c.req.method === 'OPTIONS') {
        return c.body(null, 204, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        });
      }
      await next();
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
      c.res.headers.append('Vary', 'Origin');
      return;
    }
    await next();
  };
}

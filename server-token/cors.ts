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

/** A foreign Origin gets 403 and no CORS headers; allowed origins get CORS headers and preflights. */
export function originGate(allowedOrigins: readonly string[], trustProxy: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin') ?? null;
    const verdict = judgeOrigin(origin, ownOrigins(c.req.raw, trustProxy), allowedOrigins);
    if (verdict === 'forbidden') return sendError(c, errorOutcome('origin_not_allowed'));
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

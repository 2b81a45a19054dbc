import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-context.ts';
import type { Logger } from './logger.ts';
import { redactText } from './contract.ts';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Gives every request an id (kept from the caller when it is harmless) and logs one line per request. */
export function requestLog(logger: Logger, now: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = now();
    const incoming = c.req.header('x-request-id');
    // A key pasted into the id would be echoed in a header: only plain ids are kept.
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) && redactText(incoming) === incoming ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('errorCode', undefined);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const status = c.res.status;
    const fields: Record<string, unknown> = {
      requestId,
      method: c.req.method.slice(0, 10),
      path: c.req.path.slice(0, 200),
      status,
      ms: Math.round((now() - started) * 10) / 10,
    };
    const code = c.get('errorCode');
    if (code) fields.code = code;
    // 499: the client left before the answer (nginx's convention); nothing went wrong here.
    logger.log(status === 499 ? 'info' : status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info', 'request', fields);
  };
}

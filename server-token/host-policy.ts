import type { MiddlewareHandler } from 'hono';
import { sendError, type AppEnv } from './app-context.ts';
import { errorOutcome } from './error-catalogue.ts';
import { isLoopbackHostname } from './loopback.ts';

export interface HostPolicyConfig {
  publicOrigins: readonly string[];
  allowedOrigins: readonly string[];
  listensOnLoopback: boolean;
  trustProxy: number;
}

/**
 * Against DNS rebinding: a page on a foreign domain that resolves to this server carries that domain in
 * `Host`. Only the configured origins' hosts are served, and loopback names only on a loopback listener.
 */
export function createHostCheck(config: HostPolicyConfig): (request: Request) => boolean {
  const allowed = new Set([...config.publicOrigins, ...config.allowedOrigins].map((origin) => new URL(origin).host.toLowerCase()));
  const accepts = (host: string): boolean => {
    const lower = host.toLowerCase();
    if (allowed.has(lower)) return true;
    if (!config.listensOnLoopback) return false;
    try {
      return isLoopbackHostname(new URL(`http://${lower}`).hostname);
    } catch {
      return false;
    }
  };
  return (request) => {
    if (!accepts(new URL(request.url).host)) return false;
    if (config.trustProxy > 0) {
      const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
      if (forwarded && !accepts(forwarded)) return false;
    }
    return true;
  };
}

export function hostGate(config: HostPolicyConfig): MiddlewareHandler<AppEnv> {
  const isAccepted = createHostCheck(config);
  return async (c, next) => {
    if (!isAccepted(c.req.raw)) return sendError(c, errorOutcome('host_not_allowed'));
    await next();
  };
}

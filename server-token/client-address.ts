import { parseIp, rateLimitKey } from './ip-address.ts';

export interface ClientAddressOptions {
  /** How many proxies in front of the server append to X-Forwarded-For (TRUST_PROXY); 0 = believe none. */
  trustProxy: number;
  /** On Cloudflare Workers the platform sets CF-Connecting-IP itself; anywhere else a client can write it. */
  onCloudflare: boolean;
}

export const UNKNOWN_CLIENT = 'unknown';

/** The socket peer the host tells us about: @hono/node-server passes the Node request, Deno.serve `{ remoteAddr }`. */
function platformAddress(env: unknown): string | null {
  const bindings = env as { incoming?: { socket?: { remoteAddress?: unknown } }; remoteAddr?: { hostname?: unknown } } | undefined;
  const address = bindings?.incoming?.socket?.remoteAddress ?? bindings?.remoteAddr?.hostname;
  return typeof address === 'string' && address ? address : null;
}

/**
 * Each proxy appends the address it received the request from, so with N trusted proxies the client is
 * the N-th entry from the right; everything left of it was written by the client and proves nothing.
 */
function forwardedClient(header: string | null, hops: number): string | null {
  if (!header || hops <= 0) return null;
  const entries = header.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - hops)] ?? null;
}

/** Who is asking, as the rate limiter keys it (an IPv6 client by its /64). */
export function clientAddress(request: Request, env: unknown, options: ClientAddressOptions): string {
  if (options.onCloudflare) {
    const cloudflare = parseIp(request.headers.get('cf-connecting-ip') ?? '');
    if (cloudflare) return rateLimitKey(cloudflare);
  }
  const forwarded = parseIp(forwardedClient(request.headers.get('x-forwarded-for'), options.trustProxy) ?? '');
  if (forwarded) return rateLimitKey(forwarded);
  const socket = parseIp(platformAddress(env) ?? '');
  return socket ? rateLimitKey(socket) : UNKNOWN_CLIENT;
}

/** True in the Cloudflare Workers runtime (workerd), the only place CF-Connecting-IP is the platform's word. */
export function runningOnCloudflare(): boolean {
  return typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers';
}

/**
 * Who is asking, for rate limiting. `X-Forwarded-For` is only believed behind a trusted proxy
 * (TRUST_PROXY=1); otherwise anyone could pick a fresh identity per request.
 */
export function clientAddress(request: Request, env: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const cloudflare = request.headers.get('cf-connecting-ip')?.trim();
    if (cloudflare) return cloudflare.slice(0, 64);
    const firstHop = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (firstHop) return firstHop.slice(0, 64);
  }
  const bindings = env as { incoming?: { socket?: { remoteAddress?: unknown } }; remoteAddr?: { hostname?: unknown } } | undefined;
  // @hono/node-server passes the Node request; Deno.serve passes { remoteAddr }.
  const address = bindings?.incoming?.socket?.remoteAddress ?? bindings?.remoteAddr?.hostname;
  return typeof address === 'string' && address ? address : 'unknown';
}

/**
 * Who is asking, for rate limiting. `X-Forwarded-For` is only believed behind a trusted proxy
 * (TRUST_PROXY=1); otherwise anyone could pick a fresh identity per request.
 */
export function clientAddress(request: Request, env: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const firstHop = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (firstHop) return firstHop.slice(0, 64);
  }
  const socketAddress = (env as { incoming?: { socket?: { remoteAddress?: unknown } } } | undefined)?.incoming?.socket?.remoteAddress;
  return typeof socketAddress === 'string' && socketAddress ? socketAddress : 'unknown';
}

/** An upstream answered with more than the server is willing to read. */
export class UpstreamTooLargeError extends Error {
  override name = 'UpstreamTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`the upstream answer is larger than ${maxBytes} bytes`);
  }
}

export function declaredLength(headers: Headers): number | null {
  const value = headers.get('content-length');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/** The same response, whose body errors (and cancels the upstream) once more than `maxBytes` have passed. */
export function capResponseBody(response: Response, maxBytes: number): Response {
  if (!response.body) return response;
  let seen = 0;
  const limiter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > maxBytes) controller.error(new UpstreamTooLargeError(maxBytes));
      else controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(limiter), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A fetch whose answers are never read past `maxBytes`: a declared larger body is refused before reading. */
export function cappedFetch(fetchImpl: typeof fetch, maxBytes: number): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    const declared = declaredLength(response.headers);
    if (declared !== null && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new UpstreamTooLargeError(maxBytes);
    }
    return capResponseBody(response, maxBytes);
  };
}

export function isUpstreamTooLarge(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { name?: unknown }).name === 'UpstreamTooLargeError') return true;
  }
  return false;
}

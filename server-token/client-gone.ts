/**
 * The client hung up while we were reading its body: not a server fault, and not worth a 500 in the log.
 * Node reports it as an `aborted`/ECONNRESET error; fetch runtimes abort the request's signal.
 */
export function isClientGone(error: unknown, request: Request): boolean {
  if (request.signal?.aborted) return true;
  const err = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (err?.name === 'AbortError') return true;
  if (err?.code === 'ECONNRESET' || err?.code === 'ERR_STREAM_PREMATURE_CLOSE') return true;
  return typeof err?.message === 'string' && /^(aborted|terminated|premature close)$/i.test(err.message);
}

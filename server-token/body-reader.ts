export type BodyResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'too_large' };

/** Reads at most `maxBytes`, stopping early instead of buffering an oversize upload first. */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  const declaredLength = declared !== null && /^\d+$/.test(declared) ? Number(declared) : null;
  if (declaredLength !== null && declaredLength > maxBytes) return { ok: false, reason: 'too_large' };
  if (declaredLength !== null) {
    // HTTP framing holds the body to its declared length, so reading it whole is bounded; it is also
    // the fast path in @hono/node-server (no web stream is built).
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > maxBytes ? { ok: false, reason: 'too_large' } : { ok: true, bytes };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too_large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

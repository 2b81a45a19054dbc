/** FNV-1a, 32 bit: a stable seed from text, so the same request or session always plays out the same way. */
export function fnvHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

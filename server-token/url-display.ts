/** A URL as it may be printed: user, password and query (where keys tend to hide) are replaced. */
export function describeUrlSafely(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/, '//[redacted]@').replace(/\?.*$/, '?[redacted]');
  }
  if (url.username || url.password) {
    url.username = 'redacted';
    url.password = '';
  }
  if (url.search) url.search = '?redacted';
  return url.toString().replace(/\/$/, raw.endsWith('/') ? '/' : '');
}

import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function fileIfExists(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built SPA: files from `root`, `index.html` for any other path (client-side routing).
 * Hashed files under /assets/ never change, so they may be cached for a year; index.html must not be.
 */
export function createStaticHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    const candidate = resolve(base, '.' + normalize('/' + pathname));
    const inside = candidate === base || candidate.startsWith(base + sep);
    let path = inside && !pathname.endsWith('/') ? candidate : join(base, 'index.html');
    let data = await fileIfExists(path);
    if (data === null) {
      // A missing hashed asset is a real 404; anything else is a client-side route.
      if (pathname.startsWith('/assets/')) return new Response('Not found', { status: 404 });
      path = join(base, 'index.html');
      data = await fileIfExists(path);
      if (data === null) return new Response('Not found (the app is not built: run `npm run build`)', { status: 404 });
    }
    const immutable = pathname.startsWith('/assets/') && path !== join(base, 'index.html');
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': String(data.byteLength),
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), { status: 200, headers });
  };
}

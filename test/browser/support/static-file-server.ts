import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFileServer {
  /** The site's address, ending with its base path: `http://127.0.0.1:<port>/persona-talk/`. */
  url: string;
  origin: string;
  /** Every path asked for, with the status it got. */
  requests: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

export interface StaticFileServerOptions {
  /** The folder to serve (e.g. a Vite build). */
  root: string;
  /** Where the folder appears on the site, as on GitHub Pages for a project: `/persona-talk/`. */
  basePath: string;
  /** Headers a site owner adds (Netlify / Cloudflare Pages `_headers`), read per response; default none. */
  headers?: () => Record<string, string>;
}

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * A plain static host on 127.0.0.1, as GitHub Pages behaves: files as they are, `index.html` for a folder,
 * a folder without its slash redirected, and the site's `404.html` (status 404) for anything missing. No SPA
 * fallback, no compression, no headers of its own (no CSP) beyond those `headers` adds.
 */
export async function startStaticFileServer(options: StaticFileServerOptions): Promise<StaticFileServer> {
  const root = resolve(options.root);
  const base = options.basePath.endsWith('/') ? options.basePath : `${options.basePath}/`;
  const requests: StaticFileServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const send = (status: number, body: Buffer | string, type: string, headers: Record<string, string> = {}) => {
        requests.push({ path, status });
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...options.headers?.(), ...headers });
        response.end(request.method === 'HEAD' ? undefined : body);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed', 'text/plain');
      if (`${path}/` === base) return send(301, '', 'text/plain', { Location: base });
      let file: Buffer | null = null;
      let filePath = '';
      if (path.startsWith(base)) {
        let relative: string;
        try {
          relative = decodeURIComponent(path.slice(base.length));
        } catch {
          relative = '\0';
        }
        filePath = resolve(root, relative);
        const inside = filePath === root || filePath.startsWith(root + sep);
        if (inside && !relative.includes('\0')) {
          file = await fileAt(filePath);
          if (!file && (relative === '' || relative.endsWith('/'))) {
            filePath = join(filePath, 'index.html');
            file = await fileAt(filePath);
          }
        }
      }
      if (file) return send(200, file, CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream');
      const notFoundPage = await fileAt(join(root, '404.html'));
      if (notFoundPage) return send(404, notFoundPage, CONTENT_TYPES['.html']!);
      return send(404, 'Not found', 'text/plain');
    })().catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

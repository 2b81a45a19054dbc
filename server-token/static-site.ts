import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { AppEnv } from './app-context.ts';
import type { ServerConfig } from './config.ts';
import { contentSecurityPolicy } from './content-security.ts';
import { pageTokenServerOrigins } from './page-token-server.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const COMPRESSIBLE_PATH = /\.(?:html|js|mjs|css|svg|json|map|txt|webmanifest|wasm)$/i;

function notFound(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Response {
  return c.text('Not found', 404, { 'Cache-Control': 'no-cache' });
}

/**
 * No dotfile is served (`.env`, `.git/…`), and a path whose real location (after symlinks) is outside the
 * folder is treated as missing.
 */
function confinedPaths(realRoot: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return notFound(c);
    }
    if (path.split(/[/\\]/).some((segment) => segment.startsWith('.'))) return notFound(c);
    try {
      const real = await realpath(resolve(realRoot, '.' + path));
      if (real !== realRoot && !real.startsWith(realRoot + sep)) return notFound(c);
    } catch {
      // Missing: serveStatic will not find it either, and the SPA fallback takes over.
    }
    await next();
  };
}

/**
 * The built SPA under the Node server, with hono's own middleware: serveStatic (precompressed `.br`/`.gz`
 * beside the files, see precompress.ts), compress (gzip on the fly for anything else), secureHeaders.
 * Hashed `/assets/*` are cached for a year; `index.html` answers every other path (client-side routes). The CSP
 * lets the page reach the token server it is configured for, read from the folder once here.
 */
export function createStaticSite(realRoot: string, config: Pick<ServerConfig, 'openai' | 'gemini'>): Hono<AppEnv> {
  const site = new Hono<AppEnv>();
  site.use('*', secureHeaders({
    contentSecurityPolicy: contentSecurityPolicy(config, pageTokenServerOrigins(realRoot)),
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    permissionsPolicy: { microphone: ['self'], camera: [], geolocation: [], payment: [], usb: [] },
  }));
  site.use('*', compress());
  site.use('*', async (c, next) => {
    await next();
    if (COMPRESSIBLE_PATH.test(c.req.path) || c.res.headers.get('content-type')?.startsWith('text/html')) {
      const vary = c.res.headers.get('Vary');
      if (!vary?.toLowerCase().includes('accept-encoding')) c.res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
  });
  site.use('*', confinedPaths(realRoot));
  site.get('*', serveStatic({
    root: realRoot,
    precompressed: true,
    onFound: (_path, c) => {
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    },
  }));
  // A missing hashed asset is a real 404; anything else is a client-side route.
  site.get('/assets/*', (c) => notFound(c));
  site.get('*', serveStatic({
    root: realRoot,
    path: 'index.html',
    precompressed: true,
    onFound: (_path, c) => {
      c.header('Cache-Control', 'no-cache');
    },
  }));
  site.get('*', (c) => c.text('Not found (the app is not built: run `npm run build`)', 404));
  return site;
}

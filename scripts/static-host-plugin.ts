import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TOKEN_SERVER_META } from '../server-token/contract.ts';

/**
 * What a static host needs from the build: `404.html`, a copy of `index.html` that GitHub Pages serves for any
 * path it does not have (the page then loads as usual: its asset URLs carry the base path), and, when
 * `VITE_TOKEN_SERVER_URL` is set, a `<meta>` naming that token server (no secret: the page calls it anyway).
 */
export function staticHost(): Plugin {
  let tokenServerUrl = '';
  return {
    name: 'persona-talk-static-host',
    apply: 'build',
    configResolved(config) {
      tokenServerUrl = String(config.env.VITE_TOKEN_SERVER_URL ?? '').trim();
    },
    transformIndexHtml() {
      if (!tokenServerUrl) return [];
      return [{ tag: 'meta', attrs: { name: TOKEN_SERVER_META, content: tokenServerUrl }, injectTo: 'head' }];
    },
    writeBundle(options) {
      const dir = options.dir;
      if (dir && existsSync(join(dir, 'index.html'))) copyFileSync(join(dir, 'index.html'), join(dir, '404.html'));
    },
  };
}

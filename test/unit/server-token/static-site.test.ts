import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, startTokenServer, type RunningTokenServer } from '../../../server-token/node-server.ts';
import { TEST_KEY } from './support/harness.ts';

const ENV = { OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL_CHECK: 'off' };
const BUNDLE = `console.log(${JSON.stringify('persona talk '.repeat(400))});`;

/** Raw GET, so that no client decodes the body or normalises the path for us. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let root: string;
let site: string;
let server: RunningTokenServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'persona-talk-site-'));
  site = join(root, 'dist');
  await mkdir(join(site, 'assets'), { recursive: true });
  await writeFile(join(root, 'outside-secret.txt'), 'OUTSIDE_SECRET');
  await writeFile(join(site, 'index.html'), '<!doctype html><title>Persona Talk</title>');
  await writeFile(join(site, 'assets', 'app-abc123.js'), BUNDLE);
  await writeFile(join(site, '.env.local'), 'OPENAI_API_KEY=sk-dotfile-secret');
  await mkdir(join(site, '.git'));
  await writeFile(join(site, '.git', 'config'), 'GIT_SECRET');
  await symlink(join(root, 'outside-secret.txt'), join(site, 'linked.txt'));
  await symlink(root, join(site, 'up'));
  server = await startTokenServer({ env: ENV, port: 0, staticDir: site, logger: () => undefined });
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('STATIC_DIR safety (point 3)', () => {
  it('serves no dotfile', async () => {
    for (const path of ['/.env.local', '/.git/config', '/assets/../.env.local', '/%2eenv.local']) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).not.toMatch(/SECRET|sk-dotfile/);
    }
  });

  it('follows no symlink out of the folder', async () => {
    for (const path of ['/linked.txt', '/up/outside-secret.txt']) {
      const res = await rawGet(server.url, path);
      expect(res.body.toString(), path).not.toContain('OUTSIDE_SECRET');
      expect(res.status, path).toBe(404);
    }
  });

  it('refuses to start on a folder that holds .env or package.json', async () => {
    for (const marker of ['.env', 'package.json']) {
      const dir = await mkdtemp(join(tmpdir(), 'persona-talk-project-'));
      await writeFile(join(dir, marker), '{}');
      const lines: string[] = [];
      await expect(startTokenServer({ env: ENV, port: 0, staticDir: dir, logger: (l) => lines.push(l) })).rejects.toBeInstanceOf(ConfigError);
      expect(lines.join('\n')).toContain(`holds ${marker}`);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the page as a site owner expects it', () => {
  it('sends Brotli or gzip by Accept-Encoding, with Vary, and the original otherwise', async () => {
    const br = await rawGet(server.url, '/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.byteLength).toBeLessThan(BUNDLE.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(BUNDLE);
    const gz = await rawGet(server.url, '/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);
    const plain = await rawGet(server.url, '/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(BUNDLE);
  });

  it('puts the security headers on the page', async () => {
    const page = await rawGet(server.url, '/some/route');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const csp = String(page.headers['content-security-policy']);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'http://127.0.0.1:9', 'https://generativelanguage.googleapis.com']);
    expect(directives['media-src']).toEqual(["'self'", 'data:', 'blob:', 'mediastream:']);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(String(page.headers['permissions-policy'])).toContain('microphone=(self)');
    expect(String(page.headers['permissions-policy'])).toContain('camera=()');
  });
});

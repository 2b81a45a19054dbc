import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_GZIP, firstLoadChunks } from '../../scripts/first-load.ts';
import { loadConfig } from '../../server-token/config.ts';
import { contentSecurityPolicy } from '../../server-token/content-security.ts';
import { PERSONA_PRESETS } from '../../src/persona/presets.ts';
import { personaToHash } from '../../src/persona/share-link.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, endCall, linesOf, startCall } from './support/page-actions.ts';
import { repoRoot } from './support/paths.ts';
import { startStack, type Stack } from './support/stack.ts';
import { buildForStaticHost } from './support/static-host-build.ts';
import { startStaticFileServer, type StaticFileServer } from './support/static-file-server.ts';

const BASE = '/persona-talk/';
const outDir = join(repoRoot, 'test-results/static-host-dist');

/** The CSP header the README tells a site owner to set on the static host (Netlify / Cloudflare Pages `_headers`). */
function staticHostCsp(stack: Stack): string {
  const { config } = loadConfig({ OPENAI_API_KEY: 'sk-csp-only', OPENAI_BASE_URL: stack.realtime.baseUrl, GEMINI_API_KEY: 'csp-only' });
  const policy = contentSecurityPolicy(config, [new URL(stack.url).origin]);
  return Object.entries(policy).map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`).join('; ');
}

/**
 * The demo as a site owner deploys it: the SPA built with a sub-path and VITE_TOKEN_SERVER_URL on a plain static
 * host (one origin), the token server alone on another, the stand-ins behind it.
 */
describe('the demo on a static host', () => {
  let site: StaticFileServer;
  let stack: Stack;
  let browser: TestBrowser;
  const apiRequests: string[] = [];
  const pageLog: string[] = [];

  beforeAll(async () => {
    site = await startStaticFileServer({ root: outDir, basePath: BASE, headers: (): Record<string, string> => (stack ? { 'Content-Security-Policy': staticHostCsp(stack) } : {}) });
    stack = await startStack({ simulator: true, serveSite: false, env: { ALLOWED_ORIGINS: site.origin } });
    await buildForStaticHost({ outDir, base: BASE, tokenServerUrl: stack.url });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    browser.page.on('request', (request) => {
      if (request.url().includes('/api/')) apiRequests.push(request.url());
    });
    browser.page.on('console', (message) => pageLog.push(message.text()));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await site?.close();
  });

  it('loads under the sub-path, says Simulator mode, writes a persona through the cross-origin pass-through and holds a call', async () => {
    const { page } = browser;
    const response = await page.goto(site.url);
    expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' ${stack.url}`);
    expect(await page.getByTestId('simulator-banner').textContent({ timeout: 10_000 })).toContain('Simulator mode');
    const start = page.getByRole('button', { name: 'Start call' });
    await expect.poll(() => start.isEnabled(), { timeout: 10_000 }).toBe(true);

    const brief = page.getByRole('form', { name: 'Persona brief' });
    await brief.getByLabel(/^Language/).selectOption('en');
    await brief.getByLabel('Brief', { exact: true }).fill('a night-shift nurse in Busan who is tired but kind');
    await brief.getByRole('button', { name: 'Create persona' }).click();
    const card = page.getByRole('region', { name: 'Persona', exact: true });
    await expect.poll(() => card.getAttribute('data-streaming'), { timeout: 5_000 }).toBe('true');
    await expect.poll(() => card.getAttribute('data-streaming'), { timeout: 20_000 }).toBe('false');
    expect((await card.locator('[data-field="name"]').textContent())?.trim()).not.toBe('');
    expect(stack.gemini.requests.some((r) => r.path.includes(':streamGenerateContent'))).toBe(true);

    await expect.poll(() => start.isEnabled()).toBe(true);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    await endCall(page);

    // Health, token and Gemini all went to the token server's origin; the static host saw no /api at all.
    expect(apiRequests.some((url) => url.includes('/api/health'))).toBe(true);
    expect(apiRequests.some((url) => url.includes('/api/realtime/token'))).toBe(true);
    expect(apiRequests.some((url) => url.includes('/api/gemini/'))).toBe(true);
    expect(apiRequests.filter((url) => !url.startsWith(`${stack.url}/api/`))).toEqual([]);
    expect(site.requests.filter((r) => r.path.includes('/api/'))).toEqual([]);
    // Every asset, lazy chunk and the AudioWorklet came from under the sub-path.
    const assets = site.requests.filter((r) => r.path.includes('/assets/'));
    expect(assets.filter((r) => !r.path.startsWith(`${BASE}assets/`) || r.status !== 200)).toEqual([]);
    expect(assets.some((r) => /\/capture-worklet-[\w-]+\.js$/.test(r.path))).toBe(true);
    expect(assets.some((r) => /\/call-engine-[\w-]+\.js$/.test(r.path))).toBe(true);
    expect(await alerts(page)).toEqual([]);
    // The CSP the README documents for a static host let all of it through.
    expect(pageLog.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
  });

  it('opens a share link on a path the host does not have (its 404.html is the page)', async () => {
    const { page } = browser;
    const preset = PERSONA_PRESETS.find((p) => p.persona.language === 'en')!;
    await page.goto(`${site.url}shared/link${personaToHash(preset.persona)}`);
    const card = page.getByRole('region', { name: 'Persona', exact: true });
    await expect.poll(() => card.locator('[data-field="name"] .persona-badge-name').textContent(), { timeout: 10_000 }).toBe(preset.persona.name);
    await expect.poll(() => page.getByRole('button', { name: 'Start call' }).isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(site.requests.some((r) => r.path === `${BASE}shared/link` && r.status === 404)).toBe(true);
  });

  it('keeps the first-load budget for the sub-path build', () => {
    const chunks = firstLoadChunks(outDir, BASE);
    expect(chunks.length).toBeGreaterThan(0);
    const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.log(`[figures] first-load JavaScript, ${BASE} build: ${total} B gzip (${chunks.map((c) => `${c.file} ${c.gzip}`).join(', ')})`);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
  });

  it('takes config.json over the build: a server that does not answer is one message naming it; a malformed file is one warning', async () => {
    const { page } = browser;
    const nowhere = 'http://127.0.0.1:9';
    await writeFile(join(outDir, 'config.json'), JSON.stringify({ tokenServerUrl: nowhere }));
    try {
      await page.goto(site.url);
      await expect.poll(() => alerts(page), { timeout: 10_000 }).toHaveLength(1);
      const [message] = await alerts(page);
      expect(message).toContain(`could not be reached at ${nowhere}`);
      expect(message).toContain('config.json');
      expect(await page.getByRole('button', { name: 'Start call' }).isDisabled()).toBe(true);

      pageLog.length = 0;
      await writeFile(join(outDir, 'config.json'), '{"tokenServerUrl": ');
      await page.goto(site.url);
      await expect.poll(() => page.getByRole('button', { name: 'Start call' }).isEnabled(), { timeout: 10_000 }).toBe(true);
      expect(pageLog.filter((line) => line.includes('config.json is ignored'))).toHaveLength(1);
      expect(await alerts(page)).toEqual([]);
    } finally {
      await rm(join(outDir, 'config.json'), { force: true });
    }
  });

  it('a page origin the token server does not allow: exactly one message, naming the origin to add', async () => {
    await stack.restartTokenServer({ ALLOWED_ORIGINS: 'https://someone-else.example' });
    const { page } = browser;
    await page.goto(site.url);
    const start = page.getByRole('button', { name: 'Start call' });
    await expect.poll(() => alerts(page), { timeout: 10_000 }).toHaveLength(1);
    const [message] = await alerts(page);
    expect(message).toContain(`this page’s origin, ${site.origin}`);
    expect(message).toContain(`Add ${site.origin} to ALLOWED_ORIGINS`);
    expect(message).not.toMatch(/could not be reached/);
    expect(await start.isDisabled()).toBe(true);
    await page.waitForTimeout(500);
    expect(await alerts(page)).toHaveLength(1);

    // The same, in Korean.
    const korean = await launchBrowser({ micFile: 'mic-silence.wav', locale: 'ko-KR' });
    try {
      await korean.page.goto(site.url);
      await expect.poll(() => alerts(korean.page), { timeout: 10_000 }).toHaveLength(1);
      const [said] = await alerts(korean.page);
      expect(said).toContain(`오리진 ${site.origin}에서 오는 통화를 받지 않습니다`);
      expect(said).toContain(`ALLOWED_ORIGINS에 ${site.origin}을(를)`);
    } finally {
      await korean.close();
    }

    // The site owner adds the origin and restarts: the message goes by itself, no reload.
    await stack.restartTokenServer({ ALLOWED_ORIGINS: site.origin });
    await expect.poll(() => start.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await alerts(page)).toEqual([]);
  });
});

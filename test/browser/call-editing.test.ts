import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, closePersonaEditor, endCall, linesOf, openApp, openPersonaEditor, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('editing a persona never makes Start call fail', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    // The token server's own default limit: ten keys a minute per client.
    stack = await startStack({ simulator: true, env: { TOKEN_RATE_LIMIT_PER_MINUTE: '10' } });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('fifteen edits with pauses longer than the settle time mint no new key, and the call opens with the last edit', async () => {
    const { page } = browser;
    const tokenPosts: number[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/realtime/token')) tokenPosts.push(Date.now());
    });
    await openApp(page, stack.url);
    await expect.poll(() => tokenPosts.length, { timeout: 5_000 }).toBe(1);
    const openingLine = (await openPersonaEditor(page)).getByLabel('Opening line', { exact: true });

    let last = '';
    for (let edit = 1; edit <= 15; edit++) {
      last = `Hello, this is edit number ${edit}. How can I help you today?`;
      await openingLine.fill(last);
      await page.waitForTimeout(900);
    }
    // Keys carry no persona: an idle page keeps the one key it has (it refreshes it only before it expires).
    expect(tokenPosts).toHaveLength(1);
    await closePersonaEditor(page);

    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toEqual([last]);
    expect(tokenPosts).toHaveLength(1);
    expect(await alerts(page)).toEqual([]);
    expect(stack.realtime.schemaViolations).toEqual([]);
    await endCall(page);
  });
});

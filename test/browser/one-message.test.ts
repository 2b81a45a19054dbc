import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, endCall, linesOf, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

const visibleMessages = alerts;

describe('one cause, one message', () => {
  let stack: Stack | undefined;
  let browser: TestBrowser | undefined;
  afterEach(async () => {
    await browser?.close();
    await stack?.close();
    browser = undefined;
    stack = undefined;
  });

  it('a model the key cannot use is said once, beside a disabled Start, and goes away when the server is fixed', async () => {
    // The fix the original debugging chat suggested: a model name that does not exist.
    stack = await startStack({ env: { OPENAI_REALTIME_MODEL: 'gpt-4o-realtime' } });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await page.goto(stack.url);
    const start = page.getByRole('button', { name: 'Start call' });
    await expect.poll(() => visibleMessages(page), { timeout: 10_000 }).toHaveLength(1);
    const [message] = await visibleMessages(page);
    expect(message).toContain('gpt-4o-realtime');
    expect(message).toContain('OPENAI_REALTIME_MODEL');
    expect(message).toContain('gpt-realtime-2');
    expect(await start.isDisabled()).toBe(true);
    // The reason is tied to the button for a screen reader too.
    expect(await page.locator(`#${await start.getAttribute('aria-describedby')}`).textContent()).toContain('gpt-4o-realtime');
    await start.click({ force: true });
    await page.waitForTimeout(500);
    expect(await visibleMessages(page)).toHaveLength(1);
    expect(stack.realtime.calls()).toHaveLength(0);

    // The site owner sets a model the key can use and restarts the server: no reload needed.
    await stack.restartTokenServer({ OPENAI_REALTIME_MODEL: 'gpt-realtime-2' });
    await expect.poll(() => start.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await visibleMessages(page)).toEqual([]);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    await endCall(page);
  });

  it('a token server that is down is said once, and the message goes by itself when it answers again', async () => {
    stack = await startStack();
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    // The page loads, but nothing reaches the token server's API (as with the server stopped behind a dev proxy).
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(stack.url);
    await expect.poll(() => visibleMessages(page), { timeout: 10_000 }).toHaveLength(1);
    expect((await visibleMessages(page))[0]).toMatch(/token server could not be reached/i);
    expect(await page.getByRole('button', { name: 'Start call' }).isDisabled()).toBe(true);

    await page.unroute('**/api/**');
    await expect.poll(() => page.getByRole('button', { name: 'Start call' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await visibleMessages(page)).toEqual([]);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    expect(await visibleMessages(page)).toEqual([]);
    expect(await alerts(page)).toEqual([]);
    await endCall(page);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserOptions, type TestBrowser } from './support/browser.ts';
import { alerts, clientEventTypes, linesOf, openApp, probe, startCall } from './support/page-actions.ts';
import { startStack, type Stack, type StackOptions } from './support/stack.ts';

describe('failures in the real page are said once, with the fix', () => {
  let stack: Stack | undefined;
  let browser: TestBrowser | undefined;

  /** Starts the stack and the page, presses Start, and returns the one alert the failure must produce. */
  async function startFailingCall(options: StackOptions, browserOptions: BrowserOptions = { micFile: 'mic-silence.wav' }): Promise<{ page: Page; alert: string }> {
    stack = await startStack(options);
    browser = await launchBrowser(browserOptions);
    const { page } = browser;
    await openApp(page, stack.url);
    await page.getByRole('button', { name: 'Start call' }).click();
    await page.locator('[data-status="failed"]').waitFor({ timeout: 20_000 });
    const shown = await alerts(page);
    expect(shown).toHaveLength(1);
    return { page, alert: shown[0]! };
  }

  afterEach(async () => {
    await browser?.close();
    await stack?.close();
    browser = undefined;
    stack = undefined;
  });

  it('a model the key cannot use ends the call at the first failed response, with one message', async () => {
    // The start-up check is off, so the key is minted for the broken model, as in the original failure.
    const { page, alert } = await startFailingCall(
      { env: { OPENAI_REALTIME_MODEL: 'gpt-realtime-unavailable', OPENAI_MODEL_CHECK: 'off' } },
      { micFile: 'mic-en.wav' },
    );
    expect(alert).toContain('gpt-realtime-unavailable');
    expect(alert).toContain('OPENAI_REALTIME_MODEL');
    // It stays one message: the call is over, the page asks for nothing more and nothing is left open.
    await page.waitForTimeout(4_000);
    expect(await alerts(page)).toHaveLength(1);
    expect(clientEventTypes(stack!.realtime.received).filter((t) => t === 'response.create')).toHaveLength(1);
    expect(await probe(page)).toMatchObject({ openPeers: 0, liveTracks: 0 });
  });

  it('a denied microphone gets a clear message and the half-made call is cleaned up', async () => {
    const { page, alert } = await startFailingCall({}, { denyMicrophone: true });
    expect(alert).toMatch(/Microphone access is blocked/);
    expect(await probe(page)).toMatchObject({ openPeers: 0, liveTracks: 0 });
    // The button is there to try again once the permission is given.
    expect(await page.getByRole('button', { name: 'Start call' }).isEnabled()).toBe(true);
  });

  it('a dropped network offers a reconnect, and the transcript survives it', async () => {
    stack = await startStack();
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    await expect.poll(async () => (await page.locator('[data-speaker="assistant"]').getAttribute('data-status')) ?? '', { timeout: 15_000 }).toBe('final');
    const before = await linesOf(page, 'assistant');

    stack.realtime.dropCall();
    await page.locator('[data-status="failed"]').waitFor({ timeout: 30_000 });
    expect((await alerts(page)).join(' ')).toMatch(/connection to the call dropped/i);
    expect(await linesOf(page, 'assistant')).toEqual(before);

    await page.getByRole('button', { name: 'Reconnect' }).click();
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    expect(await alerts(page)).toEqual([]);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(2);
    expect((await linesOf(page, 'assistant'))[0]).toBe(before[0]);
    expect(stack.realtime.calls()).toHaveLength(2);
  });

  it('an OpenAI key that is refused is named, with the setting to fix', async () => {
    const { alert } = await startFailingCall({ env: { OPENAI_API_KEY: 'sk-invalid-0123456789' } });
    expect(alert).toContain('OPENAI_API_KEY');
    expect(alert).not.toContain('sk-invalid');
    expect(stack!.serverLog.join('\n')).not.toContain('sk-invalid-0123456789');
  });

  it('the session time limit ends the call with one message and offers to start again', async () => {
    stack = await startStack({ realtime: { sessionMaxMs: 4_000 } });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    await page.locator('[data-status="failed"]').waitFor({ timeout: 15_000 });
    const shown = await alerts(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/60-minute limit/);
    expect(await page.getByRole('button', { name: 'Reconnect' }).count()).toBe(1);
    expect(await probe(page)).toMatchObject({ openPeers: 0, liveTracks: 0 });
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, chooseTurnMode, clientEventTypes, endCall, linesOf, openApp, probe, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('the call under real conditions', () => {
  let stack: Stack;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    stack = await startStack({ simulator: true });
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => stack?.close());

  it('End while the microphone prompt is still open leaves no microphone live, and the next call works', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav', microphoneDelayMs: 2_500 });
    const { page } = browser;
    await openApp(page, stack.url);
    await page.getByRole('button', { name: 'Start call' }).click();
    await page.locator('[data-status="connecting"]').waitFor();
    await page.getByRole('button', { name: 'End call' }).click();
    await page.locator('[data-status="ended"]').waitFor();
    // The permission prompt "answers" after the call was ended: that microphone must be stopped, not attached.
    await page.waitForTimeout(3_500);
    expect(await probe(page)).toMatchObject({ openPeers: 0, liveTracks: 0 });
    expect(await alerts(page)).toEqual([]);

    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    expect((await probe(page)).liveTracks).toBe(1);
    await endCall(page);
    expect(await probe(page)).toMatchObject({ openPeers: 0, liveTracks: 0 });
  });

  it('Space holds to talk right after Push to talk is chosen, wherever the focus is but a text field', async () => {
    browser = await launchBrowser({ micFile: 'mic-en.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    await chooseTurnMode(page, 'Push to talk');
    const talk = page.getByRole('button', { name: /Hold to talk/ });
    await talk.waitFor();
    // Focus is on the radio just chosen, not on the talk button.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    const before = stack.realtime.received.length;
    await page.keyboard.down('Space');
    await expect.poll(() => page.getByRole('button', { name: /Listening/ }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(1_500);
    await page.keyboard.up('Space');
    await stack.realtime.waitFor(() => clientEventTypes(stack.realtime.received.slice(before)).includes('response.create'), 5_000);
    // If the persona was still speaking, the press also cut it off (clear its audio, truncate its item).
    const interruption = new Set(['output_audio_buffer.clear', 'conversation.item.truncate']);
    const turn = clientEventTypes(stack.realtime.received.slice(before)).filter((type) => !interruption.has(type));
    expect(turn).toEqual(['input_audio_buffer.clear', 'input_audio_buffer.commit', 'response.create']);
    // In the text box Space is a space.
    await page.getByLabel('Type a message').fill('');
    await page.getByLabel('Type a message').press('Space');
    expect(await page.getByRole('button', { name: /Hold to talk/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByLabel('Type a message').inputValue()).toBe(' ');
    await endCall(page);
  });

  it('the simulator speaks the persona’s language: a Korean persona answers in Korean after its opening line too', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await page.getByRole('button', { name: /\(Korean\)/ }).first().click();
    await expect.poll(() => page.getByRole('region', { name: 'Persona', exact: true }).textContent()).toMatch(/[\uAC00-\uD7A3]/);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    await stack.realtime.waitFor(() => stack.realtime.responses().some((r) => r.audioEnd === 'stopped'), 20_000);
    await page.getByLabel('Type a message').fill('안녕하세요. 오늘 면접 잘 부탁드립니다.');
    await page.getByLabel('Type a message').press('Enter');
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(2);
    const [opening, reply] = await linesOf(page, 'assistant');
    expect(opening).toMatch(/[\uAC00-\uD7A3]/);
    expect(reply).toMatch(/[\uAC00-\uD7A3]{4}/);
    expect(reply).not.toBe(opening);
    await endCall(page);
  });
});

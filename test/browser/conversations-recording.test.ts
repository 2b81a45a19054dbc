import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, chooseTurnMode, endCall, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

const WINDOW_MS = 100;

/** Decodes the file in the page (as a player would) and gives the loudest sample of every 100 ms. */
async function peaksOf(page: Page, file: Buffer): Promise<{ durationMs: number; peaks: number[] }> {
  return page.evaluate(
    async ({ base64, windowMs }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const context = new AudioContext();
      const audio = await context.decodeAudioData(bytes.buffer);
      const samples = audio.getChannelData(0);
      const perWindow = Math.round((audio.sampleRate * windowMs) / 1000);
      const peaks: number[] = [];
      for (let start = 0; start < samples.length; start += perWindow) {
        let peak = 0;
        for (let i = start; i < Math.min(samples.length, start + perWindow); i++) peak = Math.max(peak, Math.abs(samples[i]!));
        peaks.push(peak);
      }
      await context.close();
      return { durationMs: audio.duration * 1000, peaks };
    },
    { base64: file.toString('base64'), windowMs: WINDOW_MS },
  );
}

/** The loudest peak between two moments of the recording. */
function loudest(peaks: number[], fromMs: number, toMs: number): number {
  const slice = peaks.slice(Math.max(0, Math.floor(fromMs / WINDOW_MS)), Math.ceil(toMs / WINDOW_MS));
  expect(slice.length, `a window of ${fromMs}–${toMs} ms`).toBeGreaterThan(2);
  return Math.max(...slice);
}

describe('recording a call', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser({ micFile: 'mic-en.wav' });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('is off until switched on, then holds both voices in one Opus file that decodes, with its size shown', async () => {
    const { page } = browser;
    await openApp(page, stack.url);
    const recordSwitch = page.getByRole('switch', { name: /Record calls/ });
    expect(await recordSwitch.isChecked()).toBe(false);
    await recordSwitch.check();

    const callsBefore = stack.realtime.calls().length;
    const sentTypes = (callId: string) => stack.realtime.sent.filter((s) => s.callId === callId).map((s) => String(s.event.type));
    // Push to talk: the microphone sends nothing until the button is held, so each voice has its own moments.
    await chooseTurnMode(page, 'Push to talk');
    await startCall(page);
    const connectedAt = Date.now(); // the recording starts with the connection
    const callId = stack.realtime.calls()[callsBefore]!.id;
    // The persona's opening: only the persona is heard.
    await stack.realtime.waitFor(() => sentTypes(callId).includes('output_audio_buffer.started'), 20_000);
    const openingAt = Date.now() - connectedAt;
    await stack.realtime.waitFor(() => sentTypes(callId).includes('output_audio_buffer.stopped'), 20_000);
    const openingEndAt = Date.now() - connectedAt;
    // Both quiet for a while, then only the caller, for as long as the talk button is held.
    await page.waitForTimeout(1_500);
    await page.getByRole('button', { name: /Hold to talk/ }).hover();
    await page.mouse.down();
    const talkAt = Date.now() - connectedAt;
    // The fake microphone loops a 14 s file that speaks for 4 s of it: 11 s held always hold some of its speech.
    await page.waitForTimeout(11_000);
    const startedBefore = sentTypes(callId).filter((type) => type === 'output_audio_buffer.started').length;
    const endAt = Date.now() - connectedAt;
    await page.mouse.up();
    await endCall(page);

    const button = page.locator('[data-conversation-controls] [data-action="download-recording"]');
    await button.waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.webm$/);
    const file = readFileSync(await download.path());
    expect(Number(await button.getAttribute('data-bytes'))).toBe(file.length);
    expect(await button.textContent()).toMatch(/\((\d+(\.\d)? (KB|MB))\)/);

    const { durationMs, peaks } = await peaksOf(page, file);
    expect(durationMs).toBeGreaterThan(endAt - 1_000);
    // The persona's voice, while the microphone was muted.
    expect(loudest(peaks, openingAt + 300, openingEndAt - 300)).toBeGreaterThan(0.02);
    // Nobody: the recording is not noise throughout.
    expect(loudest(peaks, openingEndAt + 500, talkAt - 200)).toBeLessThan(0.005);
    // The caller's voice (no reply starts before the button is released).
    expect(startedBefore, 'no reply played while only the caller was to be heard').toBe(1);
    expect(loudest(peaks, talkAt + 300, endAt - 200)).toBeGreaterThan(0.02);

    // Kept with the conversation: History lists its recording with the same size.
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-action="open"]').first().click();
    await expect.poll(() => dialog.locator('[data-action="download-recording"]').getAttribute('data-bytes'), { timeout: 10_000 }).toBe(String(file.length));
    expect(await alerts(page)).toEqual([]);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, type BrowserOptions, type TestBrowser } from './support/browser.ts';
import { closePersonaEditor, endCall, linesOf, openApp, openPersonaEditor, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

const PHONE = { width: 390, height: 844 };

describe('the product face: languages, phones, keyboard, accessibility', () => {
  let stack: Stack;
  let browser: TestBrowser | undefined;
  const open = async (options: BrowserOptions = {}) => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav', ...options });
    return browser.page;
  };
  beforeAll(async () => {
    stack = await startStack({ simulator: true });
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => stack?.close());

  it('a first visit from a Korean browser is in Korean; English, once chosen, sticks across a reload', async () => {
    const page = await open({ locale: 'ko-KR' });
    await page.goto(stack.url);
    await page.getByRole('button', { name: '통화 시작' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.getByRole('heading', { name: '새 페르소나 만들기' }).count()).toBe(1);
    expect(await page.getByTestId('simulator-banner').textContent()).toContain('시뮬레이터 모드');

    await page.getByRole('group', { name: '페이지 언어' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start call' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Start call' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: '통화 시작' }).count()).toBe(0);
  });

  it('has no critical or serious axe violations on the first screen, in the editor, in a call, with the debug panel, in history', async () => {
    const page = await open();
    await openApp(page, stack.url);
    const report: Record<string, unknown> = {};
    report.home = await axeViolations(page);
    await openPersonaEditor(page);
    report.editor = await axeViolations(page);
    await closePersonaEditor(page);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('dialog').waitFor();
    report.history = await axeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    report.call = await axeViolations(page);
    await page.getByRole('button', { name: 'Debug panel' }).click();
    await page.getByRole('complementary', { name: 'Debug panel' }).waitFor();
    report.debug = await axeViolations(page);
    await endCall(page);
    report.ended = await axeViolations(page);
    expect(report).toEqual({ home: [], editor: [], history: [], call: [], debug: [], ended: [] });
  });

  it('on a 390×844 phone: Start call on the first screen, no self-scroll, nothing sideways, 44 px targets, push to talk by touch', async () => {
    const page = await open({ device: PHONE, micFile: 'mic-en.wav' });
    await openApp(page, stack.url);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const start = await page.getByRole('button', { name: 'Start call' }).boundingBox();
    expect(start!.y + start!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start call' }).tap();
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    expect(await sidewaysOverflow(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    // The controls stay in reach: fixed at the bottom of the screen.
    const end = await page.getByRole('button', { name: 'End call' }).boundingBox();
    expect(end!.y + end!.height).toBeLessThanOrEqual(PHONE.height);
    expect(end!.y).toBeGreaterThan(PHONE.height / 2);

    await page.getByRole('radio', { name: 'Push to talk' }).tap();
    const talk = page.getByRole('button', { name: /Hold to talk/ });
    await talk.waitFor();
    const box = (await talk.boundingBox())!;
    const before = stack.realtime.received.length;
    const touch = await page.context().newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await expect.poll(() => page.getByRole('button', { name: /Listening/ }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(1_200);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await stack.realtime.waitFor(() => stack.realtime.received.slice(before).some((r) => (r.event as { type?: string }).type === 'input_audio_buffer.commit'), 5_000);
    await endCall(page);
  });

  it('the whole call by keyboard alone: Start call is a few Tabs in, the focus follows the call, End call brings it back', async () => {
    const page = await open();
    await openApp(page, stack.url);
    let tabs = 0;
    while (tabs < 30) {
      await page.keyboard.press('Tab');
      tabs++;
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Start call') break;
    }
    expect(tabs).toBeLessThanOrEqual(8);
    await page.keyboard.press('Enter');
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('End call');
    await page.keyboard.press('Enter');
    await page.locator('[data-status="ended"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start call');
    expect(await probePeers(page)).toBe(0);
  });

  it('needs at most 110,000 B of JavaScript (compressed, as transferred) before Start call works', async () => {
    const page = await open();
    // The moment Start call becomes usable, seen from inside the page.
    await page.addInitScript(() => {
      const watch = new MutationObserver(() => {
        const start = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Start call');
        if (start && !start.disabled) {
          (window as unknown as { __startReadyAt: number }).__startReadyAt = performance.now();
          watch.disconnect();
        }
      });
      document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { subtree: true, childList: true, attributes: true }));
    });
    await openApp(page, stack.url);
    const transferred = await page.evaluate(() => {
      const readyAt = (window as unknown as { __startReadyAt: number }).__startReadyAt;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js') && (entry as PerformanceResourceTiming).responseEnd <= readyAt)
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0);
    });
    console.log(`[figures] JavaScript before Start call works: ${transferred} B transferred (compressed)`);
    expect(transferred).toBeGreaterThan(50_000);
    expect(transferred).toBeLessThanOrEqual(110_000);
  });
});

/** Elements wider than the screen, or sticking out of it sideways. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1) && getComputedStyle(element).position !== 'fixed') {
        if (!element.closest('[hidden], .visually-hidden')) out.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return out.slice(0, 10);
  });
}

/** Visible buttons, radios' labels, inputs and selects smaller than 44 px on either side. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = document.querySelectorAll('button, select, input:not([type=radio]):not([type=checkbox]), .turn-modes label, summary');
    const small: string[] = [];
    for (const element of targets) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden')) continue;
      if (box.height < 43.5 || box.width < 43.5) small.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

function probePeers(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __testProbe: { openPeers(): number } }).__testProbe.openPeers());
}

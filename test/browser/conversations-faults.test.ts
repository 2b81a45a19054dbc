import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, endCall, linesOf, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

/** A store that fills up on demand: every put throws QuotaExceededError while `window.__storageFull` is set. */
const QUOTA_ON_DEMAND = `
(() => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
})();
`;

/** A private window without IndexedDB. */
const NO_INDEXEDDB = `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });`;

async function typeTurn(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Type a message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

describe('storage faults never hurt the call', () => {
  let stack: Stack;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => stack?.close());

  it('a full store: one message, the call goes on, what was saved stays saved, export still has every line', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await page.addInitScript({ content: QUOTA_ON_DEMAND });
    await openApp(page, stack.url);
    const callsBefore = stack.realtime.calls().length;
    await startCall(page);
    const callId = stack.realtime.calls()[callsBefore]!.id;
    await stack.realtime.waitFor(() => stack.realtime.sent.some((s) => s.callId === callId && s.event.type === 'output_audio_buffer.stopped'), 20_000);
    await expect.poll(() => linesOf(page, 'assistant')).toHaveLength(1);
    await page.waitForTimeout(300); // the opening line is written

    await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
    await typeTurn(page, 'First question, please.');
    await page.locator('[data-storage-fault="quota"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(2);
    await typeTurn(page, 'And another one.');
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(3);
    // The call is still live, and the fault was said once however many lines failed to save.
    expect(await page.locator('[data-status="connected"]').count()).toBe(1);
    const shown = await alerts(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('storage is full');

    await endCall(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-conversation-controls] [data-action="export-json"]').click()]);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { conversation: { lines: unknown[] } };
    expect(exported.conversation.lines).toHaveLength(5);
    expect(await page.locator('[data-storage-fault]').count()).toBe(1);

    // After a reload (storage no longer full) the part saved before the fault is there.
    await page.reload();
    await page.getByRole('button', { name: 'History' }).click();
    const item = page.getByRole('dialog').locator('.conv-item');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toContain('1 line');
  });

  it('no IndexedDB at all (a private window): one message, and the call goes on', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await page.addInitScript({ content: NO_INDEXEDDB });
    await openApp(page, stack.url);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(1);
    await page.locator('[data-storage-fault="unavailable"]').waitFor({ timeout: 10_000 });
    await typeTurn(page, 'Can you hear me?');
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(2);
    expect(await page.locator('[data-status="connected"]').count()).toBe(1);
    expect(await alerts(page)).toHaveLength(1);
  });

  it('a saved conversation that does not parse is left alone and said once; the others are listed', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(1);
    await page.waitForTimeout(300);
    await endCall(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('persona-talk');
          open.onsuccess = () => {
            const tx = open.result.transaction('conversations', 'readwrite');
            tx.objectStore('conversations').put({ id: 'damaged', schemaVersion: 2, lines: 'not a list' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => page.getByRole('dialog').locator('.conv-item').count(), { timeout: 10_000 }).toBe(1);
    await page.locator('[data-storage-fault="unreadable"]').waitFor();
    expect(await page.locator('[data-storage-fault]').count()).toBe(1);
  });
});

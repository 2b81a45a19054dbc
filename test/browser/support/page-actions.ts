import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function openApp(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}/${query}`);
  await page.getByRole('button', { name: 'Start call' }).waitFor();
  await expect.poll(() => page.getByRole('button', { name: 'Start call' }).isEnabled()).toBe(true);
}

export async function chooseTurnMode(page: Page, label: 'Auto' | 'Smart' | 'Push to talk'): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
}

export async function startCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start call' }).click();
  await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
}

export async function endCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End call' }).click();
  await page.locator('[data-status="ended"]').waitFor();
}

/** Text of every transcript line of one speaker, in order. */
export function linesOf(page: Page, speaker: 'user' | 'assistant'): Promise<string[]> {
  return page.locator(`[data-speaker="${speaker}"] .line-text`).allTextContents();
}

/** Every message the page shows, visible anywhere on it: alerts, call problems and red banners alike. */
export function alerts(page: Page): Promise<string[]> {
  return page.locator('[role="alert"]:visible, .banner-error:visible, .problem:visible').allTextContents();
}

export async function probe(page: Page): Promise<{ peers: number; openPeers: number; tracks: number; liveTracks: number }> {
  return page.evaluate(() => {
    const p = (window as unknown as { __testProbe: Record<string, () => number> }).__testProbe;
    return { peers: p.peerCount!(), openPeers: p.openPeers!(), tracks: p.trackCount!(), liveTracks: p.liveTracks!() };
  });
}

export function clientEventTypes(received: Array<{ event: unknown }>): string[] {
  return received.map((r) => String((r.event as { type?: unknown }).type));
}

/** Opens every field of the persona (the Edit dialog) and returns it. */
export async function openPersonaEditor(page: Page) {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the persona' });
  await dialog.waitFor();
  return dialog;
}

export async function closePersonaEditor(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Drives the real page through one call's start, by stable hooks and the call probes (bench/support/call-probes.ts). */
import type { BrowserContext, Page } from 'playwright-core';

export type Marks = Partial<Record<
  'click' | 'micStart' | 'micEnd' | 'tokenStart' | 'tokenEnd' | 'offerStart' | 'offerEnd' | 'sdpStart' | 'sdpEnd'
  | 'answerApplied' | 'channelOpen' | 'responseCreate' | 'audible' | 'clickDispatch' | 'peerStart' | 'peerEnd' | 'firstServerMessage',
  number
>>;

interface ProbeWindow {
  __callProbe: {
    marks: Marks;
    onsets: number[];
    constraints: MediaStreamConstraints | null;
    tokenBody?: string;
    sessionUpdate?: string;
    arm(): void;
    bare(tokenBody: string | undefined, constraints: MediaStreamConstraints | null, sessionUpdate: string | undefined): Promise<Marks>;
  };
}

export const marksOf = (page: Page): Promise<Marks> => page.evaluate(() => ({ ...(window as unknown as ProbeWindow).__callProbe.marks }));
export const onsetsOf = (page: Page): Promise<number[]> => page.evaluate(() => [...(window as unknown as ProbeWindow).__callProbe.onsets]);

async function waitForMark(page: Page, name: keyof Marks, timeoutMs: number): Promise<void> {
  await page.waitForFunction((mark) => mark in (window as unknown as ProbeWindow).__callProbe.marks, name, { timeout: timeoutMs, polling: 20 });
}

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  const start = page.getByRole('button', { name: 'Start call' });
  await start.waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => {
    const button = [...document.querySelectorAll('button')].find((b) => /^start call$/i.test(b.textContent?.trim() ?? ''));
    return button ? !button.disabled : false;
  }, undefined, { timeout: 30_000, polling: 50 });
  return page;
}

/** Presses Start and waits for the persona's first audible sound. `prefetched`: wait for the key first, as a user who reads the page does. */
export interface HeardStart {
  marks: Marks;
  /** What the page sent, for the bare client to send the same. */
  tokenBody?: string;
  sessionUpdate?: string;
  constraints: MediaStreamConstraints | null;
}

export async function startAndHear(page: Page, prefetched: boolean): Promise<HeardStart> {
  if (prefetched) await waitForMark(page, 'tokenEnd', 15_000);
  await page.waitForTimeout(prefetched ? 300 : 1_200);
  await page.evaluate(() => (window as unknown as ProbeWindow).__callProbe.arm());
  await page.getByRole('button', { name: 'Start call' }).click();
  await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
  await waitForMark(page, 'audible', 15_000);
  const probe = await page.evaluate(() => {
    const p = (window as unknown as ProbeWindow).__callProbe;
    return { marks: { ...p.marks }, tokenBody: p.tokenBody, sessionUpdate: p.sessionUpdate, constraints: p.constraints };
  });
  return probe;
}

export async function endCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End call' }).click().catch(() => undefined);
  await page.locator('[data-status="ended"]').waitFor({ timeout: 5_000 }).catch(() => undefined);
}

/** The parts of a connect on their own, in a page that has not started a call (bench/support/call-probes.ts). */
export async function bareConnect(page: Page, sent: Omit<HeardStart, 'marks'>): Promise<Marks> {
  return page.evaluate(
    ([body, wanted, update]) => (window as unknown as ProbeWindow).__callProbe.bare(body, wanted, update),
    [sent.tokenBody, sent.constraints, sent.sessionUpdate] as const,
  );
}

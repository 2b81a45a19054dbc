/**
 * Puts the page's clock on this process's epoch clock. Both sides read `performance.timeOrigin +
 * performance.now()` (one machine, one system clock); instead of trusting the two time origins to agree, the
 * offset is measured: several round trips into the page, the one with the shortest round trip kept, its page
 * reading compared with the middle of the round trip. The uncertainty is half that round trip.
 */
import type { Page } from 'playwright-core';

export interface PageClock {
  /** Page `performance.now()` → this process's epoch ms. */
  toEpoch(pageNow: number): number;
  offsetMs: number;
  uncertaintyMs: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

export async function alignPageClock(page: Page, pings = 15): Promise<PageClock> {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < pings; i++) {
    const before = epochNow();
    const pageEpoch = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = epochNow();
    if (after - before < best.rtt) best = { rtt: after - before, offset: pageEpoch - (before + after) / 2 };
  }
  return {
    toEpoch: (pageNow) => pageOrigin + pageNow - best.offset,
    offsetMs: best.offset,
    uncertaintyMs: best.rtt / 2,
  };
}

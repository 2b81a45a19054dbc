/**
 * The longest task on the page's main thread, from Chromium's own trace ('toplevel' task events of the renderer
 * main thread): exact at any length, where the Long Tasks API only reports from 50 ms up. Only tasks between the
 * page's `performance.mark('bench:start')` and `performance.mark('bench:end')` count.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } }

export async function startTaskTrace(browser: Browser, page: Page): Promise<() => Promise<{ longestMs: number; tasks: number; over50: number }>> {
  await browser.startTracing(page, { categories: ['toplevel', '__metadata', 'blink.user_timing'] });
  return async () => {
    const buffer = await browser.stopTracing();
    const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const markAt = (name: string) => events.find((e) => e.name === name)?.ts;
    const from = markAt('bench:start') ?? -Infinity;
    const to = markAt('bench:end') ?? Infinity;
    const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
      && mains.has(`${e.pid}:${e.tid}`) && e.ts >= from && e.ts <= to);
    const durations = tasks.map((e) => (e.dur ?? 0) / 1000);
    return { longestMs: durations.reduce((max, d) => Math.max(max, d), 0), tasks: durations.length, over50: durations.filter((d) => d > 50).length };
  };
}

/**
 * The longest task on the page's main thread, from Chromium's own trace ('toplevel' task events of the renderer
 * main thread): exact at any length, where the Long Tasks API only reports from 50 ms up. Only tasks between the
 * page's `performance.mark('bench:start')` and `performance.mark('bench:end')` count. Each task is measured twice:
 * by the wall clock, and by the main thread's own CPU time, which a busy shared machine cannot stretch.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

export interface TracedTasks {
  tasks: number;
  /** Wall clock: includes any time the machine gave the core to another process mid-task. */
  longestMs: number;
  over50: number;
  /** The main thread's own CPU time per task (`tdur`): what the page's work costs, whatever else runs. */
  longestCpuMs: number;
  over50Cpu: number;
}

export async function startTaskTrace(browser: Browser, page: Page): Promise<() => Promise<TracedTasks>> {
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
    const wall = tasks.map((e) => (e.dur ?? 0) / 1000);
    const cpu = tasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
    const longest = (values: number[]) => values.reduce((max, d) => Math.max(max, d), 0);
    return {
      tasks: tasks.length,
      longestMs: longest(wall),
      over50: wall.filter((d) => d > 50).length,
      longestCpuMs: longest(cpu),
      over50Cpu: cpu.filter((d) => d > 50).length,
    };
  };
}

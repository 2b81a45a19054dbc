/**
 * P4, a long call (bench only): a real call with the stand-in, then BENCH_TURNS typed turns (default 250, one
 * every BENCH_TURN_MS = 300 ms of real time, standing for 15 minutes of a turn every 3.6 s), each answered by the
 * stand-in with audio that the next turn interrupts, so the transcript grows past 500 lines. At the start and at
 * the end: JS heap (after GC), DOM nodes, event listeners (Chromium's own counters), transcript lines in the
 * DOM, and frame gaps and the longest busy stretch over a window of 10 turns.
 *
 *   node --import tsx bench/long-call.bench.ts
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBenchBrowser } from './support/bench-browser.ts';
import { endCall, openPage, startAndHear } from './support/app-call.ts';
import { buildBenchApp, startCallStack, type CallStack } from './support/call-stack.ts';
import { FRAME_PROBES } from './support/frame-probes.ts';
import { round } from './support/stats.ts';

const TURNS = Number(process.env.BENCH_TURNS ?? 250);
const TURN_MS = Number(process.env.BENCH_TURN_MS ?? 300);
const WINDOW = 10;

interface Snapshot { heapMb: number; nodes: number; listeners: number; lines: number }
interface Frames { frames: number; maxGap: number; p95Gap: number; maxBusy: number }

async function snapshot(page: Page, cdp: CDPSession): Promise<Snapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const lines = await page.locator('[data-speaker]').count();
  return { heapMb: metric('JSHeapUsedSize') / 1024 / 1024, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), lines };
}

async function turn(page: Page, stack: CallStack, callId: string | undefined, index: number): Promise<void> {
  const before = stack.realtime.responses(callId).length;
  const input = page.locator('#text-turn-input');
  await input.fill(`Turn ${index}: could I have a flat white and a slice of the lemon cake, please?`);
  await input.press('Enter');
  await stack.realtime.waitFor(() => stack.realtime.responses(callId).length > before, 10_000);
  await page.waitForTimeout(TURN_MS);
}

async function turns(page: Page, stack: CallStack, callId: string | undefined, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) await turn(page, stack, callId, i);
}

async function measuredTurns(page: Page, stack: CallStack, callId: string | undefined, from: number): Promise<Frames> {
  await page.evaluate(() => (window as unknown as { __frameProbe: { begin(): void } }).__frameProbe.begin());
  await turns(page, stack, callId, from, WINDOW);
  return page.evaluate(() => (window as unknown as { __frameProbe: { end(): Frames } }).__frameProbe.end());
}

async function run(): Promise<string[]> {
  const dist = await buildBenchApp('call-bench');
  const stack = await startCallStack(dist, { generationDelayMs: 0 });
  const browser = await launchBenchBrowser('mic-silence.wav', ['--enable-precise-memory-info']);
  await browser.context.addInitScript({ content: FRAME_PROBES });
  try {
    const page = await openPage(browser.context, `${stack.url}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await startAndHear(page, true);
    const callId = stack.realtime.calls().at(-1)?.id;
    const startedAt = performance.now();
    await turns(page, stack, callId, 1, WINDOW);
    const atStart = await snapshot(page, cdp);
    const framesStart = await measuredTurns(page, stack, callId, WINDOW + 1);
    await turns(page, stack, callId, 2 * WINDOW + 1, TURNS - 3 * WINDOW);
    const framesEnd = await measuredTurns(page, stack, callId, TURNS - WINDOW + 1);
    const atEnd = await snapshot(page, cdp);
    const realSeconds = (performance.now() - startedAt) / 1000;
    await endCall(page);

    const row = (name: string, s: Snapshot, f: Frames) =>
      `  ${name.padEnd(5)} ${String(s.lines).padStart(4)} lines, heap ${s.heapMb.toFixed(1)} MB, DOM nodes ${s.nodes}, listeners ${s.listeners}; over ${WINDOW} turns: frame gap p95 ${round(f.p95Gap)} ms, max ${round(f.maxGap)} ms, longest busy ${round(f.maxBusy)} ms`;
    console.log(JSON.stringify({ turns: TURNS, turnMs: TURN_MS, realSeconds: round(realSeconds), atStart, atEnd, framesStart, framesEnd }));
    return [
      'transcript:',
      row('start', atStart, framesStart),
      row('end', atEnd, framesEnd),
      `long call: ${TURNS} turns (${round((TURNS * 3.6) / 60)} simulated minutes, ${round(realSeconds)} s real), ${atEnd.lines} lines; heap +${(atEnd.heapMb - atStart.heapMb).toFixed(1)} MB, DOM nodes +${atEnd.nodes - atStart.nodes}, listeners +${atEnd.listeners - atStart.listeners}, frame gap p95 ${round(framesStart.p95Gap)} → ${round(framesEnd.p95Gap)} ms, longest frame gap ${round(framesStart.maxGap)} → ${round(framesEnd.maxGap)} ms`,
    ];
  } finally {
    await browser.close();
    await stack.close();
  }
}

async function main(): Promise<void> {
  for (const line of await run()) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

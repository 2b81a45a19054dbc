/**
 * Event-log benchmark: builds the app, opens it in headless Chromium with the debug panel open
 * (`?debug=1&bench=1`), pushes BENCH_RATE events per second through the event tap for BENCH_SECONDS, and reports
 * the longest main-thread task, frame gaps and heap growth.
 *
 *   node --import tsx bench/event-log.bench.ts            # 60 s at 3,000 events/s
 *   BENCH_SECONDS=10 BENCH_RATE=5000 node --import tsx bench/event-log.bench.ts
 *   BENCH_TARGET=harness …                                # the panel alone, without the rest of the app
 *
 * Everything stays on 127.0.0.1: a tiny static server serves the build, and Chromium cannot resolve other hosts.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, loopbackChromiumArgs } from '../test/browser/support/browser.ts';
import { startTaskTrace } from './support/trace-tasks.ts';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK_DIR = path.join(ROOT, 'node_modules', '.cache', 'event-log-bench');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 3000);
const TARGET = process.env.BENCH_TARGET === 'harness' ? 'harness' : 'app';
const TICK_MS = 50;
const LONG_TASK_MS = 50;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

async function buildApp(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** A page with nothing but the recorder and the lazily loaded panel, to measure the panel in isolation. */
async function buildHarness(outDir: string): Promise<void> {
  const src = path.join(WORK_DIR, 'harness');
  await mkdir(src, { recursive: true });
  const debugDir = path.relative(src, path.join(ROOT, 'src', 'debug')).split(path.sep).join('/');
  await writeFile(
    path.join(src, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  await writeFile(
    path.join(src, 'main.tsx'),
    [
      "import { lazy, Suspense } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      `import { startEventLogRecording } from '${debugDir}/event-log-buffer';`,
      `const DebugPanel = lazy(() => import('${debugDir}/debug-panel'));`,
      'startEventLogRecording();',
      "createRoot(document.getElementById('root')!).render(<Suspense fallback={null}><DebugPanel /></Suspense>);",
    ].join('\n'),
  );
  await build({ root: src, configFile: false, plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"bench","message":"no server in the benchmark"}}');
      return;
    }
    const file = path.join(dir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    const target = path.extname(file) ? file : path.join(dir, 'index.html');
    readFile(target)
      .then((body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream' }).end(body))
      .catch(() => response.writeHead(404).end());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Installed before the page's own scripts: long tasks and the longest gap between animation frames.
 * A string, not a function: tsx's name-keeping helper would not exist inside the page.
 */
const PROBES = `
  window.__probe = { longTasks: [], maxFrameGap: 0, frames: 0, measuring: false };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const frame = (now) => {
    if (window.__probe.measuring) {
      window.__probe.maxFrameGap = Math.max(window.__probe.maxFrameGap, now - last);
      window.__probe.frames++;
    }
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Long tasks are only reported from 50 ms up: a 4 ms timer heartbeat sees shorter busy stretches too.
  window.__probe.maxBusy = 0;
  let beat = performance.now();
  const heartbeat = () => {
    const now = performance.now();
    if (window.__probe.measuring) window.__probe.maxBusy = Math.max(window.__probe.maxBusy, now - beat);
    beat = now;
    setTimeout(heartbeat, 0);
  };
  setTimeout(heartbeat, 0);
`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const outDir = path.join(WORK_DIR, `dist-${TARGET}`);
  await rm(outDir, { recursive: true, force: true });
  console.log(`building the ${TARGET}…`);
  await (TARGET === 'app' ? buildApp(outDir) : buildHarness(outDir));
  const server = await serve(outDir);
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: loopbackChromiumArgs(['--enable-precise-memory-info']),
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.addInitScript({ content: PROBES });
    await page.goto(`http://127.0.0.1:${port}/?debug=1&bench=1`);
    await page.waitForFunction(() => Boolean(window.__personaTalkBench), undefined, { timeout: 30_000 });
    await page.getByRole('list', { name: 'Realtime events' }).waitFor();

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapUsed = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    };
    const stopTrace = await startTaskTrace(browser, page);
    await page.waitForTimeout(500);
    const heapBefore = await heapUsed();
    const benchStart = await page.evaluate(() => {
      (window as unknown as { __probe: { measuring: boolean } }).__probe.measuring = true;
      performance.mark('bench:start');
      return performance.now();
    });

    console.log(`pushing ${RATE} events/s for ${SECONDS} s…`);
    await page.evaluate(
      ({ rate, tickMs }) => {
        const perTick = Math.max(1, Math.round((rate * tickMs) / 1000));
        (window as unknown as { __benchTimer: number }).__benchTimer = window.setInterval(
          () => window.__personaTalkBench?.pushEvents(perTick),
          tickMs,
        );
      },
      { rate: RATE, tickMs: TICK_MS },
    );
    // Halfway, a tester searches the log (the first search stringifies every event once).
    await page.waitForTimeout((SECONDS * 1000) / 2);
    const search = page.getByLabel('Search events');
    const searchAt = await page.evaluate(() => performance.now());
    await search.fill('invalid_api_key');
    await page.waitForTimeout(Math.min(5000, (SECONDS * 1000) / 4));
    await search.fill('');
    await page.waitForTimeout((SECONDS * 1000) / 2 - Math.min(5000, (SECONDS * 1000) / 4));
    await page.evaluate(() => window.clearInterval((window as unknown as { __benchTimer: number }).__benchTimer));
    await page.waitForTimeout(500);
    await page.evaluate(() => performance.mark('bench:end'));

    const traced = await stopTrace();
    const heapAfter = await heapUsed();
    const result = await page.evaluate((start) => {
      const w = window as unknown as { __probe: { longTasks: { start: number; duration: number }[]; maxFrameGap: number; frames: number; maxBusy: number } };
      const tasks = w.__probe.longTasks.filter((task) => task.start >= start);
      return {
        pushed: window.__personaTalkBench?.pushed() ?? 0,
        elapsedMs: performance.now() - start,
        longTasks: tasks.length,
        longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
        taskList: tasks.map((task) => `${Math.round((task.start - start) / 100) / 10}s:${Math.round(task.duration)}ms`),
        longTaskTotalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
        maxFrameGapMs: w.__probe.maxFrameGap,
        maxBusyMs: w.__probe.maxBusy,
        frames: w.__probe.frames,
        rowsShown: document.querySelectorAll('[aria-label="Realtime events"] [role="listitem"]').length,
        memory: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
      };
    }, benchStart);

    const summary = {
      target: TARGET,
      seconds: SECONDS,
      ratePerSecond: RATE,
      eventsPushed: result.pushed,
      achievedRatePerSecond: Math.round(result.pushed / (result.elapsedMs / 1000)),
      longTasksOver50ms: result.longTasks,
      longestTaskMs: Math.round(result.longestTaskMs),
      longTaskTotalMs: Math.round(result.longTaskTotalMs),
      longTasksAt: result.taskList,
      searchStartedAtS: Math.round((searchAt - benchStart) / 100) / 10,
      maxFrameGapMs: Math.round(result.maxFrameGapMs),
      // The longest stretch the main thread could not run a timer (a task, or a queue of them).
      longestBusyMs: Math.round(result.maxBusyMs),
      // Chromium's trace: every main-thread task, at any length.
      longestTracedTaskMs: Math.round(traced.longestMs),
      tracedTasks: traced.tasks,
      tracedTasksOver50ms: traced.over50,
      longestTaskCpuMs: Math.round(traced.longestCpuMs),
      tasksOver50msCpu: traced.over50Cpu,
      averageFps: Math.round(result.frames / (result.elapsedMs / 1000)),
      domRowsRendered: result.rowsShown,
      heapBeforeBytes: heapBefore,
      heapAfterBytes: heapAfter,
      heapGrowthBytes: heapAfter - heapBefore,
    };
    console.log(
      [
        `events pushed      ${summary.eventsPushed.toLocaleString('en-US')} (${summary.achievedRatePerSecond}/s)`,
        `long tasks (>${LONG_TASK_MS} ms) ${summary.longTasksOver50ms}, longest ${summary.longestTaskMs} ms, total ${summary.longTaskTotalMs} ms`,
        `main thread busy   longest ${summary.longestBusyMs} ms without a timer turn (4 ms heartbeat)`,
        `traced tasks       ${summary.tracedTasks}; by wall clock longest ${summary.longestTracedTaskMs} ms, ${summary.tracedTasksOver50ms} over 50 ms; by the main thread's own CPU time longest ${summary.longestTaskCpuMs} ms, ${summary.tasksOver50msCpu} over 50 ms`,
        `frames             ${summary.averageFps} fps average, longest gap ${summary.maxFrameGapMs} ms`,
        `DOM rows rendered  ${summary.domRowsRendered}`,
        `heap (after GC)    ${mb(heapBefore)} → ${mb(heapAfter)} (growth ${mb(summary.heapGrowthBytes)})`,
      ].join('\n'),
    );
    console.log(JSON.stringify(summary));
    console.log(
      // CPU time: on a shared machine a task's wall time also counts whatever ran on the core meanwhile.
      `P3 event log: longest task ${summary.longestTaskCpuMs} ms (goal <= ${LONG_TASK_MS}), heap growth ${(summary.heapGrowthBytes / 1024 / 1024).toFixed(1)} MB, ${summary.eventsPushed} events`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

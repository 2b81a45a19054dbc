/** Headless Chromium for the call benchmarks: loopback only, a fake microphone, English UI, the call probes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, loopbackChromiumArgs } from '../../test/browser/support/browser.ts';
import { fixture } from '../../test/browser/support/paths.ts';
import { CALL_PROBES } from './call-probes.ts';

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBenchBrowser(micFile = 'mic-en.wav', extraArgs: string[] = []): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'persona-talk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    permissions: ['microphone'],
    // Loopback only, mDNS off (--disable-features=WebRtcHideLocalIpsWithMdns), whatever extraArgs add.
    args: loopbackChromiumArgs([
      '--autoplay-policy=no-user-gesture-required',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${micFile.startsWith('/') ? micFile : fixture(micFile)}`,
      '--lang=en-US',
      ...extraArgs,
    ]),
  });
  await context.addInitScript({ content: CALL_PROBES });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

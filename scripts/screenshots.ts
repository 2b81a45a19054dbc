/**
 * The README's pictures: every view at 1366×900 and 390×844, light and dark, against the simulators on loopback.
 * `npm run screenshots` (builds the app first). Written to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser/support/browser.ts';
import { builtApp, repoRoot } from '../test/browser/support/paths.ts';
import { startStack } from '../test/browser/support/stack.ts';

const OUT = resolve(repoRoot, 'docs/screenshots');
const SIZES = [
  { name: 'desktop', width: 1366, height: 900, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
] as const;
const THEMES = ['light', 'dark'] as const;

type View = { name: string; show(page: Page): Promise<void> };

const VIEWS: View[] = [
  { name: 'home', show: async () => undefined },
  {
    name: 'editor',
    show: async (page) => {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'history',
    show: async (page) => {
      await page.getByRole('button', { name: 'History' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'call',
    show: async (page) => {
      await page.getByRole('button', { name: 'Start call' }).click();
      await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-speaker="user"]').first().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1_500);
    },
  },
  {
    name: 'debug',
    show: async (page) => {
      await page.getByRole('button', { name: 'Start call' }).click();
      await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Debug panel' }).click();
      await page.getByRole('complementary', { name: 'Debug panel' }).waitFor();
      await page.waitForTimeout(2_500);
    },
  },
];

async function main(): Promise<void> {
  process.env.NODE_ENV = 'production';
  await build({ root: repoRoot, mode: 'production', logLevel: 'warn', build: { outDir: builtApp, emptyOutDir: true } });
  mkdirSync(OUT, { recursive: true });
  const stack = await startStack({ simulator: true });
  try {
    for (const size of SIZES) {
      for (const theme of THEMES) {
        for (const view of VIEWS) {
          const browser = await launchBrowser({ micFile: 'mic-en.wav', colorScheme: theme, device: size });
          try {
            await browser.page.goto(stack.url);
            await browser.page.getByRole('button', { name: 'Start call' }).waitFor();
            await browser.page.waitForTimeout(1_200);
            await view.show(browser.page);
            const file = resolve(OUT, `${view.name}-${size.name}-${theme}.jpg`);
            await browser.page.screenshot({ path: file, type: 'jpeg', quality: 78 });
            console.log(`wrote ${file}`);
          } finally {
            await browser.close();
          }
        }
      }
    }
    // One in Korean, to show the Korean UI.
    const korean = await launchBrowser({ micFile: 'mic-en.wav', locale: 'ko-KR', device: SIZES[0] });
    await korean.page.goto(stack.url);
    await korean.page.getByRole('button', { name: '통화 시작' }).waitFor();
    await korean.page.waitForTimeout(1_200);
    await korean.page.screenshot({ path: resolve(OUT, 'home-desktop-light-ko.jpg'), type: 'jpeg', quality: 78 });
    await korean.close();
  } finally {
    await stack.close();
  }
}

await main();

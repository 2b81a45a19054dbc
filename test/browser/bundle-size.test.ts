import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_GZIP, firstLoadChunks } from '../../scripts/first-load.ts';
import { builtApp } from './support/paths.ts';

/** The keys the browser tests give the token server (support/stack.ts, call-failures.test.ts). */
const TEST_KEYS = ['sk-browser-test-0123456789', 'gemini-browser-test-key', 'sk-invalid-0123456789'];

/** Real keys in the environment the build ran in, should there be any: Vite must not have inlined one. */
const ENVIRONMENT_KEYS = ['OPENAI_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_API_KEY']
  .map((name) => process.env[name])
  .filter((value): value is string => typeof value === 'string' && value.length >= 8);

/** What a secret looks like, whoever minted it. Long enough not to match the redactor's own patterns. */
const KEY_SHAPES: readonly (readonly [string, RegExp])[] = [
  ['OpenAI key', /(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{10,}/],
  ['ephemeral key', /(?<![A-Za-z0-9])ek_[A-Za-z0-9_-]{10,}/],
  ['Google API key', /AIza[A-Za-z0-9_-]{30,}/],
  ['Google OAuth token', /(?<![A-Za-z0-9])(?:ya29|AQ)\.[A-Za-z0-9_-]{20,}/],
  ['JWT', /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./],
];

function emittedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? emittedFiles(join(dir, entry.name)) : [join(dir, entry.name)]);
}

/** A file as the browser gets it: the token server's precompressed copies are read uncompressed. */
function contentOf(file: string): string {
  const bytes = readFileSync(file);
  if (file.endsWith('.gz')) return gunzipSync(bytes).toString('utf8');
  if (file.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/** Names what secrets a text holds, without printing them. */
function secretsIn(text: string): string[] {
  const found = KEY_SHAPES.filter(([, shape]) => shape.test(text)).map(([name]) => `a key-shaped string (${name})`);
  if (TEST_KEYS.some((key) => text.includes(key))) found.push('a browser-test key');
  if (ENVIRONMENT_KEYS.some((key) => text.includes(key))) found.push('a key from the environment');
  return found;
}

describe('the production build', () => {
  it('keeps the first load within budget, without the Gemini SDK, the call engine or the debug panel', () => {
    const chunks = firstLoadChunks(builtApp);
    const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.log(`[figures] first-load JavaScript: ${total} B gzip (${chunks.map((c) => `${c.file} ${c.gzip}`).join(', ')})`);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
    const firstLoad = chunks.map((chunk) => readFileSync(join(builtApp, chunk.file), 'utf8')).join('\n');
    expect(firstLoad).not.toContain('generativelanguage'); // @google/genai
    expect(firstLoad).not.toContain('oai-events'); // the WebRTC call engine
    expect(firstLoad).not.toContain('dbg-panel'); // the debug panel
  });

  it('finds the keys it looks for (the scan below can fail)', () => {
    for (const key of [...TEST_KEYS, `ek_${'0a'.repeat(16)}`, `AIza${'x'.repeat(35)}`, `ya29.${'y'.repeat(40)}`]) {
      expect(secretsIn(`const k="${key}";`), key).not.toEqual([]);
    }
  });

  it('contains no key of any kind, real, ephemeral or from the tests, in any emitted file', () => {
    const files = emittedFiles(builtApp);
    const names = files.map((file) => relative(builtApp, file));
    // Every kind of file the page is made of is among those scanned.
    expect(names).toContain('index.html');
    expect(names.some((name) => name.endsWith('.css'))).toBe(true);
    expect(names.some((name) => /^assets\/capture-worklet-[\w-]+\.js$/.test(name))).toBe(true);
    expect(names.some((name) => /^assets\/debug-panel-[\w-]+\.js$/.test(name))).toBe(true);
    const leaks = files.flatMap((file) => secretsIn(contentOf(file)).map((what) => `${relative(builtApp, file)}: ${what}`));
    expect(leaks).toEqual([]);
  });
});

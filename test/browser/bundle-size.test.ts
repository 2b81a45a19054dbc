import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_GZIP, firstLoadChunks } from '../../scripts/first-load.ts';
import { builtApp } from './support/paths.ts';

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

  it('contains no key of any kind', () => {
    const html = readFileSync(join(builtApp, 'index.html'), 'utf8');
    expect(html).not.toMatch(/sk-[A-Za-z0-9]|ek_[A-Za-z0-9]|AIza/);
  });
});

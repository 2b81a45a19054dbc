/** `npm run size`: prints the first-load JavaScript (gzip) against the budget, and every lazy chunk. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIRST_LOAD_BUDGET_GZIP, allChunks, firstLoadChunks } from './first-load.ts';

const dist = resolve(import.meta.dirname, '../dist');
const first = firstLoadChunks(dist);
const firstFiles = new Set(first.map((chunk) => chunk.file));
const lazy = allChunks(dist, readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`))
  .filter((chunk) => !firstFiles.has(chunk.file));

const total = first.reduce((sum, chunk) => sum + chunk.gzip, 0);
console.log('First load (gzip):');
for (const chunk of first) console.log(`  ${chunk.file.padEnd(48)} ${String(chunk.gzip).padStart(7)} B  (${chunk.bytes} B raw)`);
console.log(`  total ${total} B of ${FIRST_LOAD_BUDGET_GZIP} B budget${total > FIRST_LOAD_BUDGET_GZIP ? '  OVER BUDGET' : ''}`);
console.log('Loaded later (gzip):');
for (const chunk of lazy.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${chunk.file.padEnd(48)} ${String(chunk.gzip).padStart(7)} B`);
if (total > FIRST_LOAD_BUDGET_GZIP) process.exitCode = 1;

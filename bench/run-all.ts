/**
 * `npm run bench`: runs every benchmark in bench/, one after another, each printing its own figures.
 * `npm run bench -- connect turn` runs only the files whose names contain one of the words. The call benchmarks
 * (connect, turn-overhead, long-call) share one production build, made here once.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchApp } from './support/call-stack.ts';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const CALL_BENCHES = ['connect', 'turn-overhead', 'long-call'];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)));

const env = { ...process.env };
if (files.some((file) => CALL_BENCHES.some((name) => file.startsWith(name))) && env.BENCH_REUSE_BUILD !== '1') {
  console.log('building the app for the call benchmarks…');
  await buildBenchApp('call-bench');
  env.BENCH_REUSE_BUILD = '1';
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit', env });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;

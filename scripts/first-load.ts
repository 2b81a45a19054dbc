import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_GZIP = 87_000;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

/**
 * The JavaScript a first visit downloads: the entry script in index.html and every module it preloads
 * (Vite lists static imports as modulepreload links). Lazy chunks are not counted. `base`: the build's `--base`
 * (its URLs start with it), e.g. `/persona-talk/`.
 */
export function firstLoadChunks(distDir: string, base = '/'): ChunkSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)) {
    const url = match[1]!;
    files.add(url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  }
  return [...files].map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

/** Every chunk of the build, first-load or lazy, for the size report. */
export function allChunks(distDir: string, files: string[]): ChunkSize[] {
  return files.map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

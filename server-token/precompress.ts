import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|map|txt|webmanifest|wasm)$/i;
const MIN_BYTES = 1024;
const MAX_FILES = 2_000;

async function isFresh(compressed: string, sourceMtime: number): Promise<boolean> {
  try {
    return (await stat(compressed)).mtimeMs >= sourceMtime;
  } catch {
    return false;
  }
}

/**
 * Writes `.br` and `.gz` beside each compressible file of the built site (once; fresh ones are kept), so
 * serveStatic's `precompressed` can send Brotli or gzip without compressing on every request.
 * Returns how many files were written; a read-only folder is not an error (gzip on the fly still works).
 */
export async function precompressSite(root: string): Promise<{ written: number; failed: number }> {
  let written = 0;
  let failed = 0;
  let seen = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (seen++ > MAX_FILES || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
      const info = await stat(path);
      if (info.size < MIN_BYTES) continue;
      const data = await readFile(path);
      for (const [suffix, compress] of [
        ['.br', () => brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength } })],
        ['.gz', () => gzipAsync(data, { level: 9 })],
      ] as const) {
        if (await isFresh(path + suffix, info.mtimeMs)) continue;
        try {
          await writeFile(path + suffix, await compress());
          written += 1;
        } catch {
          failed += 1;
        }
      }
    }
  };
  await walk(root);
  return { written, failed };
}

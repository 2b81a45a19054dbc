import { existsSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files whose presence says "this is a project folder, not a build output": serving it would leak secrets. */
const PROJECT_MARKERS = ['.env', 'package.json'];

/** Why `dir` must not be served, as one line with the fix; null when it is fine. Returns its real path otherwise. */
export function checkStaticDir(dir: string): { ok: true; realRoot: string } | { ok: false; problem: string } {
  let realRoot: string;
  try {
    realRoot = realpathSync(dir);
    if (!statSync(realRoot).isDirectory()) throw new Error('not a folder');
  } catch {
    return { ok: false, problem: `STATIC_DIR=${dir} is not a folder: run \`npm run build\` and set STATIC_DIR=dist.` };
  }
  const marker = PROJECT_MARKERS.find((name) => existsSync(join(realRoot, name)));
  if (marker) {
    return { ok: false, problem: `STATIC_DIR=${dir} holds ${marker}, so it looks like a project folder whose secrets would be served; point STATIC_DIR at the build output (dist).` };
  }
  return { ok: true, realRoot };
}

import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const builtApp = resolve(repoRoot, 'test-results/dist');
export const fixture = (name: string) => resolve(repoRoot, 'test/fixtures', name);

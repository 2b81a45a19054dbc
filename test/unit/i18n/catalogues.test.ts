import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
/** Words that are the same in both languages: names, and terms a tester searches for. */
const SAME_IN_BOTH = new Set(['Persona Talk', 'English', 'JSON', '']);

function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? catalogueFiles(join(dir, entry.name)) : /messages\.ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

type Tree = string | ((...args: never[]) => string) | { [key: string]: Tree };

/** Every leaf path, with the English and Korean at it. */
function leaves(en: Tree, ko: Tree, path: string, out: Array<{ path: string; en: Tree; ko: Tree }>): void {
  if (typeof en === 'object' && en !== null) {
    expect(typeof ko, path).toBe('object');
    expect(Object.keys(ko as object).sort(), path).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) leaves(en[key]!, (ko as Record<string, Tree>)[key]!, `${path}.${key}`, out);
    return;
  }
  out.push({ path, en, ko });
}

/** A function message, said with sample values of the right kinds. */
function say(message: Tree): string {
  if (typeof message !== 'function') return String(message);
  const call = message as (...args: unknown[]) => unknown;
  const attempts: unknown[][] = [['Mina', 3, 2, 1], [{ detail: '', model: 'gpt-realtime-2', models: ['gpt-realtime-2'], seconds: 3, name: 'Mina' }]];
  for (const args of attempts) {
    try {
      const said = call(...args);
      if (typeof said === 'string') return said;
    } catch {
      // try the other shape of arguments
    }
  }
  return '';
}

describe('the message catalogues', async () => {
  const files = catalogueFiles(SRC);
  const catalogues: Array<{ name: string; en: Tree; ko: Tree }> = [];
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const catalogue = value as { en?: Tree; load?: (locale: 'ko') => Promise<Tree> };
      if (catalogue && typeof catalogue === 'object' && catalogue.en && typeof catalogue.load === 'function') {
        catalogues.push({ name: `${relative(SRC, file)} ${name}`, en: catalogue.en, ko: await catalogue.load('ko') });
      }
    }
  }

  it('are found for every area', () => {
    expect(catalogues.map((c) => c.name.split('/')[0])).toEqual(expect.arrayContaining(['app', 'call', 'debug', 'persona']));
  });

  it('have every key in both English and Korean, and every Korean message is Korean', () => {
    for (const catalogue of catalogues) {
      const all: Array<{ path: string; en: Tree; ko: Tree }> = [];
      leaves(catalogue.en, catalogue.ko, catalogue.name, all);
      for (const leaf of all) {
        const en = say(leaf.en);
        const ko = say(leaf.ko);
        if (SAME_IN_BOTH.has(en)) continue;
        // Text with English words in it must have Hangul in its Korean form (code names and settings may stay).
        if (/[a-z]{3,}/.test(en.replace(/Mina|gpt-realtime-2/g, '').replace(/[A-Z_]{3,}|[\w.-]+\.\w+|\b[a-z]+_[a-z_]+\b/g, ''))) {
          expect(ko, `${leaf.path} is not translated`).toMatch(/[\uAC00-\uD7A3]/);
        }
      }
    }
  });
});

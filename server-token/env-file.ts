import { readFileSync } from 'node:fs';

/**
 * Minimal `.env` parser: `KEY=value` lines, `#` comments, optional `export `, single or double quotes
 * (double quotes understand \n). Enough for the documented settings; no variable expansion.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest = ''] = match;
    let value = rest.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    if (key) result[key] = value;
  }
  return result;
}

/** Reads `.env` if present. Variables already set (non-empty) in the environment win over the file. */
export function loadEnvWithFile(processEnv: Record<string, string | undefined>, path: string): Record<string, string | undefined> {
  let fileText: string;
  try {
    fileText = readFileSync(path, 'utf8');
  } catch {
    return { ...processEnv };
  }
  return { ...parseEnvFile(fileText), ...stripEmpty(processEnv) };
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

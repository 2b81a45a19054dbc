import { describe, expect, it } from 'vitest';
import { parseEnvFile } from '../../../server-token/env-file.ts';
import { judgeOrigin } from '../../../server-token/origin-policy.ts';
import { createRedactor, redactText as redactPatterns } from '../../../server-token/contract.ts';
import { readBodyCapped } from '../../../server-token/body-reader.ts';

describe('redaction', () => {
  it('removes every key shape', () => {
    const line = 'a sk-proj-abc_DEF-123 b ek_68af296e8e40 c AIzaSyA1234567890abcdef d AQ.Ab8RN6Labc-def_1 e Authorization: Bearer xyz.123';
    const out = redactPatterns(line);
    for (const secret of ['sk-proj', 'ek_68af', 'AIzaSy', 'AQ.Ab8', 'xyz.123']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('removes configured secrets that match no pattern', () => {
    expect(createRedactor(['plainsecretvalue'])('x plainsecretvalue y')).toBe('x [redacted] y');
  });
});

describe('judgeOrigin', () => {
  it('allows no origin, the own origin and listed origins only', () => {
    expect(judgeOrigin(null, ['http://a'], [])).toBe('none');
    expect(judgeOrigin('http://a', ['http://a'], [])).toBe('allowed');
    expect(judgeOrigin('http://b', ['http://a'], ['http://b'])).toBe('allowed');
    expect(judgeOrigin('http://evil', ['http://a'], ['http://b'])).toBe('forbidden');
    expect(judgeOrigin('null', ['http://a'], [])).toBe('forbidden');
  });
});

describe('parseEnvFile', () => {
  it('reads keys, quotes, comments and export', () => {
    const text = '# comment\nA=1\nexport B="two words"\nC=\'x#y\'\nD=val # trailing\n\nbad line\nE=\n';
    expect(parseEnvFile(text)).toEqual({ A: '1', B: 'two words', C: 'x#y', D: 'val', E: '' });
  });
});

describe('readBodyCapped', () => {
  it('stops at the cap even without Content-Length', async () => {
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });
    const req = new Request('http://x/', { method: 'POST', body: big, duplex: 'half' } as RequestInit);
    expect(await readBodyCapped(req, 4096)).toEqual({ ok: false, reason: 'too_large' });
    const small = await readBodyCapped(new Request('http://x/', { method: 'POST', body: 'abc' }), 4096);
    expect(small.ok && new TextDecoder().decode(small.bytes)).toBe('abc');
  });
});

describe('loadEnvWithFile', () => {
  it('lets non-empty process variables win over the file and ignores a missing file', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadEnvWithFile } = await import('../../../server-token/env-file.ts');
    const dir = await mkdtemp(join(tmpdir(), 'env-file-'));
    const path = join(dir, '.env');
    await writeFile(path, 'A=file\nB=file\nC=file\n');
    expect(loadEnvWithFile({ A: 'process', B: '', D: 'd' }, path)).toMatchObject({ A: 'process', B: 'file', C: 'file', D: 'd' });
    expect(loadEnvWithFile({ A: 'x' }, join(dir, 'missing'))).toEqual({ A: 'x' });
    await rm(dir, { recursive: true, force: true });
  });
});

describe('createLogger', () => {
  it('writes one redacted JSON object per line with ts and level', async () => {
    const { createLogger } = await import('../../../server-token/logger.ts');
    const lines: string[] = [];
    const logger = createLogger({ sink: (l) => lines.push(l), now: () => Date.UTC(2026, 0, 2), secrets: ['configured-secret-value'] });
    logger.warn('upstream said Bearer ek_abc123def and configured-secret-value', { header: 'Authorization: Bearer sk-live-xyz' });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(record).toMatchObject({ ts: '2026-01-02T00:00:00.000Z', level: 'warn' });
    expect(lines[0]).not.toMatch(/ek_abc|sk-live|configured-secret-value/);
  });
});

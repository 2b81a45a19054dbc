import { describe, expect, it } from 'vitest';
import { buildLogExport, logExportJson } from '../../../src/debug/export-log';
import type { LoggedEvent } from '../../../src/debug/event-log-buffer';

const entries: LoggedEvent[] = [
  { seq: 1, direction: 'client', type: 'session.update', atMs: 1.234, event: { type: 'session.update', headers: { authorization: 'Bearer ek_live_abcdef123' } } },
  { seq: 2, direction: 'server', type: 'error', atMs: 20, event: { type: 'error', error: { message: 'Incorrect API key provided: sk-proj-abcdefgh1234' } } },
  { seq: 3, direction: 'server', type: 'response.output_audio.delta', atMs: 30, event: { type: 'response.output_audio.delta', delta: 'QUJD'.repeat(50) } },
];

describe('log export', () => {
  it('exports every event, in order, with direction, time and type', () => {
    const out = buildLogExport(entries, new Date('2026-01-01T00:00:00Z'));
    expect(out).toMatchObject({ app: 'persona-talk', exportedAt: '2026-01-01T00:00:00.000Z', count: 3 });
    expect(out.events.map((e) => [e.seq, e.direction, e.type])).toEqual([
      [1, 'client', 'session.update'],
      [2, 'server', 'error'],
      [3, 'server', 'response.output_audio.delta'],
    ]);
    expect(out.events[0]?.atMs).toBe(1.2);
  });

  it('leaves no secret and no audio payload in the JSON', () => {
    const json = logExportJson(entries);
    expect(json).not.toMatch(/ek_live|sk-proj|abcdef/);
    expect(json).not.toContain('QUJDQUJD');
    expect(json).toContain('<audio base64, 200 chars>');
    expect(JSON.parse(json).events).toHaveLength(3);
  });
});

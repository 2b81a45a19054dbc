import { describe, expect, it } from 'vitest';
import { buildLogExport, logExportJson } from '../../../src/debug/export-log';
import type { LoggedEvent } from '../../../src/debug/event-log-buffer';
import { clientTapped, logged, serverTapped } from './tapped-events';

const entries: LoggedEvent[] = [
  logged(1, clientTapped(1.234, { type: 'session.update', session: { type: 'realtime', instructions: 'Authorization: Bearer ek_live_abcdef123' } })),
  logged(2, serverTapped(20, { type: 'error', error: { message: 'Incorrect API key provided: sk-proj-abcdefgh1234' } })),
  logged(3, serverTapped(30, { type: 'response.output_audio.delta', delta: 'QUJD'.repeat(50) })),
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

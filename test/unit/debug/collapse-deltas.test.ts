import { describe, expect, it } from 'vitest';
import { joinedDeltaText, toRows } from '../../../src/debug/collapse-deltas';
import type { LoggedEvent } from '../../../src/debug/event-log-buffer';

let seq = 0;
const e = (type: string, delta?: string, direction: 'client' | 'server' = 'server'): LoggedEvent => ({
  direction,
  type,
  atMs: seq,
  seq: ++seq,
  event: delta === undefined ? { type } : { type, delta },
});

describe('toRows', () => {
  const log = [
    e('response.created'),
    e('response.output_audio_transcript.delta', 'Hel'),
    e('response.output_audio_transcript.delta', 'lo'),
    e('response.output_audio_transcript.delta', '!'),
    e('response.output_text.delta', 'x'),
    e('response.done'),
    e('response.output_audio_transcript.delta', 'solo'),
  ];

  it('folds consecutive deltas of one type into a run with a count', () => {
    const rows = toRows(log, true);
    expect(rows.map((row) => (row.kind === 'run' ? `${row.type}×${row.entries.length}` : row.entry.type))).toEqual([
      'response.created',
      'response.output_audio_transcript.delta×3',
      'response.output_text.delta',
      'response.done',
      'response.output_audio_transcript.delta',
    ]);
    const run = rows[1];
    expect(run?.kind === 'run' && joinedDeltaText(run.entries)).toBe('Hello!');
    expect(run?.key).toBe(log[1]?.seq);
  });

  it('keeps one row per event when collapsing is off', () => {
    expect(toRows(log, false)).toHaveLength(log.length);
  });

  it('does not merge deltas of different directions', () => {
    const rows = toRows([e('x.delta', 'a', 'client'), e('x.delta', 'b', 'server')], true);
    expect(rows).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { joinedDeltaText, toRows } from '../../../src/debug/collapse-deltas';
import type { LoggedEvent } from '../../../src/debug/event-log-buffer';
import { clientTapped, logged, serverTapped } from './tapped-events';

let seq = 0;
const e = (type: string, delta?: string): LoggedEvent => {
  seq++;
  return logged(seq, serverTapped(seq, delta === undefined ? { type } : { type, delta }));
};

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
    // No client event type ends in `.delta` today; should one ever, it must not join a server run.
    const clientDelta = { ...logged(++seq, clientTapped(seq, { type: 'input_audio_buffer.clear' })), type: 'x.delta' } as LoggedEvent;
    const rows = toRows([clientDelta, e('x.delta', 'b')], true);
    expect(rows).toHaveLength(2);
  });
});

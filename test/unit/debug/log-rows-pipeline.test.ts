import { describe, expect, it } from 'vitest';
import { toRows } from '../../../src/debug/collapse-deltas';
import { EMPTY_FILTER, filterEvents, type EventFilter } from '../../../src/debug/event-filter';
import { EventLogBuffer } from '../../../src/debug/event-log-buffer';
import { LogRowsPipeline } from '../../../src/debug/log-rows-pipeline';
import { clientTapped, serverTapped } from './tapped-events';

const TYPES = ['response.output_audio_transcript.delta', 'response.output_audio_transcript.delta', 'response.output_text.delta', 'response.done', 'error'];

function shape(rows: ReturnType<typeof toRows> | readonly ReturnType<typeof toRows>[number][]) {
  return rows.map((row) => (row.kind === 'single' ? `${row.key}` : `${row.key}:${row.entries.map((e) => e.seq).join(',')}`));
}

describe('LogRowsPipeline', () => {
  it.each<[string, EventFilter, boolean]>([
    ['no filter, collapsed', EMPTY_FILTER, true],
    ['no filter, flat', EMPTY_FILTER, false],
    ['excluding errors, collapsed', { ...EMPTY_FILTER, exclude: ['error'] }, true],
    ['server only, search', { ...EMPTY_FILTER, client: false, search: 'delta' }, true],
  ])('matches a full rebuild frame after frame, with eviction and clearing (%s)', (_name, filter, collapse) => {
    const buffer = new EventLogBuffer(50, () => {});
    const pipeline = new LogRowsPipeline(filter, collapse);
    let random = 7;
    const next = () => (random = (random * 1103515245 + 12345) % 2147483648);
    let held: readonly unknown[] = [];
    for (let frame = 0; frame < 200; frame++) {
      const count = next() % 9;
      for (let i = 0; i < count; i++) {
        if (next() % 7 === 0) {
          buffer.push(clientTapped(frame, { type: 'input_audio_buffer.append', audio: 'x' }));
          continue;
        }
        const type = TYPES[next() % TYPES.length] as string;
        buffer.push(serverTapped(frame, { type, delta: 'x' }));
      }
      if (frame === 120) buffer.clear();
      const before = shape(held as never);
      const rows = pipeline.update(buffer);
      expect(shape(held as never)).toEqual(before); // rows handed out earlier never change
      expect(shape(rows)).toEqual(shape(toRows(filterEvents(buffer.entries(), filter), collapse)));
      held = rows;
    }
  });
});

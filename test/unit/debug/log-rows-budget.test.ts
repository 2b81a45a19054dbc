import { describe, expect, it } from 'vitest';
import { toRows } from '../../../src/debug/collapse-deltas';
import { EMPTY_FILTER, filterEvents } from '../../../src/debug/event-filter';
import { EventLogBuffer } from '../../../src/debug/event-log-buffer';
import { LogRowsPipeline } from '../../../src/debug/log-rows-pipeline';
import { serverTapped } from './tapped-events';

const keys = (rows: readonly { key: number }[]) => rows.map((row) => row.key);

describe('LogRowsPipeline time budget', () => {
  it('takes a full ring in over several updates when each slice uses up the budget, ending with a full rebuild', () => {
    const buffer = new EventLogBuffer(5_000, () => {});
    for (let i = 0; i < 5_000; i++) buffer.push(serverTapped(i, { type: i % 3 ? 'response.done' : 'error', n: i }));
    let clock = 0;
    // Every look at the clock costs 5 ms: a budget of 8 ms allows two slices per update.
    const pipeline = new LogRowsPipeline({ ...EMPTY_FILTER, search: 'error' }, true, { budgetMs: 8, now: () => (clock += 5) });
    let updates = 0;
    let rows = pipeline.update(buffer);
    for (updates = 1; pipeline.pending && updates < 100; updates++) {
      buffer.push(serverTapped(5_000 + updates, { type: 'error', n: updates }));
      rows = pipeline.update(buffer);
    }
    expect(updates).toBeGreaterThan(3);
    expect(pipeline.pending).toBe(false);
    expect(keys(rows)).toEqual(keys(toRows(filterEvents(buffer.entries(), { ...EMPTY_FILTER, search: 'error' }), true)));
  });

  it('is never pending when the whole buffer fits in the budget', () => {
    const buffer = new EventLogBuffer(100, () => {});
    for (let i = 0; i < 100; i++) buffer.push(serverTapped(i, { type: 'response.done' }));
    const pipeline = new LogRowsPipeline(EMPTY_FILTER, true);
    expect(pipeline.update(buffer)).toHaveLength(100);
    expect(pipeline.pending).toBe(false);
  });
});

/**
 * Keeps the filtered, collapsed rows of the log up to date incrementally: each frame costs only the new and the
 * evicted events, not the whole 20,000-entry ring. A new filter or collapse setting rebuilds once.
 */
import { continuesRun, isDeltaType, toRows, type LogRow } from './collapse-deltas';
import { filterEvents, type EventFilter } from './event-filter';
import type { EventLogBuffer, LoggedEvent } from './event-log-buffer';

function lastSeqOf(row: LogRow): number {
  return row.kind === 'single' ? row.entry.seq : (row.entries[row.entries.length - 1] as LoggedEvent).seq;
}

export class LogRowsPipeline {
  private rows: LogRow[] = [];
  /** What callers hold: never mutated after it is handed out. */
  private snapshot: readonly LogRow[] = [];
  private lastSeq = 0;

  constructor(
    private readonly filter: EventFilter,
    private readonly collapse: boolean,
  ) {}

  /** The rows after taking in what changed in the buffer. Returns a new array when anything changed. */
  update(buffer: Pick<EventLogBuffer, 'entriesAfter' | 'oldestSeq'>): readonly LogRow[] {
    const oldest = buffer.oldestSeq();
    let changed = this.dropBefore(oldest);
    if (this.lastSeq < oldest - 1) this.lastSeq = oldest - 1; // cleared or evicted before we saw them
    const fresh = buffer.entriesAfter(this.lastSeq);
    if (fresh.length > 0) {
      this.lastSeq = (fresh[fresh.length - 1] as LoggedEvent).seq;
      const added = filterEvents(fresh, this.filter);
      if (added.length > 0) {
        this.append(added);
        changed = true;
      }
    }
    if (changed) this.snapshot = this.rows.slice();
    return this.snapshot;
  }

  private dropBefore(oldest: number): boolean {
    let drop = 0;
    while (drop < this.rows.length && lastSeqOf(this.rows[drop] as LogRow) < oldest) drop++;
    let changed = drop > 0;
    if (drop > 0) this.rows.splice(0, drop);
    const first = this.rows[0];
    if (first?.kind === 'run' && (first.entries[0] as LoggedEvent).seq < oldest) {
      const kept = first.entries.filter((entry) => entry.seq >= oldest);
      this.rows[0] = kept.length === 1
        ? { kind: 'single', key: (kept[0] as LoggedEvent).seq, entry: kept[0] as LoggedEvent }
        : { ...first, key: (kept[0] as LoggedEvent).seq, entries: kept };
      changed = true;
    }
    return changed;
  }

  private append(added: readonly LoggedEvent[]): void {
    const newRows = toRows(added, this.collapse);
    const last = this.rows[this.rows.length - 1];
    const head = newRows[0];
    if (this.collapse && last && head) {
      const lastEntry = last.kind === 'single' ? last.entry : (last.entries[last.entries.length - 1] as LoggedEvent);
      const headEntries = head.kind === 'single' ? [head.entry] : head.entries;
      const headFirst = headEntries[0] as LoggedEvent;
      if (isDeltaType(lastEntry.type) && continuesRun(lastEntry, headFirst)) {
        const previous = last.kind === 'single' ? [last.entry] : last.entries;
        this.rows[this.rows.length - 1] = {
          kind: 'run',
          key: (previous[0] as LoggedEvent).seq,
          type: lastEntry.type,
          direction: lastEntry.direction,
          entries: [...previous, ...headEntries],
        };
        newRows.shift();
      }
    }
    for (const row of newRows) this.rows.push(row);
  }
}

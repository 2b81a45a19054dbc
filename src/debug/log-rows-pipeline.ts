/**
 * Keeps the filtered, collapsed rows of the log up to date incrementally: each frame costs only the new and the
 * evicted events, not the whole 20,000-entry ring. A new filter or collapse setting rebuilds, a slice per frame:
 * the first search over a full ring stringifies every event once (about 75 ms on a slow machine), so one update
 * takes in events only until its time budget is spent and `pending` asks the caller for another frame.
 */
import { continuesRun, isDeltaType, toRows, type LogRow } from './collapse-deltas';
import { filterEvents, type EventFilter } from './event-filter';
import type { EventLogBuffer, LoggedEvent } from './event-log-buffer';

function lastSeqOf(row: LogRow): number {
  return row.kind === 'single' ? row.entry.seq : (row.entries[row.entries.length - 1] as LoggedEvent).seq;
}

/** Events taken in between two looks at the clock: small enough to stop near the budget. */
const SLICE = 256;
/** Per update: leaves most of a 16 ms frame for React and the browser. */
const DEFAULT_BUDGET_MS = 8;

export interface PipelineBudget {
  budgetMs?: number;
  now?: () => number;
}

export class LogRowsPipeline {
  private rows: LogRow[] = [];
  /** What callers hold: never mutated after it is handed out. */
  private snapshot: readonly LogRow[] = [];
  private lastSeq = 0;

  private behind = false;
  private readonly budgetMs: number;
  private readonly now: () => number;

  constructor(
    private readonly filter: EventFilter,
    private readonly collapse: boolean,
    budget: PipelineBudget = {},
  ) {
    this.budgetMs = budget.budgetMs ?? DEFAULT_BUDGET_MS;
    this.now = budget.now ?? (() => performance.now());
  }

  /** The last update ran out of time before it reached the newest event: call `update` again next frame. */
  get pending(): boolean {
    return this.behind;
  }

  /** The rows after taking in what changed in the buffer. Returns a new array when anything changed. */
  update(buffer: Pick<EventLogBuffer, 'entriesAfter' | 'oldestSeq'>): readonly LogRow[] {
    const started = this.now();
    const oldest = buffer.oldestSeq();
    let changed = this.dropBefore(oldest);
    if (this.lastSeq < oldest - 1) this.lastSeq = oldest - 1; // cleared or evicted before we saw them
    this.behind = false;
    for (;;) {
      const fresh = buffer.entriesAfter(this.lastSeq, SLICE);
      if (fresh.length === 0) break;
      this.lastSeq = (fresh[fresh.length - 1] as LoggedEvent).seq;
      const added = filterEvents(fresh, this.filter);
      if (added.length > 0) {
        this.append(added);
        changed = true;
      }
      if (fresh.length < SLICE) break;
      if (this.now() - started >= this.budgetMs) {
        this.behind = buffer.entriesAfter(this.lastSeq, 1).length > 0;
        break;
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

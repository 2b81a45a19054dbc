/** Pure: folds consecutive events of the same `*.delta` type into one row with a count. */
import type { LoggedEvent } from './event-log-buffer';
import { serverEventOf, textDeltaOf } from './event-text';

export interface SingleRow {
  kind: 'single';
  key: number;
  entry: LoggedEvent;
}

export interface DeltaRunRow {
  kind: 'run';
  key: number;
  type: string;
  direction: LoggedEvent['direction'];
  /** Events in the run, oldest first. */
  entries: readonly LoggedEvent[];
}

export type LogRow = SingleRow | DeltaRunRow;

export function isDeltaType(type: string): boolean {
  return type.endsWith('.delta');
}

export function toRows(entries: readonly LoggedEvent[], collapse: boolean): LogRow[] {
  const rows: LogRow[] = [];
  let run: LoggedEvent[] | null = null;
  const closeRun = () => {
    if (!run) return;
    const first = run[0] as LoggedEvent;
    rows.push(run.length === 1
      ? { kind: 'single', key: first.seq, entry: first }
      : { kind: 'run', key: first.seq, type: first.type, direction: first.direction, entries: run });
    run = null;
  };
  for (const entry of entries) {
    if (!collapse || !isDeltaType(entry.type)) {
      closeRun();
      rows.push({ kind: 'single', key: entry.seq, entry });
      continue;
    }
    const last: LoggedEvent | undefined = run?.[run.length - 1];
    if (run && last && continuesRun(last, entry)) run.push(entry);
    else {
      closeRun();
      run = [entry];
    }
  }
  closeRun();
  return rows;
}

/** Deltas of one type and direction, back to back, are one run. */
export function continuesRun(last: Pick<LoggedEvent, 'type' | 'direction'>, next: Pick<LoggedEvent, 'type' | 'direction'>): boolean {
  return last.type === next.type && last.direction === next.direction;
}

/** The text a run of text/transcript deltas adds up to (empty for audio or argument-less deltas). */
export function joinedDeltaText(entries: readonly LoggedEvent[]): string {
  let text = '';
  for (const entry of entries) {
    const event = serverEventOf(entry);
    text += (event && textDeltaOf(event)) ?? '';
  }
  return text;
}

/** One line of the event log: direction, time since call start, type, and a short summary. */
import type { LogRow } from './collapse-deltas';
import { joinedDeltaText } from './collapse-deltas';
import type { LoggedEvent } from './event-log-buffer';
import { errorSummary, eventSeverity } from './event-severity';
import { serverEventOf, summaryTextOf } from './event-text';
import { redactText } from '../../server-token/contract';
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';

const SUMMARY_CHARS = 120;

export function formatAtMs(atMs: number): string {
  return `${Math.round(atMs).toLocaleString('en-US')} ms`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > SUMMARY_CHARS ? `${oneLine.slice(0, SUMMARY_CHARS)}…` : oneLine;
}

function entrySummary(entry: LoggedEvent): string {
  const error = errorSummary(entry);
  if (error) return redactText(error);
  const event = serverEventOf(entry);
  return event ? summaryTextOf(event) : '';
}

export function rowSeverity(row: LogRow) {
  return row.kind === 'single' ? eventSeverity(row.entry) : 'normal';
}

interface EventRowProps {
  row: LogRow;
  selected: boolean;
  onSelect: (key: number) => void;
}

export function EventRow({ row, selected, onSelect }: EventRowProps) {
  const m = useMessages(debugMessages).events;
  const first = row.kind === 'single' ? row.entry : (row.entries[0] as LoggedEvent);
  const type = row.kind === 'single' ? row.entry.type : row.type;
  const summary = row.kind === 'single' ? entrySummary(row.entry) : joinedDeltaText(row.entries);
  const severity = rowSeverity(row);
  const arrow = first.direction === 'client' ? '↑' : '↓';
  return (
    <button
      type="button"
      className={`dbg-row dbg-row-${severity}${selected ? ' dbg-row-selected' : ''}`}
      data-severity={severity}
      aria-pressed={selected}
      onClick={() => onSelect(row.key)}
    >
      <span className={`dbg-dir dbg-dir-${first.direction}`} title={first.direction}>{arrow}</span>
      <span className="dbg-time">{formatAtMs(first.atMs)}</span>
      <span className="dbg-type">{type}</span>
      {row.kind === 'run' && <span className="dbg-count" title={m.collapsed}>×{row.entries.length}</span>}
      <span className="dbg-summary">{clip(redactText(summary))}</span>
    </button>
  );
}

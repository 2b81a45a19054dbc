/** The Events tab: toolbar (filters, pause, clear, export) over a virtualized log and the selected event. */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { LogRow } from './collapse-deltas';
import { EventDetail } from './event-detail';
import { parseTypePatterns, type EventFilter } from './event-filter';
import type { EventLogBuffer, LoggedEvent } from './event-log-buffer';
import { EventRow } from './event-row';
import { downloadLogExport } from './export-log';
import { LogRowsPipeline } from './log-rows-pipeline';
import { VirtualList } from './virtual-list';
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';

interface EventLogViewProps {
  buffer: EventLogBuffer;
  /** Injected by tests; the browser default saves a file. */
  onExport?: (entries: readonly LoggedEvent[]) => void;
}

const rowKey = (row: LogRow) => row.key;
const newestSeq = (buffer: EventLogBuffer) => buffer.oldestSeq() + buffer.length - 1;

export function EventLogView({ buffer, onExport = downloadLogExport }: EventLogViewProps) {
  const m = useMessages(debugMessages).events;
  const version = useSyncExternalStore(buffer.subscribe, buffer.getVersion, buffer.getVersion);
  const [paused, setPaused] = useState<{ rows: readonly LogRow[]; seq: number } | null>(null);
  const [client, setClient] = useState(true);
  const [server, setServer] = useState(true);
  const [includeText, setIncludeText] = useState('');
  const [excludeText, setExcludeText] = useState('');
  const [search, setSearch] = useState('');
  const [collapse, setCollapse] = useState(true);
  const [selectedKey, setSelectedKey] = useState<number | null>(null);

  const filter: EventFilter = useMemo(
    () => ({ client, server, include: parseTypePatterns(includeText), exclude: parseTypePatterns(excludeText), search }),
    [client, server, includeText, excludeText, search],
  );
  const pipeline = useMemo(() => new LogRowsPipeline(filter, collapse), [filter, collapse]);
  // A new filter over a full ring is taken in a slice per frame; `catchUp` asks for the next slice.
  const [catchUp, setCatchUp] = useState(0);
  // `version` is the change signal for the buffer that lives outside React.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const liveRows = useMemo(() => pipeline.update(buffer), [pipeline, buffer, version, catchUp]);
  useEffect(() => {
    if (!pipeline.pending) return;
    const frame = requestAnimationFrame(() => setCatchUp((n) => n + 1));
    return () => cancelAnimationFrame(frame);
  }, [pipeline, liveRows, catchUp]);
  const rows = paused?.rows ?? liveRows;
  const selected = selectedKey === null ? undefined : rows.find((row) => row.key === selectedKey);
  const waiting = paused ? newestSeq(buffer) - paused.seq : 0;

  return (
    <div className="dbg-events">
      <div className="dbg-toolbar" role="toolbar" aria-label={m.controls}>
        <label>
          <input type="checkbox" checked={client} onChange={(e) => setClient(e.target.checked)} /> {m.client}
        </label>
        <label>
          <input type="checkbox" checked={server} onChange={(e) => setServer(e.target.checked)} /> {m.server}
        </label>
        <input
          className="dbg-input"
          placeholder={m.includePlaceholder}
          aria-label={m.include}
          value={includeText}
          onChange={(e) => setIncludeText(e.target.value)}
        />
        <input
          className="dbg-input"
          placeholder={m.excludePlaceholder}
          aria-label={m.exclude}
          value={excludeText}
          onChange={(e) => setExcludeText(e.target.value)}
        />
        <input
          className="dbg-input"
          type="search"
          placeholder={m.searchPlaceholder}
          aria-label={m.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label>
          <input type="checkbox" checked={collapse} onChange={(e) => setCollapse(e.target.checked)} /> {m.collapse}
        </label>
        <button type="button" aria-pressed={paused !== null} onClick={() => setPaused(paused ? null : { rows: liveRows, seq: newestSeq(buffer) })}>
          {paused ? m.resume(waiting) : m.pause}
        </button>
        <button
          type="button"
          onClick={() => {
            buffer.clear();
            setPaused(null);
            setSelectedKey(null);
          }}
        >
          {m.clear}
        </button>
        <button type="button" onClick={() => onExport(buffer.entries())}>
          {m.export}
        </button>
        <span className="dbg-muted" aria-live="off">
          {m.counts(rows.length.toLocaleString('en-US'), buffer.length.toLocaleString('en-US'))}
        </span>
      </div>
      <VirtualList
        label={m.list}
        className="dbg-log"
        rows={rows}
        rowKey={rowKey}
        renderRow={(row) => <EventRow row={row} selected={row.key === selectedKey} onSelect={setSelectedKey} />}
      />
      {selected && <EventDetail key={selected.key} row={selected} onClose={() => setSelectedKey(null)} />}
    </div>
  );
}

/** The expanded JSON of the selected row, redacted, with a copy button. */
import { useState } from 'react';
import type { LogRow } from './collapse-deltas';
import { joinedDeltaText } from './collapse-deltas';
import type { LoggedEvent } from './event-log-buffer';
import { redactText } from '../../server-token/contract';
import { redactedJson } from './redacted-json';
import { formatAtMs } from './event-row';
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';

// A run can hold thousands of deltas; its JSON shows the latest ones.
const MAX_RUN_EVENTS_SHOWN = 200;

export function rowJson(row: LogRow): string {
  if (row.kind === 'single') return redactedJson(row.entry.event, row.entry.type);
  return redactedJson(
    row.entries.slice(-MAX_RUN_EVENTS_SHOWN).map((entry) => entry.event),
    row.type,
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function EventDetail({ row, onClose }: { row: LogRow; onClose: () => void }) {
  const m = useMessages(debugMessages).events;
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const first = row.kind === 'single' ? row.entry : (row.entries[0] as LoggedEvent);
  const json = rowJson(row);
  const text = row.kind === 'run' ? joinedDeltaText(row.entries) : '';
  return (
    <section className="dbg-detail" aria-label={m.detail}>
      <header className="dbg-detail-head">
        <strong>{row.kind === 'single' ? row.entry.type : `${row.type} ×${row.entries.length}`}</strong>
        <span className="dbg-muted">
          {first.direction} · {formatAtMs(first.atMs)}
        </span>
        <button
          type="button"
          onClick={() => void copyText(json).then((ok) => setCopied(ok ? 'copied' : 'failed'))}
        >
          {copied === 'copied' ? m.copied : copied === 'failed' ? m.copyFailed : m.copy}
        </button>
        <button type="button" onClick={onClose} aria-label={m.closeDetail}>
          ×
        </button>
      </header>
      {text && <p className="dbg-joined">{redactText(text)}</p>}
      <pre className="dbg-json" data-testid="event-json">{json}</pre>
    </section>
  );
}

/** The whole event log as one redacted JSON document, and the download that saves it. */
import type { LoggedEvent } from './event-log-buffer';
import { redactText, redactValue } from '../../server-token/contract';

export interface LogExport {
  app: 'persona-talk';
  exportedAt: string;
  count: number;
  events: { seq: number; direction: string; atMs: number; type: string; event: unknown }[];
}

export function buildLogExport(entries: readonly LoggedEvent[], now = new Date()): LogExport {
  return {
    app: 'persona-talk',
    exportedAt: now.toISOString(),
    count: entries.length,
    events: entries.map((entry) => ({
      seq: entry.seq,
      direction: entry.direction,
      atMs: Math.round(entry.atMs * 10) / 10,
      type: redactText(entry.type),
      event: redactValue(entry.event, entry.type),
    })),
  };
}

export function logExportJson(entries: readonly LoggedEvent[], now = new Date()): string {
  return JSON.stringify(buildLogExport(entries, now), null, 2);
}

export function logExportFileName(now = new Date()): string {
  return `persona-talk-events-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Browser only: saves the export as a file. */
export function downloadLogExport(entries: readonly LoggedEvent[]): void {
  const now = new Date();
  const blob = new Blob([logExportJson(entries, now)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = logExportFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

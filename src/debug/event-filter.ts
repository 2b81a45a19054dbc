/** Pure filtering of the event log: direction, include/exclude type patterns, free-text search. */
import type { LoggedEvent } from './event-log-buffer';
import { redactedJson } from './redacted-json';

export interface EventFilter {
  client: boolean;
  server: boolean;
  /** Type patterns; empty means every type. `*` matches any run of characters (`response.*`, `*.delta`). */
  include: readonly string[];
  exclude: readonly string[];
  /** Case-insensitive, matched against the type and the redacted JSON. */
  search: string;
}

export const EMPTY_FILTER: EventFilter = { client: true, server: true, include: [], exclude: [], search: '' };

/** "response.*, session.updated" → ["response.*", "session.updated"] */
export function parseTypePatterns(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const globCache = new Map<string, RegExp>();

export function typeMatches(type: string, pattern: string): boolean {
  if (!pattern.includes('*')) return type === pattern;
  let glob = globCache.get(pattern);
  if (!glob) {
    const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    glob = new RegExp(`^${source}$`);
    globCache.set(pattern, glob);
  }
  return glob.test(type);
}

// Stringifying an event is the expensive part of a search; each event is stringified once.
const searchTextCache = new WeakMap<LoggedEvent, string>();

export function searchableText(entry: LoggedEvent): string {
  let text = searchTextCache.get(entry);
  if (text === undefined) {
    text = `${entry.type}\n${redactedJson(entry.event, entry.type)}`.toLowerCase();
    searchTextCache.set(entry, text);
  }
  return text;
}

export function isFilterActive(filter: EventFilter): boolean {
  return !filter.client || !filter.server || filter.include.length > 0 || filter.exclude.length > 0 || filter.search.trim() !== '';
}

export function filterEvents(entries: readonly LoggedEvent[], filter: EventFilter): readonly LoggedEvent[] {
  if (!isFilterActive(filter)) return entries;
  const needle = filter.search.trim().toLowerCase();
  return entries.filter((entry) => {
    if (entry.direction === 'client' ? !filter.client : !filter.server) return false;
    if (filter.include.length > 0 && !filter.include.some((pattern) => typeMatches(entry.type, pattern))) return false;
    if (filter.exclude.some((pattern) => typeMatches(entry.type, pattern))) return false;
    return needle === '' || searchableText(entry).includes(needle);
  });
}

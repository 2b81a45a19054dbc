import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterEvents, parseTypePatterns, typeMatches } from '../../../src/debug/event-filter';
import type { LoggedEvent } from '../../../src/debug/event-log-buffer';
import { clientTapped, logged, serverTapped } from './tapped-events';

let seq = 0;
const server = (type: string, fields: Record<string, unknown> = {}): LoggedEvent => {
  seq++;
  return logged(seq, serverTapped(seq * 10, { type, ...fields }));
};

const log = [
  logged(++seq, clientTapped(0, { type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } })),
  server('session.updated'),
  server('response.output_audio_transcript.delta', { delta: 'Bonjour' }),
  server('response.done', { response: { status: 'failed' } }),
  server('error', { error: { message: 'bad key sk-secret1234567' } }),
];

const types = (entries: readonly LoggedEvent[]) => entries.map((e) => e.type);

describe('event filter', () => {
  it('passes everything through without a filter', () => {
    expect(filterEvents(log, EMPTY_FILTER)).toBe(log);
  });

  it('filters by direction', () => {
    expect(types(filterEvents(log, { ...EMPTY_FILTER, server: false }))).toEqual(['session.update']);
  });

  it('includes and excludes by exact type or prefix pattern', () => {
    expect(types(filterEvents(log, { ...EMPTY_FILTER, include: ['response.*'] }))).toEqual([
      'response.output_audio_transcript.delta',
      'response.done',
    ]);
    expect(types(filterEvents(log, { ...EMPTY_FILTER, include: ['session.*'], exclude: ['session.updated'] }))).toEqual([
      'session.update',
    ]);
    expect(types(filterEvents(log, { ...EMPTY_FILTER, exclude: ['*.delta', 'error'] }))).toHaveLength(3);
  });

  it('searches type and JSON, case-insensitively', () => {
    expect(types(filterEvents(log, { ...EMPTY_FILTER, search: 'bonjour' }))).toEqual(['response.output_audio_transcript.delta']);
    expect(types(filterEvents(log, { ...EMPTY_FILTER, search: 'FAILED' }))).toEqual(['response.done']);
  });

  it('does not find secrets through search (it searches the redacted JSON)', () => {
    expect(filterEvents(log, { ...EMPTY_FILTER, search: 'secret1234' })).toHaveLength(0);
  });

  it('parses pattern lists', () => {
    expect(parseTypePatterns(' response.*, session.updated  error ')).toEqual(['response.*', 'session.updated', 'error']);
    expect(typeMatches('response.done', 'response.*')).toBe(true);
    expect(typeMatches('response.done', 'response')).toBe(false);
  });
});

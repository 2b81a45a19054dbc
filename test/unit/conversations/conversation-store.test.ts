import { describe, expect, it } from 'vitest';
import { CONVERSATION_SCHEMA_VERSION, newConversationRecord, parseConversationRecord, summarise, type ConversationRecord } from '../../../src/conversations/conversation-record.ts';
import { ConversationStore } from '../../../src/conversations/conversation-store.ts';
import { ConversationWriter } from '../../../src/conversations/conversation-writer.ts';
import { withSpanEnded, withSpanTurns, withTranscript } from '../../../src/conversations/record-updates.ts';
import type { StorageFault } from '../../../src/conversations/storage-fault.ts';
import type { Persona } from '../../../src/persona/persona-schema.ts';
import { MemoryBackend } from './memory-backend.ts';

const persona: Persona = {
  name: 'Jamie Park',
  age: 34,
  role: 'Lead interviewer',
  background: 'Runs hiring for a small studio.',
  personality: 'Warm but exacting.',
  speakingStyle: 'Short questions.',
  scene: 'A video interview on a Monday morning.',
  userGoal: 'Get through a first-round interview.',
  openingLine: 'Good morning, take a seat.',
  voice: 'marin',
  language: 'en',
};

const START = Date.UTC(2026, 11, 1, 9, 0, 0);

function recordWithLines(id = 'conv_1', writer = 'tab-a'): ConversationRecord {
  const record = newConversationRecord(id, persona, writer, START);
  return withTranscript(
    record,
    [
      { id: 'a1', speaker: 'assistant', text: 'Good morning, take a seat.', status: 'final', medium: 'speech' },
      { id: 'u1', speaker: 'user', text: 'Thank you.', status: 'final', medium: 'speech' },
      { id: 'a2', speaker: 'assistant', text: 'Tell me about', status: 'interim', medium: 'speech' },
    ],
    (id) => START + (id === 'a1' ? 1_000 : 5_000),
  );
}

/** What version 1 wrote: one start/end for the whole conversation, lines without their medium. */
function version1(id: string) {
  return {
    schemaVersion: 1,
    id,
    persona,
    startedAt: START,
    endedAt: START + 60_000,
    endReason: 'ended',
    lines: [{ id: 'u1', speaker: 'user', text: 'Hello.', status: 'final', at: START + 2_000 }],
    writer: 'tab-old',
    updatedAt: START + 60_000,
  };
}

describe('conversation records', () => {
  it('keep settled lines only, in order, and update a line that changes (a cut reply learns what was heard)', () => {
    const record = recordWithLines();
    expect(record.lines.map((line) => line.id)).toEqual(['a1', 'u1']);
    expect(record.lines[0]!.at).toBe(START + 1_000);
    const cut = withTranscript(record, [{ id: 'a1', speaker: 'assistant', text: 'Good morning, take a seat.', status: 'interrupted', medium: 'speech', heard: 'Good morning' }], () => 0);
    expect(cut.lines[0]).toMatchObject({ status: 'interrupted', heard: 'Good morning', at: START + 1_000 });
    expect(cut.lines).toHaveLength(2);
    expect(withTranscript(cut, [], () => 0)).toBe(cut);
  });

  it('read version 1 as the current version: one call span, lines spoken, no figures', () => {
    const parsed = parseConversationRecord(version1('old'));
    expect(parsed.ok && parsed.migrated).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.schemaVersion).toBe(CONVERSATION_SCHEMA_VERSION);
    expect(parsed.record.spans).toEqual([{ startedAt: START, endedAt: START + 60_000, endReason: 'ended' }]);
    expect(parsed.record.lines[0]).toMatchObject({ medium: 'speech', text: 'Hello.' });
    expect(parsed.record.turns).toEqual([]);
  });

  it('refuse a newer version or a damaged value without guessing', () => {
    expect(parseConversationRecord({ ...recordWithLines(), schemaVersion: CONVERSATION_SCHEMA_VERSION + 1 })).toEqual({ ok: false, reason: 'newer_version' });
    expect(parseConversationRecord({ ...recordWithLines(), lines: 'nope' })).toEqual({ ok: false, reason: 'invalid' });
    expect(parseConversationRecord('{"id":')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('sum up for the history list: talk time over every call, lines, cost of the priced turns', () => {
    let record = withSpanEnded(recordWithLines(), 'ended', START + 90_000);
    record = withSpanTurns(record, [
      { index: 1, latencyMs: 400, inputTokens: 100, outputTokens: 50, costUsd: 0.002 },
      { index: 2, latencyMs: null, inputTokens: 0, outputTokens: 0, costUsd: null },
    ]);
    expect(summarise(record)).toMatchObject({ personaName: 'Jamie Park', durationMs: 90_000, lines: 2, costUsd: 0.002, open: false });
  });
});

describe('the conversation store', () => {
  it('lists newest first, reads old versions, and counts what it cannot read without deleting it', async () => {
    const backend = new MemoryBackend();
    const store = new ConversationStore(backend);
    await store.save(recordWithLines('conv_new'));
    backend.putRaw('old', version1('old'));
    backend.putRaw('broken', { schemaVersion: 2, id: 'broken' });
    const { records, unreadable } = await store.list();
    expect(records.map((record) => record.id)).toEqual(['conv_new', 'old']);
    expect(unreadable).toBe(1);
    expect(await backend.get('broken')).toEqual({ schemaVersion: 2, id: 'broken' });
    await expect(store.load('broken')).rejects.toMatchObject({ kind: 'unreadable' });
  });

  it('deletes one conversation with its recordings, or everything', async () => {
    const backend = new MemoryBackend();
    const store = new ConversationStore(backend);
    await store.save(recordWithLines('one'));
    await store.save(recordWithLines('two'));
    await store.saveRecording('one#0', 'one', new Blob(['x']));
    await store.delete('one');
    expect(await store.loadRecording('one#0')).toBeUndefined();
    expect((await store.list()).records.map((record) => record.id)).toEqual(['two']);
    await store.deleteAll();
    expect((await store.list()).records).toEqual([]);
  });

  it('keeps a report beside its conversation, untouched by the writer rewriting the record, and deletes it with it', async () => {
    const backend = new MemoryBackend();
    const store = new ConversationStore(backend);
    await store.save(recordWithLines('one'));
    await store.save(recordWithLines('two'));
    await store.saveReport('one', { summary: 'Went well.' });
    await store.saveReport('two', { summary: 'Second.' });
    await store.save(withSpanEnded(recordWithLines('one'), 'ended', START + 60_000));
    expect(await store.loadReport('one')).toEqual({ summary: 'Went well.' });
    expect(await store.loadReport('missing')).toBeUndefined();
    await store.delete('one');
    expect(await store.loadReport('one')).toBeUndefined();
    await store.deleteAll();
    expect(await store.loadReport('two')).toBeUndefined();
  });
});

describe('the conversation writer', () => {
  it('writes every change, coalescing the ones that arrive during a write, and reports a full store once per write', async () => {
    const backend = new MemoryBackend();
    const faults: StorageFault[] = [];
    const writer = new ConversationWriter(new ConversationStore(backend), 'tab-a', (fault) => faults.push(fault), () => 'fork', () => START + 9_000);
    writer.start(newConversationRecord('conv_w', persona, 'tab-a', START));
    writer.change((record) => withTranscript(record, [{ id: 'u1', speaker: 'user', text: 'Hi.', status: 'final', medium: 'text' }], () => START));
    await writer.settled();
    expect(parseConversationRecord(await backend.get('conv_w'))).toMatchObject({ ok: true, record: { lines: [{ id: 'u1' }] } });

    const put = backend.putUnlessTakenOver.bind(backend);
    backend.putUnlessTakenOver = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    writer.change((record) => withSpanEnded(record, 'ended', START + 8_000));
    await writer.settled();
    expect(faults.map((fault) => fault.kind)).toEqual(['quota']);
    // What was saved stays saved; the writer still holds the latest and writes it once storage is back.
    expect(parseConversationRecord(await backend.get('conv_w'))).toMatchObject({ ok: true, record: { spans: [{ endedAt: null }] } });
    expect(writer.current?.spans[0]?.endedAt).toBe(START + 8_000);
    backend.putUnlessTakenOver = put;
    writer.change((record) => withTranscript(record, [{ id: 'a1', speaker: 'assistant', text: 'Hello.', status: 'final', medium: 'speech' }], () => START));
    await writer.settled();
    expect(parseConversationRecord(await backend.get('conv_w'))).toMatchObject({ ok: true, record: { spans: [{ endedAt: START + 8_000 }] } });
  });

  it('keeps its copy as a new conversation when another tab has taken the conversation over', async () => {
    const backend = new MemoryBackend();
    const store = new ConversationStore(backend);
    const faults: string[] = [];
    const writer = new ConversationWriter(store, 'tab-a', (fault) => faults.push(fault.kind), () => 'conv_fork');
    writer.start(recordWithLines('shared', 'tab-a'));
    await writer.settled();
    // Tab B continues the same conversation and writes it as its own.
    await store.save({ ...recordWithLines('shared', 'tab-b'), writer: 'tab-b' }, true);
    writer.change((record) => withSpanEnded(record, 'ended', START + 1));
    await writer.settled();
    expect(faults).toEqual(['other_tab']);
    expect(writer.current?.id).toBe('conv_fork');
    expect((await store.load('shared'))?.writer).toBe('tab-b');
    expect((await store.load('conv_fork'))?.spans[0]?.endedAt).toBe(START + 1);
  });
});

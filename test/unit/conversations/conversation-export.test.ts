import { describe, expect, it } from 'vitest';
import { conversationJson, conversationMarkdown, exportFileName, EXPORT_FORMAT } from '../../../src/conversations/conversation-export.ts';
import { newConversationRecord, parseConversationRecord } from '../../../src/conversations/conversation-record.ts';
import { conversationMessagesEn, conversationMessagesKo } from '../../../src/conversations/messages.ts';
import { withSpanEnded, withSpanTurns, withTranscript } from '../../../src/conversations/record-updates.ts';
import type { Persona } from '../../../src/persona/persona-schema.ts';

const persona: Persona = {
  name: '박말순',
  age: 74,
  role: 'Fish seller at a Busan market',
  background: 'Has sold fish for fifty years.',
  personality: 'Brisk and kind.',
  speakingStyle: 'Short, warm sentences.',
  scene: 'Early morning at the market.',
  userGoal: 'Buy two mackerel for dinner.',
  openingLine: '어서 와요.',
  voice: 'marin',
  language: 'ko',
};
const START = Date.UTC(2026, 11, 1, 9, 0, 0);

function record() {
  let r = newConversationRecord('conv_x', persona, 'tab', START);
  r = withTranscript(
    r,
    [
      { id: 'a1', speaker: 'assistant', text: '어서 와요. 오늘 고등어 좋아요.', status: 'interrupted', medium: 'speech', heard: '어서 와요.' },
      { id: 'u1', speaker: 'user', text: '# Two *mackerel*, please\nand quickly', status: 'final', medium: 'text' },
    ],
    () => START + 1_000,
  );
  r = withSpanTurns(r, [{ index: 1, latencyMs: 420, inputTokens: 300, outputTokens: 120, costUsd: 0.0031 }]);
  return withSpanEnded(r, 'ended', START + 65_000);
}

describe('exports', () => {
  it('JSON: format and schema version, the record without the tab bookkeeping, readable back as a record', () => {
    const exported = JSON.parse(conversationJson(record(), START + 70_000));
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: 2, exportedAt: '2026-12-01T09:01:10.000Z' });
    expect(exported.conversation.writer).toBeUndefined();
    expect(exported.conversation.lines).toHaveLength(2);
    const back = parseConversationRecord({ ...exported.conversation, schemaVersion: exported.schemaVersion, writer: 'import' });
    expect(back.ok).toBe(true);
  });

  it('Markdown: a persona header, then one paragraph per line that cannot break the layout', () => {
    const text = conversationMarkdown(record(), conversationMessagesEn, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Conversation with 박말순');
    expect(lines[2]).toContain('1:05');
    expect(lines[2]).toContain('$0.0031');
    expect(text).toContain('> **Scene:** Early morning at the market.');
    expect(text).toMatch(/\*\*박말순\*\* \([^)]+\): 어서 와요\. 오늘 고등어 좋아요\. _\(interrupted; heard: “어서 와요\.”\)_/);
    expect(text).toMatch(/\*\*You\*\* \([^)]+\): \\# Two \\\*mackerel\\\*, please and quickly _\(typed\)_/);
  });

  it('Markdown in Korean uses the Korean words', () => {
    const text = conversationMarkdown(record(), conversationMessagesKo, 'ko');
    expect(text.split('\n')[0]).toBe('# 박말순 님과의 대화');
    expect(text).toContain('**나**');
    expect(text).toContain('중단됨');
  });

  it('names files after the persona and the start', () => {
    expect(exportFileName(record(), 'md')).toBe('박말순-2026-12-01-09-00.md');
  });
});

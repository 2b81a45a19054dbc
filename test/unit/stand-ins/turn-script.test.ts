import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPT, ScriptCursor, normalizeScript, openingLineOf } from '../../stand-ins/openai-realtime/turn-script.ts';

describe('openingLineOf', () => {
  it('finds a quoted opening line in straight or curly quotes', () => {
    expect(openingLineOf('Role: recruiter.\nOpening line: "Good morning, take a seat."\nBe kind.')).toBe('Good morning, take a seat.');
    expect(openingLineOf('Start with this opening line — “반갑습니다.”')).toBe('반갑습니다.');
    expect(openingLineOf('No first line here.')).toBeNull();
    expect(openingLineOf(undefined)).toBeNull();
  });
});

describe('ScriptCursor', () => {
  it('cycles replies and user transcripts in order', () => {
    const cursor = new ScriptCursor(() => normalizeScript({ userTranscripts: ['one', 'two'], replies: [{ text: 'A' }, { text: 'B', audio: 'reply-en-2' }] }));
    expect([cursor.nextUserTranscript(), cursor.nextUserTranscript(), cursor.nextUserTranscript()]).toEqual(['one', 'two', 'one']);
    expect(cursor.nextReply('en')).toEqual({ text: 'A', audio: 'reply-en-1' });
    expect(cursor.nextReply('en')).toEqual({ text: 'B', audio: 'reply-en-2' });
    expect(cursor.nextReply('en').text).toBe('A');
  });

  it('picks Korean audio for Hangul text or a Korean session, and lets an opening line jump the queue', () => {
    const cursor = new ScriptCursor(() => DEFAULT_SCRIPT);
    expect(cursor.nextReply(undefined, '안녕하세요')).toEqual({ text: '안녕하세요', audio: 'reply-ko-1' });
    expect(cursor.nextReply('ko', 'Hello')).toEqual({ text: 'Hello', audio: 'reply-ko-1' });
    expect(cursor.nextReply('en')).toEqual(DEFAULT_SCRIPT.replies[0]);
  });

  it('reads the current script each time, so setScript applies mid-call', () => {
    let script = normalizeScript({ replies: [{ text: 'first' }] });
    const cursor = new ScriptCursor(() => script);
    expect(cursor.nextReply('en').text).toBe('first');
    script = normalizeScript({ replies: [{ text: 'x' }, { text: 'second' }] });
    expect(cursor.nextReply('en').text).toBe('second');
  });
});

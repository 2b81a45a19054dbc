import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../stand-ins/openai-realtime/opus-audio.ts';
import { CALLER_LINES, REPLY_BANK, SPEECH_FIXTURES, closestFixture } from '../../stand-ins/openai-realtime/reply-bank.ts';
import { ScriptCursor, openingLineOf } from '../../stand-ins/openai-realtime/turn-script.ts';

describe('openingLineOf', () => {
  it('finds a quoted opening line in straight or curly quotes', () => {
    expect(openingLineOf('Role: recruiter.\nOpening line: "Good morning, take a seat."\nBe kind.')).toBe('Good morning, take a seat.');
    expect(openingLineOf('Start with this opening line — “반갑습니다.”')).toBe('반갑습니다.');
    expect(openingLineOf('No first line here.')).toBeNull();
    expect(openingLineOf(undefined)).toBeNull();
  });
});

describe('ScriptCursor with a script', () => {
  it('cycles scripted replies and user transcripts in order, whatever the language', () => {
    const cursor = new ScriptCursor(() => ({ userTranscripts: ['one', 'two'], replies: [{ text: 'A' }, { text: 'B', audio: 'reply-en-2' }] }));
    expect([cursor.nextUserTranscript('ko'), cursor.nextUserTranscript('en'), cursor.nextUserTranscript('en')]).toEqual(['one', 'two', 'one']);
    expect(cursor.nextReply({ language: 'ko' })).toEqual({ text: 'A', audio: closestFixture('A') });
    expect(cursor.nextReply({ language: 'en' })).toEqual({ text: 'B', audio: 'reply-en-2' });
    expect(cursor.nextReply({ language: 'en' }).text).toBe('A');
  });

  it('reads the current script each time, so setScript applies mid-call', () => {
    let script = { replies: [{ text: 'first' }] };
    const cursor = new ScriptCursor(() => script);
    expect(cursor.nextReply({ language: 'en' }).text).toBe('first');
    script = { replies: [{ text: 'x' }, { text: 'second' }] };
    expect(cursor.nextReply({ language: 'en' }).text).toBe('second');
  });
});

describe('ScriptCursor without a script: the per-language banks', () => {
  it('replies in the persona language, every bank reply before any repeats, with the audio of that text', () => {
    const cursor = new ScriptCursor(() => ({}), 7);
    const korean = REPLY_BANK.ko.map(() => cursor.nextReply({ language: 'ko' }));
    expect(new Set(korean.map((r) => r.text))).toEqual(new Set(REPLY_BANK.ko.map((r) => r.text)));
    for (const reply of korean) expect(REPLY_BANK.ko).toContainEqual(reply);
    expect(REPLY_BANK.en).toContainEqual(cursor.nextReply({ language: 'en' }));
  });

  it('hears the caller in the transcription language, in a seeded order', () => {
    const run = (seed: number) => {
      const cursor = new ScriptCursor(() => ({}), seed);
      return [0, 1, 2, 3].map(() => cursor.nextUserTranscript('ko'));
    };
    expect(new Set(run(1))).toEqual(new Set(CALLER_LINES.ko));
    expect(run(1)).toEqual(run(1));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => run(seed).join('|')));
    expect(orders.size).toBeGreaterThan(1);
    expect(CALLER_LINES.en).toContain(new ScriptCursor(() => ({}), 1).nextUserTranscript('en'));
  });

  it('says the opening line with audio in its own language, without using up a reply', () => {
    const cursor = new ScriptCursor(() => ({}));
    expect(cursor.nextReply({ language: 'ko', openingLine: '어서 오세요. 뭐 드릴까요?' }).audio).toMatch(/^reply-ko-/);
    expect(cursor.nextReply({ language: 'ko', openingLine: 'Hello' }).audio).toMatch(/^reply-en-/);
    const first = cursor.nextReply({ language: 'ko' });
    expect(REPLY_BANK.ko).toContainEqual(first);
  });
});

describe('speech fixtures', () => {
  it('exist for every text, and a text that a fixture speaks gets exactly that fixture', () => {
    for (const fixture of [...SPEECH_FIXTURES.en, ...SPEECH_FIXTURES.ko]) {
      expect(existsSync(fixturePath(fixture.audio))).toBe(true);
      expect(closestFixture(fixture.text)).toBe(fixture.audio);
    }
    expect(closestFixture('Hm.')).toBe('reply-en-5'); // the shortest English line
  });
});

import { describe, expect, it } from 'vitest';
import { buildCallContext, contextItems, continuingInstructions, isContextItemId, MAX_CONTEXT_TURNS, type EarlierTurn } from '../../../src/call/call-context.ts';
import { emptyTranscript, earlierTurns, markCut, transcriptReducer } from '../../../src/call/transcript-reducer.ts';
import type { ServerEvent } from '../../../src/call/server-events.ts';
import { validateClientEvent } from '../../support/realtime-schema.ts';

const turns = (n: number): EarlierTurn[] =>
  Array.from({ length: n }, (_, i) => ({ speaker: i % 2 ? 'user' : 'assistant', text: `Turn ${i + 1}.` }));

describe('the context of a conversation that carries on', () => {
  it('sends a short conversation word for word, with nothing folded', () => {
    const context = buildCallContext([...turns(4), { speaker: 'user', text: '   ' }]);
    expect(context.turns).toHaveLength(4);
    expect(context.summary).toBe('');
    expect(continuingInstructions('Be Jamie.', context)).not.toMatch(/summary/);
  });

  it('keeps the last turns as items and folds the oldest into the instructions', () => {
    const context = buildCallContext(turns(MAX_CONTEXT_TURNS + 6));
    expect(context.turns).toHaveLength(MAX_CONTEXT_TURNS);
    expect(context.turns[0]!.text).toBe('Turn 7.');
    expect(context.summary.split('\n')).toEqual(['You: Turn 1.', 'User: Turn 2.', 'You: Turn 3.', 'User: Turn 4.', 'You: Turn 5.', 'User: Turn 6.']);
    expect(continuingInstructions('Be Jamie.', context)).toContain('You: Turn 1.');
  });

  it('bounds what is sent: long turns are clipped and the summary stays short', () => {
    const long = Array.from({ length: 200 }, (_, i) => ({ speaker: 'user' as const, text: `${'word '.repeat(400)}${i}` }));
    const context = buildCallContext(long);
    expect(Math.max(...context.turns.map((turn) => turn.text.length))).toBeLessThanOrEqual(1_000);
    expect(context.summary.length).toBeLessThanOrEqual(1_500);
  });

  it('makes text items with ids the transcript knows not to show twice', () => {
    const items = contextItems(buildCallContext(turns(2)), '3');
    expect(items).toEqual([
      { type: 'conversation.item.create', item: { id: 'ctx_3_0', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Turn 1.' }] } },
      { type: 'conversation.item.create', item: { id: 'ctx_3_1', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Turn 2.' }] } },
    ]);
    expect(isContextItemId('ctx_3_0')).toBe(true);
    const echoed = transcriptReducer(emptyTranscript, { type: 'conversation.item.added', item: items[0]!.item, previous_item_id: null } as unknown as ServerEvent);
    expect(echoed).toBe(emptyTranscript);
  });

  it('takes a cut-off reply as far as it was heard', () => {
    let state = transcriptReducer(emptyTranscript, {
      type: 'conversation.item.done',
      item: { id: 'a1', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_audio', transcript: 'One two three four.' }] },
    } as unknown as ServerEvent);
    state = markCut(state, 'a1', 'One two');
    expect(earlierTurns(state)).toEqual([{ speaker: 'assistant', text: 'One two' }]);
  });
});

describe('what a continuing session is sent', () => {
  it('keeps how the conversation began and what led into the recent turns when the summary is full', () => {
    const many = Array.from({ length: MAX_CONTEXT_TURNS + 60 }, (_, i) => ({
      speaker: (i % 2 ? 'user' : 'assistant') as 'user' | 'assistant',
      text: `Turn ${i + 1}: ${'words '.repeat(20)}`,
    }));
    const { summary, turns: recent } = buildCallContext(many);
    const lines = summary.split('\n');
    expect(summary.length).toBeLessThanOrEqual(1_500);
    expect(lines[0]).toMatch(/^You: Turn 1:/);
    expect(lines[1]).toMatch(/^User: Turn 2:/);
    expect(lines[2]).toBe('…');
    // The last folded turn is the one just before the first verbatim one.
    expect(lines.at(-1)).toMatch(/^User: Turn 60:/);
    expect(recent[0]!.text).toMatch(/^Turn 61:/);
  });

  it('tells the persona not to open again, and puts the summary after its own instructions', () => {
    const text = continuingInstructions('Be Jamie.', buildCallContext(turns(MAX_CONTEXT_TURNS + 2)));
    expect(text.startsWith('Be Jamie.\n')).toBe(true);
    expect(text).toContain('Do not greet the user or say your opening line again');
    expect(text.indexOf('Do not greet')).toBeLessThan(text.indexOf('You: Turn 1.'));
  });

  it('sends items the official schema accepts: user input_text, assistant output_text', () => {
    for (const event of contextItems(buildCallContext(turns(3)), '7')) expect(validateClientEvent(event)).toBeNull();
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../src/call/transcript-reducer.ts';
import { useTranscriptStore } from '../../../src/call/transcript-store.ts';
import { TranscriptView } from '../../../src/call/transcript-view.tsx';

const line = (id: string, speaker: TranscriptLine['speaker'], text: string, status: TranscriptLine['status'] = 'final'): TranscriptLine =>
  ({ id, speaker, text, status, medium: 'speech' });

describe('TranscriptView', () => {
  afterEach(() => {
    cleanup();
    act(() => useTranscriptStore.getState().reset());
  });

  it('shows the lines with the same hooks as TranscriptView, and redraws only the line that changed', () => {
    const first = [line('a', 'assistant', 'Hi, welcome.'), line('b', 'user', 'A flat white, please.'), line('c', 'assistant', 'Coming', 'interim')];
    act(() => useTranscriptStore.getState().restore(first));
    render(<TranscriptView personaName="Jamie" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.dataset.speaker)).toEqual(['assistant', 'user', 'assistant']);
    expect(items[0]).toHaveTextContent('JamieHi, welcome.');
    expect(items[1]).toHaveTextContent('YouA flat white, please.');

    const before = items.map((item) => item.textContent);
    act(() => useTranscriptStore.getState().restore([first[0]!, first[1]!, line('c', 'assistant', 'Coming right up.')]));
    const after = screen.getAllByRole('listitem');
    expect(after[2]).toHaveTextContent('Coming right up.');
    expect(after[2]).toHaveAttribute('data-status', 'final');
    expect(after.slice(0, 2).map((item) => item.textContent)).toEqual(before.slice(0, 2));
  });

  it('says it is empty before the first line', () => {
    const { container } = render(<TranscriptView personaName={null} />);
    expect(container.querySelector('.transcript-empty')).toBeInTheDocument();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});

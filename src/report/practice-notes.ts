import { create } from 'zustand';
import { useCallStore } from '../call/call-store';
import type { Correction } from './report-schema';

/**
 * The paragraph "Practice again" adds to the next call's instructions (read by app/persona-bridge.ts), so the
 * persona gives the learner chances to use the corrections. It is for one call: cleared when that call is over.
 */
export const usePracticeNotes = create<{ notes: string | null }>()(() => ({ notes: null }));

export function practiceNotesFor(corrections: readonly Pick<Correction, 'quote' | 'better'>[], focus: string): string {
  const lines = [
    'Practice round: in an earlier call with you the learner made the mistakes below. Without mentioning any report or correcting them outright, steer the conversation so they get natural chances to use the better phrasing, and if they do, carry on warmly.',
    ...corrections.map((c) => `- Instead of "${c.quote}", they are practising: "${c.better}"`),
  ];
  if (focus.trim()) lines.push(`Their focus for this call: ${focus.trim()}`);
  return lines.join('\n');
}

let watching = false;

export function armPracticeNotes(notes: string): void {
  usePracticeNotes.setState({ notes });
  if (watching) return;
  watching = true;
  useCallStore.subscribe((state, previous) => {
    const over = (state.status === 'ended' || state.status === 'failed') && previous.status !== state.status;
    if (over && usePracticeNotes.getState().notes !== null) usePracticeNotes.setState({ notes: null });
  });
}

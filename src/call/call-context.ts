import type { ConversationItemCreateEvent } from 'openai/resources/realtime/realtime';

/** One settled line of an earlier part of the conversation, as the user saw (and heard) it. */
export interface EarlierTurn {
  speaker: 'user' | 'assistant';
  text: string;
}

/** What a new session needs to carry on a conversation instead of starting it. */
export interface CallContext {
  /** The most recent turns, sent as conversation items before the first response. */
  turns: readonly EarlierTurn[];
  /** The older turns, folded into a few lines for the instructions; empty when nothing was folded. */
  summary: string;
}

/**
 * The recent turns go in word for word; older ones are folded. Every turn in the conversation is input tokens
 * again on every response, so a long conversation is cut at the last 24 turns (about ten minutes of talk), and
 * the summary keeps the gist of the rest in at most 1,500 characters (each turn clipped to 160): all of them when
 * they fit, else the first two and as many of the latest as fit.
 */
export const MAX_CONTEXT_TURNS = 24;
const MAX_TURN_CHARS = 1_000;
const MAX_SUMMARY_CHARS = 1_500;
const SUMMARY_LINE_CHARS = 160;
const SUMMARY_OPENING_TURNS = 2;
const GAP = '…';

export function buildCallContext(turns: readonly EarlierTurn[]): CallContext {
  const said = turns.filter((turn) => turn.text.trim() !== '');
  const recent = said.slice(-MAX_CONTEXT_TURNS).map((turn) => ({ ...turn, text: clip(turn.text.trim(), MAX_TURN_CHARS) }));
  const older = said.slice(0, Math.max(0, said.length - MAX_CONTEXT_TURNS));
  return { turns: recent, summary: summarise(older) };
}

/**
 * When the older turns do not all fit, the middle goes: the first turns say how the conversation was set up, the
 * ones just before the verbatim window lead into it; a "…" line marks the gap.
 */
function summarise(turns: readonly EarlierTurn[]): string {
  const lines = turns.map((turn) => `${turn.speaker === 'user' ? 'User' : 'You'}: ${clip(turn.text.trim(), SUMMARY_LINE_CHARS)}`);
  const size = (parts: readonly string[]) => parts.reduce((sum, line) => sum + line.length + 1, 0);
  if (size(lines) <= MAX_SUMMARY_CHARS) return lines.join('\n');
  const head = lines.slice(0, SUMMARY_OPENING_TURNS);
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= head.length; i--) {
    if (size(head) + size(tail) + lines[i]!.length + 1 + GAP.length + 1 > MAX_SUMMARY_CHARS) break;
    tail.unshift(lines[i]!);
  }
  return [...head, GAP, ...tail].join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The instructions for a session that continues: the persona's own, then what happened so far. */
export function continuingInstructions(instructions: string, context: CallContext): string {
  const parts = [
    instructions,
    '',
    'This conversation is already under way and continues now after a break in the connection. Do not greet the user or say your opening line again: carry on from the last turn, in character.',
  ];
  if (context.summary) parts.push('', 'Earlier in the conversation (summary of the oldest turns):', context.summary);
  return parts.join('\n');
}

/** Items the page sends to restore the context; the transcript already shows them, so it skips their echo. */
export const CONTEXT_ITEM_PREFIX = 'ctx_';

export function isContextItemId(id: string | undefined): boolean {
  return id?.startsWith(CONTEXT_ITEM_PREFIX) ?? false;
}

/** The turns as `conversation.item.create` events, text content, in order; `tag` keeps ids unique per call. */
export function contextItems(context: CallContext, tag: string): ConversationItemCreateEvent[] {
  return context.turns.map((turn, index) => {
    const id = `${CONTEXT_ITEM_PREFIX}${tag}_${index}`;
    return {
      type: 'conversation.item.create',
      item:
        turn.speaker === 'user'
          ? { id, type: 'message', role: 'user', content: [{ type: 'input_text', text: turn.text }] }
          : { id, type: 'message', role: 'assistant', content: [{ type: 'output_text', text: turn.text }] },
    };
  });
}

/**
 * Builds the visible transcript from Realtime server events. Lines are keyed by item id and kept in
 * conversation order (an item is placed after its `previous_item_id`), so asynchronous user
 * transcriptions land where the user actually spoke, not where the text happened to arrive.
 */
import type { ConversationItem, ResponseDoneEvent } from 'openai/resources/realtime/realtime';
import { isContextItemId, type EarlierTurn } from './call-context';
import type { ServerEvent } from './server-events';

export type Speaker = 'user' | 'assistant';
export type LineStatus = 'interim' | 'final' | 'interrupted' | 'failed';

export interface TranscriptLine {
  id: string;
  speaker: Speaker;
  text: string;
  status: LineStatus;
  /** How the words reached us: spoken (audio transcript) or written (text input / text output). */
  medium: 'speech' | 'text';
  /** For a reply cut off while it played: the part the user heard (estimated), when it is shorter than `text`. */
  heard?: string;
}

export interface TranscriptState {
  order: readonly string[];
  lines: Readonly<Record<string, TranscriptLine>>;
}

export const emptyTranscript: TranscriptState = { order: [], lines: {} };

type Item = ConversationItem;

/** Message items carry text or an audio transcript per content part, whichever role wrote them. */
interface ContentPart {
  type?: string;
  text?: string | null;
  transcript?: string | null;
}

function contentText(item: Item): { text: string; medium: 'speech' | 'text' } {
  const content: readonly ContentPart[] = item.type === 'message' ? item.content : [];
  let text = '';
  let medium: 'speech' | 'text' = 'speech';
  for (const part of content) {
    if (part.type === 'input_text' || part.type === 'output_text' || part.type === 'text') {
      medium = 'text';
      text += part.text ?? '';
    } else {
      text += part.transcript ?? '';
    }
  }
  return { text, medium };
}

function insertAfter(order: readonly string[], id: string, previousId: string | null | undefined): string[] {
  if (order.includes(id)) return [...order];
  const at = typeof previousId === 'string' ? order.indexOf(previousId) : -1;
  if (at < 0) return [...order, id];
  return [...order.slice(0, at + 1), id, ...order.slice(at + 1)];
}

function upsert(
  state: TranscriptState,
  id: string,
  make: () => TranscriptLine,
  change: (line: TranscriptLine) => TranscriptLine,
  previousId?: string | null,
): TranscriptState {
  const existing = state.lines[id];
  const next = change(existing ?? make());
  if (existing && existing === next) return state;
  return {
    order: existing ? state.order : insertAfter(state.order, id, previousId),
    lines: { ...state.lines, [id]: next },
  };
}

const settled = (status: LineStatus) => status === 'interrupted' || status === 'failed';

function onItem(state: TranscriptState, item: Item, previousId: string | null | undefined, done: boolean): TranscriptState {
  if (!item.id || isContextItemId(item.id) || item.type !== 'message' || (item.role !== 'user' && item.role !== 'assistant')) return state;
  const speaker: Speaker = item.role;
  const id = item.id;
  const { text, medium } = contentText(item);
  return upsert(
    state,
    id,
    () => ({ id, speaker, text: '', status: 'interim', medium }),
    (line) => {
      const finalText = text || line.text;
      // A user's typed message is final as soon as it exists; spoken turns wait for their transcript.
      const isFinal = done ? Boolean(text) || speaker === 'assistant' : medium === 'text' && Boolean(text);
      if (settled(line.status)) return finalText === line.text ? line : { ...line, text: finalText };
      return { ...line, text: finalText, medium, status: isFinal ? 'final' : line.status };
    },
    previousId,
  );
}

function appendDelta(state: TranscriptState, itemId: string, delta: string, speaker: Speaker, medium: 'speech' | 'text') {
  if (typeof itemId !== 'string' || typeof delta !== 'string') return state;
  return upsert(
    state,
    itemId,
    () => ({ id: itemId, speaker, text: '', status: 'interim', medium }),
    (line) => (line.status === 'final' || line.status === 'failed' ? line : { ...line, text: line.text + delta, medium }),
  );
}

function finish(state: TranscriptState, itemId: string, text: string, speaker: Speaker, medium: 'speech' | 'text') {
  if (typeof itemId !== 'string' || typeof text !== 'string') return state;
  return upsert(
    state,
    itemId,
    () => ({ id: itemId, speaker, text: '', status: 'interim', medium }),
    (line) => (settled(line.status) ? { ...line, text: text || line.text } : { ...line, text, medium, status: 'final' }),
  );
}

function markResponse(state: TranscriptState, response: ResponseDoneEvent['response'] | undefined): TranscriptState {
  const status = response?.status;
  if (status !== 'cancelled' && status !== 'failed' && status !== 'incomplete') return state;
  const mark: LineStatus = status === 'failed' ? 'failed' : 'interrupted';
  let next = state;
  for (const item of response?.output ?? []) {
    const line = item.id ? next.lines[item.id] : undefined;
    if (!line) continue;
    next = upsert(next, line.id, () => line, (current) => ({ ...current, status: mark }));
  }
  return next;
}

// The server's fields are trusted as the SDK trusts them, except that a line never breaks on a missing one.
export function transcriptReducer(state: TranscriptState, event: ServerEvent): TranscriptState {
  switch (event.type) {
    case 'conversation.item.added':
      return event.item ? onItem(state, event.item, event.previous_item_id, false) : state;
    case 'conversation.item.done':
      return event.item ? onItem(state, event.item, event.previous_item_id, true) : state;
    case 'conversation.item.input_audio_transcription.delta':
      return appendDelta(state, event.item_id, event.delta ?? '', 'user', 'speech');
    case 'conversation.item.input_audio_transcription.completed':
      return finish(state, event.item_id, event.transcript, 'user', 'speech');
    case 'conversation.item.input_audio_transcription.failed': {
      const line = state.lines[event.item_id];
      if (!line) return state;
      return upsert(state, line.id, () => line, (current) => ({ ...current, status: 'failed' }));
    }
    case 'response.output_audio_transcript.delta':
      return appendDelta(state, event.item_id, event.delta, 'assistant', 'speech');
    case 'response.output_audio_transcript.done':
      return finish(state, event.item_id, event.transcript, 'assistant', 'speech');
    case 'response.output_text.delta':
      return appendDelta(state, event.item_id, event.delta, 'assistant', 'text');
    case 'response.output_text.done':
      return finish(state, event.item_id, event.text, 'assistant', 'text');
    case 'response.done':
      return markResponse(state, event.response);
    default:
      return state;
  }
}

/** A reply whose audio was cut off: interrupted, and only `heard` of it was said. */
export function markCut(state: TranscriptState, itemId: string, heard: string): TranscriptState {
  const line = state.lines[itemId];
  if (!line || line.speaker !== 'assistant') return state;
  const cut: TranscriptLine = { ...line, status: line.status === 'failed' ? 'failed' : 'interrupted' };
  if (heard.length < line.text.length) cut.heard = heard;
  return { order: state.order, lines: { ...state.lines, [itemId]: cut } };
}

/** A transcript brought back from storage: the lines as they were, in their order (later duplicates dropped). */
export function restoredTranscript(lines: readonly TranscriptLine[]): TranscriptState {
  const byId: Record<string, TranscriptLine> = {};
  const order: string[] = [];
  for (const line of lines) {
    if (byId[line.id]) continue;
    byId[line.id] = line;
    order.push(line.id);
  }
  return { order, lines: byId };
}

export function transcriptLines(state: TranscriptState): TranscriptLine[] {
  return state.order.map((id) => state.lines[id]!).filter((line) => line.text || line.status === 'interim' || line.status === 'failed');
}

/** The settled lines, as context for a session that carries the conversation on (a cut reply as far as it was heard). */
export function earlierTurns(state: TranscriptState): EarlierTurn[] {
  return transcriptLines(state)
    .filter((line) => line.status === 'final' || line.status === 'interrupted')
    .map((line) => ({ speaker: line.speaker, text: line.heard ?? line.text }));
}

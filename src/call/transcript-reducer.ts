/**
 * Builds the visible transcript from Realtime server events. Lines are keyed by item id and kept in
 * conversation order (an item is placed after its `previous_item_id`), so asynchronous user
 * transcriptions land where the user actually spoke, not where the text happened to arrive.
 */
export type Speaker = 'user' | 'assistant';
export type LineStatus = 'interim' | 'final' | 'interrupted' | 'failed';

export interface TranscriptLine {
  id: string;
  speaker: Speaker;
  text: string;
  status: LineStatus;
  /** How the words reached us: spoken (audio transcript) or written (text input / text output). */
  medium: 'speech' | 'text';
}

export interface TranscriptState {
  order: readonly string[];
  lines: Readonly<Record<string, TranscriptLine>>;
}

export const emptyTranscript: TranscriptState = { order: [], lines: {} };

interface ContentPart {
  type?: string;
  text?: string | null;
  transcript?: string | null;
}
interface ItemLike {
  id?: string;
  type?: string;
  role?: string;
  status?: string;
  content?: ContentPart[];
}
type AnyEvent = { type?: unknown } & Record<string, unknown>;

function contentText(item: ItemLike): { text: string; medium: 'speech' | 'text' } {
  let text = '';
  let medium: 'speech' | 'text' = 'speech';
  for (const part of item.content ?? []) {
    if (part.type === 'input_text' || part.type === 'output_text' || part.type === 'text') {
      medium = 'text';
      text += part.text ?? '';
    } else {
      text += part.transcript ?? '';
    }
  }
  return { text, medium };
}

function insertAfter(order: readonly string[], id: string, previousId: unknown): string[] {
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
  previousId?: unknown,
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

function onItem(state: TranscriptState, item: ItemLike, previousId: unknown, done: boolean): TranscriptState {
  if (!item.id || item.type !== 'message' || (item.role !== 'user' && item.role !== 'assistant')) return state;
  const speaker: Speaker = item.role;
  const { text, medium } = contentText(item);
  return upsert(
    state,
    item.id,
    () => ({ id: item.id!, speaker, text: '', status: 'interim', medium }),
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

function appendDelta(state: TranscriptState, itemId: unknown, delta: unknown, speaker: Speaker, medium: 'speech' | 'text') {
  if (typeof itemId !== 'string' || typeof delta !== 'string') return state;
  return upsert(
    state,
    itemId,
    () => ({ id: itemId, speaker, text: '', status: 'interim', medium }),
    (line) => (line.status === 'final' || line.status === 'failed' ? line : { ...line, text: line.text + delta, medium }),
  );
}

function finish(state: TranscriptState, itemId: unknown, text: unknown, speaker: Speaker, medium: 'speech' | 'text') {
  if (typeof itemId !== 'string' || typeof text !== 'string') return state;
  return upsert(
    state,
    itemId,
    () => ({ id: itemId, speaker, text: '', status: 'interim', medium }),
    (line) => (settled(line.status) ? { ...line, text: text || line.text } : { ...line, text, medium, status: 'final' }),
  );
}

function markResponse(state: TranscriptState, response: Record<string, unknown> | undefined): TranscriptState {
  const status = response?.status;
  if (status !== 'cancelled' && status !== 'failed' && status !== 'incomplete') return state;
  const output = Array.isArray(response?.output) ? (response.output as ItemLike[]) : [];
  let next = state;
  for (const item of output) {
    if (!item.id || !next.lines[item.id]) continue;
    const mark: LineStatus = status === 'failed' ? 'failed' : 'interrupted';
    next = upsert(next, item.id, () => next.lines[item.id!]!, (line) => ({ ...line, status: mark }));
  }
  return next;
}

export function transcriptReducer(state: TranscriptState, event: AnyEvent): TranscriptState {
  switch (event.type) {
    case 'conversation.item.added':
      return onItem(state, (event.item ?? {}) as ItemLike, event.previous_item_id, false);
    case 'conversation.item.done':
      return onItem(state, (event.item ?? {}) as ItemLike, event.previous_item_id, true);
    case 'conversation.item.input_audio_transcription.delta':
      return appendDelta(state, event.item_id, event.delta, 'user', 'speech');
    case 'conversation.item.input_audio_transcription.completed':
      return finish(state, event.item_id, event.transcript, 'user', 'speech');
    case 'conversation.item.input_audio_transcription.failed': {
      const id = event.item_id;
      if (typeof id !== 'string' || !state.lines[id]) return state;
      return upsert(state, id, () => state.lines[id]!, (line) => ({ ...line, status: 'failed' }));
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
      return markResponse(state, event.response as Record<string, unknown> | undefined);
    default:
      return state;
  }
}

export function transcriptLines(state: TranscriptState): TranscriptLine[] {
  return state.order.map((id) => state.lines[id]!).filter((line) => line.text || line.status === 'interim' || line.status === 'failed');
}

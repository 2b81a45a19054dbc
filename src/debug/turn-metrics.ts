/**
 * Pure reducer from tapped events to per-turn metrics: latency from the end of the user's turn to the first
 * assistant output, response duration, and token usage. A turn starts at the user's speech end (VAD
 * `speech_stopped`, a push-to-talk commit, or a typed message) and is bound to the next `response.created`.
 */
import type {
  RealtimeClientEvent,
  RealtimeResponse,
  ResponseDoneEvent,
  SessionCreatedEvent,
} from 'openai/resources/realtime/realtime';
import type { TappedEvent } from '../call/event-tap';
import type { ServerEvent } from '../call/server-events';
import { ZERO_TOKENS, addTokens, estimateCostUsd, priceForModel, type TokenSplit } from './pricing';

export type TurnTrigger = 'speech' | 'commit' | 'typed' | 'none';

export interface TurnMetrics {
  /** 1-based, in order of `response.created`. */
  index: number;
  trigger: TurnTrigger;
  speechEndAtMs: number | null;
  responseId: string | null;
  responseCreatedAtMs: number | null;
  firstOutputAtMs: number | null;
  firstOutputKind: 'audio' | 'text' | null;
  /** The later of `response.done` and the end of audio playback (`output_audio_buffer.stopped`/`.cleared`). */
  responseEndAtMs: number | null;
  status: string | null;
  tokens: TokenSplit | null;
}

export interface TurnMetricsState {
  model: string | null;
  sessionCreatedAtMs: number | null;
  turns: readonly TurnMetrics[];
  pendingTurnStart: { atMs: number; trigger: TurnTrigger } | null;
}

export const INITIAL_TURN_METRICS: TurnMetricsState = { model: null, sessionCreatedAtMs: null, turns: [], pendingTurnStart: null };

export const SESSION_CAP_MS = 60 * 60 * 1000;

type Usage = NonNullable<ResponseDoneEvent['response']['usage']>;
type AppliedSession = SessionCreatedEvent['session'];

function count(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** `response.done.response.usage` → priced token split. Cached tokens are part of the input counts. */
export function parseUsage(usage: Usage | null | undefined): TokenSplit | null {
  if (!usage) return null;
  const input = usage.input_token_details ?? {};
  const output = usage.output_token_details ?? {};
  const cachedDetails = input.cached_tokens_details;
  const inputText = count(input.text_tokens);
  const inputAudio = count(input.audio_tokens);
  const inputImage = count(input.image_tokens);
  let cachedText = count(cachedDetails?.text_tokens);
  let cachedAudio = count(cachedDetails?.audio_tokens);
  const cachedImage = count(cachedDetails?.image_tokens);
  const cached = count(input.cached_tokens);
  if (!cachedDetails && cached > 0) {
    // No split given: attribute cached tokens to text first (the instructions are the usual cached prefix).
    cachedText = Math.min(inputText, cached);
    cachedAudio = Math.min(inputAudio, cached - cachedText);
  }
  return {
    inputText,
    inputAudio,
    inputImage,
    cachedText,
    cachedAudio,
    cachedImage,
    outputText: count(output.text_tokens),
    outputAudio: count(output.audio_tokens),
  };
}

function turnStartOf(tapped: TappedEvent): TurnTrigger | null {
  if (tapped.direction === 'client') return clientTurnStart(tapped.event);
  return tapped.parsed?.type === 'input_audio_buffer.speech_stopped' ? 'speech' : null;
}

function clientTurnStart(event: RealtimeClientEvent): TurnTrigger | null {
  switch (event.type) {
    case 'input_audio_buffer.commit':
      return 'commit';
    case 'conversation.item.create':
      return 'role' in event.item && event.item.role === 'user' ? 'typed' : null;
    default:
      return null;
  }
}

function sessionModel(session: AppliedSession | undefined): string | null {
  if (!session || session.type === 'transcription') return null;
  return typeof session.model === 'string' ? session.model : null;
}

function findTurn(turns: readonly TurnMetrics[], responseId: string | null | undefined): number {
  if (typeof responseId === 'string') {
    for (let i = turns.length - 1; i >= 0; i--) if (turns[i]?.responseId === responseId) return i;
  }
  return turns.length - 1;
}

function updateTurn(state: TurnMetricsState, index: number, change: (turn: TurnMetrics) => TurnMetrics): TurnMetricsState {
  const turn = state.turns[index];
  if (!turn) return state;
  const turns = state.turns.slice();
  turns[index] = change(turn);
  return { ...state, turns };
}

function newTurn(state: TurnMetricsState, responseId: string | null, atMs: number | null): TurnMetricsState {
  const start = state.pendingTurnStart;
  const turn: TurnMetrics = {
    index: state.turns.length + 1,
    trigger: start?.trigger ?? 'none',
    speechEndAtMs: start?.atMs ?? null,
    responseId,
    responseCreatedAtMs: atMs,
    firstOutputAtMs: null,
    firstOutputKind: null,
    responseEndAtMs: null,
    status: null,
    tokens: null,
  };
  return { ...state, turns: [...state.turns, turn], pendingTurnStart: null };
}

function laterOf(a: number | null, b: number): number {
  return a === null ? b : Math.max(a, b);
}

function firstOutput(state: TurnMetricsState, responseId: string | undefined, atMs: number, kind: 'audio' | 'text'): TurnMetricsState {
  return updateTurn(state, findTurn(state.turns, responseId), (turn) =>
    turn.firstOutputAtMs !== null ? turn : { ...turn, firstOutputAtMs: atMs, firstOutputKind: kind });
}

function responseDone(state: TurnMetricsState, response: RealtimeResponse | undefined, atMs: number): TurnMetricsState {
  const id = typeof response?.id === 'string' ? response.id : null;
  let next = state;
  let index = findTurn(state.turns, id);
  if (index < 0 || (id !== null && state.turns[index]?.responseId !== id && state.turns[index]?.responseId !== null)) {
    next = newTurn(state, id, null); // its response.created was not seen (log opened late or evicted)
    index = next.turns.length - 1;
  }
  return updateTurn(next, index, (turn) => ({
    ...turn,
    status: typeof response?.status === 'string' ? response.status : null,
    tokens: parseUsage(response?.usage) ?? turn.tokens,
    responseEndAtMs: laterOf(turn.responseEndAtMs, atMs),
  }));
}

// The server may leave out fields the SDK types as present (a `response`, a `session`): they are read with `?.`.
function reduceServerEvent(state: TurnMetricsState, event: ServerEvent, atMs: number): TurnMetricsState {
  switch (event.type) {
    case 'session.created':
      return { ...INITIAL_TURN_METRICS, model: sessionModel(event.session) ?? state.model, sessionCreatedAtMs: atMs };
    case 'session.updated':
      return { ...state, model: sessionModel(event.session) ?? state.model };
    case 'response.created':
      return newTurn(state, typeof event.response?.id === 'string' ? event.response.id : null, atMs);
    case 'output_audio_buffer.started':
      return firstOutput(state, event.response_id, atMs, 'audio');
    case 'response.output_text.delta':
      return firstOutput(state, event.response_id, atMs, 'text');
    case 'output_audio_buffer.stopped':
    case 'output_audio_buffer.cleared':
      return updateTurn(state, findTurn(state.turns, event.response_id), (turn) => ({
        ...turn,
        responseEndAtMs: laterOf(turn.responseEndAtMs, atMs),
      }));
    case 'response.done':
      return responseDone(state, event.response, atMs);
    default:
      return state;
  }
}

export function reduceTurnMetrics(state: TurnMetricsState, tapped: TappedEvent): TurnMetricsState {
  const trigger = turnStartOf(tapped);
  if (trigger) return { ...state, pendingTurnStart: { atMs: tapped.atMs, trigger } };
  if (tapped.direction === 'client' || tapped.parsed === null) return state;
  return reduceServerEvent(state, tapped.parsed, tapped.atMs);
}

export function turnLatencyMs(turn: TurnMetrics): number | null {
  return turn.speechEndAtMs !== null && turn.firstOutputAtMs !== null ? turn.firstOutputAtMs - turn.speechEndAtMs : null;
}

export function turnDurationMs(turn: TurnMetrics): number | null {
  return turn.responseCreatedAtMs !== null && turn.responseEndAtMs !== null ? turn.responseEndAtMs - turn.responseCreatedAtMs : null;
}

export function turnCostUsd(turn: TurnMetrics, model: string | null): number | null {
  return turn.tokens ? estimateCostUsd(turn.tokens, priceForModel(model)) : null;
}

export interface SessionTotals {
  turns: number;
  tokens: TokenSplit;
  /** Null when the model has no known price. */
  costUsd: number | null;
  /** Milliseconds left before the 60-minute session cap, or null before `session.created`. */
  remainingMs: number | null;
}

export function sessionTotals(state: TurnMetricsState, nowMs: number, model: string | null = state.model): SessionTotals {
  let tokens = ZERO_TOKENS;
  for (const turn of state.turns) if (turn.tokens) tokens = addTokens(tokens, turn.tokens);
  return {
    turns: state.turns.length,
    tokens,
    costUsd: estimateCostUsd(tokens, priceForModel(model)),
    remainingMs: state.sessionCreatedAtMs === null ? null : Math.max(0, SESSION_CAP_MS - (nowMs - state.sessionCreatedAtMs)),
  };
}

/**
 * Pure reducer from tapped events to per-turn metrics: latency from the end of the user's turn to the first
 * assistant output, response duration, and token usage. A turn starts at the user's speech end (VAD
 * `speech_stopped`, a push-to-talk commit, or a typed message) and is bound to the next `response.created`.
 */
import type { TappedEvent } from '../call/event-tap';
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

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** `response.done.response.usage` → priced token split. Cached tokens are part of the input counts. */
export function parseUsage(usage: unknown): TokenSplit | null {
  const u = asObject(usage);
  if (!u) return null;
  const input = asObject(u.input_token_details) ?? {};
  const output = asObject(u.output_token_details) ?? {};
  const cachedDetails = asObject(input.cached_tokens_details);
  const inputText = num(input.text_tokens);
  const inputAudio = num(input.audio_tokens);
  const inputImage = num(input.image_tokens);
  let cachedText = num(cachedDetails?.text_tokens);
  let cachedAudio = num(cachedDetails?.audio_tokens);
  const cachedImage = num(cachedDetails?.image_tokens);
  if (!cachedDetails && num(input.cached_tokens) > 0) {
    // No split given: attribute cached tokens to text first (the instructions are the usual cached prefix).
    cachedText = Math.min(inputText, num(input.cached_tokens));
    cachedAudio = Math.min(inputAudio, num(input.cached_tokens) - cachedText);
  }
  return {
    inputText,
    inputAudio,
    inputImage,
    cachedText,
    cachedAudio,
    cachedImage,
    outputText: num(output.text_tokens),
    outputAudio: num(output.audio_tokens),
  };
}

function turnStartOf(tapped: TappedEvent): TurnTrigger | null {
  if (tapped.direction === 'server' && tapped.type === 'input_audio_buffer.speech_stopped') return 'speech';
  if (tapped.direction !== 'client') return null;
  if (tapped.type === 'input_audio_buffer.commit') return 'commit';
  if (tapped.type === 'conversation.item.create') {
    const item = asObject(asObject(tapped.event)?.item);
    if (item?.role === 'user') return 'typed';
  }
  return null;
}

function findTurn(turns: readonly TurnMetrics[], responseId: string | null): number {
  if (responseId !== null) {
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

export function reduceTurnMetrics(state: TurnMetricsState, tapped: TappedEvent): TurnMetricsState {
  const event = asObject(tapped.event) ?? {};
  const trigger = turnStartOf(tapped);
  if (trigger) return { ...state, pendingTurnStart: { atMs: tapped.atMs, trigger } };
  if (tapped.direction !== 'server') return state;

  switch (tapped.type) {
    case 'session.created':
      return { ...INITIAL_TURN_METRICS, model: str(asObject(event.session)?.model) ?? state.model, sessionCreatedAtMs: tapped.atMs };
    case 'session.updated':
      return { ...state, model: str(asObject(event.session)?.model) ?? state.model };
    case 'response.created':
      return newTurn(state, str(asObject(event.response)?.id), tapped.atMs);
    case 'output_audio_buffer.started':
    case 'response.output_text.delta': {
      const kind = tapped.type === 'response.output_text.delta' ? 'text' : 'audio';
      return updateTurn(state, findTurn(state.turns, str(event.response_id)), (turn) =>
        turn.firstOutputAtMs !== null ? turn : { ...turn, firstOutputAtMs: tapped.atMs, firstOutputKind: kind });
    }
    case 'output_audio_buffer.stopped':
    case 'output_audio_buffer.cleared':
      return updateTurn(state, findTurn(state.turns, str(event.response_id)), (turn) => ({
        ...turn,
        responseEndAtMs: laterOf(turn.responseEndAtMs, tapped.atMs),
      }));
    case 'response.done': {
      const response = asObject(event.response) ?? {};
      const id = str(response.id);
      let next = state;
      let index = findTurn(state.turns, id);
      if (index < 0 || (id !== null && state.turns[index]?.responseId !== id && state.turns[index]?.responseId !== null)) {
        next = newTurn(state, id, null); // its response.created was not seen (log opened late or evicted)
        index = next.turns.length - 1;
      }
      return updateTurn(next, index, (turn) => ({
        ...turn,
        status: str(response.status),
        tokens: parseUsage(response.usage) ?? turn.tokens,
        responseEndAtMs: laterOf(turn.responseEndAtMs, tapped.atMs),
      }));
    }
    default:
      return state;
  }
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

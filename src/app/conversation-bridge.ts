import { eventTap, type TappedEvent } from '../call/event-tap';
import { startKeepingConversations, type TurnFiguresSource } from '../conversations/conversation-keeper';
import type { TurnFigures } from '../conversations/conversation-record';
import { INITIAL_TURN_METRICS, reduceTurnMetrics, turnCostUsd, turnLatencyMs, type TurnMetricsState } from '../debug/turn-metrics';

/** The events after which a turn's figures are known (or final): the keeper is told then, not at every delta. */
const FIGURES_SETTLE = new Set(['response.done', 'output_audio_buffer.stopped', 'output_audio_buffer.cleared']);

/** The debug panel's per-turn metrics, folded from the event tap, as the figures a conversation keeps. */
class TappedTurnFigures implements TurnFiguresSource {
  private state: TurnMetricsState = INITIAL_TURN_METRICS;
  private readonly listeners = new Set<() => void>();

  constructor() {
    eventTap.subscribe((tapped) => this.add(tapped));
  }

  current(): Omit<TurnFigures, 'span'>[] {
    const { turns, model } = this.state;
    return turns
      .filter((turn) => turn.status !== null)
      .map((turn) => ({
        index: turn.index,
        latencyMs: turnLatencyMs(turn),
        inputTokens: turn.tokens ? turn.tokens.inputText + turn.tokens.inputAudio + turn.tokens.inputImage : 0,
        outputTokens: turn.tokens ? turn.tokens.outputText + turn.tokens.outputAudio : 0,
        costUsd: turnCostUsd(turn, model),
      }));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private add(tapped: TappedEvent): void {
    this.state = reduceTurnMetrics(this.state, tapped);
    if (tapped.direction === 'server' && FIGURES_SETTLE.has(tapped.type)) for (const listener of this.listeners) listener();
  }
}

/** Every call is kept as a conversation from the moment the call section is on the page. */
export function connectConversationsToCall(): () => void {
  return startKeepingConversations(new TappedTurnFigures());
}

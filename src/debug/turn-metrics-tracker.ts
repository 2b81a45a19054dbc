/**
 * Folds every tapped event into turn metrics from the moment the debug chunk loads (starting with the history
 * in the event log), and keeps doing so while the panel is closed, so reopening it loses no turn.
 * React is told at most once per frame.
 */
import { eventTap } from '../call/event-tap';
import type { TappedEvent } from '../call/event-tap';
import { eventLogBuffer } from './event-log-buffer';
import { INITIAL_TURN_METRICS, reduceTurnMetrics, type TurnMetricsState } from './turn-metrics';

export class TurnMetricsTracker {
  private state: TurnMetricsState = INITIAL_TURN_METRICS;
  private published: TurnMetricsState = INITIAL_TURN_METRICS;
  private flushPending = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly scheduleFrame: (flush: () => void) => void = (flush) => requestAnimationFrame(() => flush())) {}

  add(tapped: TappedEvent): void {
    this.state = reduceTurnMetrics(this.state, tapped);
    if (this.listeners.size > 0 && !this.flushPending) {
      this.flushPending = true;
      this.scheduleFrame(() => this.publish());
    }
  }

  getState = (): TurnMetricsState => this.published;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.publish();
    return () => this.listeners.delete(listener);
  };

  private publish(): void {
    this.flushPending = false;
    if (this.published === this.state) return;
    this.published = this.state;
    for (const listener of this.listeners) listener();
  }
}

let shared: TurnMetricsTracker | null = null;

export function sharedTurnMetricsTracker(): TurnMetricsTracker {
  if (!shared) {
    const tracker = new TurnMetricsTracker();
    for (const entry of eventLogBuffer.entries()) tracker.add(entry);
    eventTap.subscribe((tapped) => tracker.add(tapped));
    shared = tracker;
  }
  return shared;
}

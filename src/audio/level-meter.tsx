// A cheap, accessible level meter, and a hook that turns a high-rate level stream into at most one render a frame.

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CSSProperties } from 'react';

export interface LevelMeterProps {
  /** Accessible name, e.g. "Microphone" or "Assistant". */
  label: string;
  /** 0..1; values outside are clamped. */
  level: number;
  /** Dims the meter when the source is idle (not sending, not talking). */
  active?: boolean;
  className?: string;
}

const trackStyle: CSSProperties = {
  position: 'relative',
  overflow: 'hidden',
  height: '0.5rem',
  minWidth: '4rem',
  borderRadius: '0.25rem',
  background: 'color-mix(in srgb, currentColor 15%, transparent)',
};

const barBaseStyle: CSSProperties = {
  position: 'absolute',
  inset: 0,
  background: 'currentColor',
  transformOrigin: 'left center',
  willChange: 'transform',
};

export function clampLevel(level: number): number {
  if (!Number.isFinite(level) || level <= 0) return 0;
  return level >= 1 ? 1 : level;
}

export function LevelMeter({ label, level, active = true, className }: LevelMeterProps) {
  const value = clampLevel(level);
  const percent = Math.round(value * 100);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
      data-active={active ? 'true' : 'false'}
      className={className ? `level-meter ${className}` : 'level-meter'}
      title={label}
      style={{ ...trackStyle, opacity: active ? 1 : 0.45 }}
    >
      <div className="level-meter__bar" style={{ ...barBaseStyle, transform: `scaleX(${value})` }} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------

export type LevelSubscribe<T> = (listener: (value: T) => void) => () => void;
export interface LevelSource<T> {
  onLevel(listener: (value: T) => void): () => void;
}

type FrameScheduler = { request: (callback: () => void) => number; cancel: (handle: number) => void };

function defaultScheduler(): FrameScheduler {
  if (typeof requestAnimationFrame === 'function') {
    return { request: (callback) => requestAnimationFrame(callback), cancel: (handle) => cancelAnimationFrame(handle) };
  }
  return {
    request: (callback) => setTimeout(callback, 16) as unknown as number,
    cancel: (handle) => clearTimeout(handle),
  };
}

const identity = (value: unknown) => (typeof value === 'number' ? value : 0);

interface LevelStore<T> {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): number;
  setMapper(toLevel: (value: T) => number): void;
}

/** An external store over a level source that signals React at most once per animation frame. */
function createFrameThrottledStore<T>(
  source: LevelSource<T> | LevelSubscribe<T> | null | undefined,
): LevelStore<T> {
  let latest = 0;
  let mapper: (value: T) => number = identity;
  return {
    setMapper(toLevel) {
      mapper = toLevel;
    },
    subscribe(onChange) {
      if (!source) return () => undefined;
      const scheduler = defaultScheduler();
      let frame: number | null = null;
      const listener = (value: T) => {
        latest = clampLevel(mapper(value));
        if (frame === null) {
          frame = scheduler.request(() => {
            frame = null;
            onChange();
          });
        }
      };
      const unsubscribe = typeof source === 'function' ? source(listener) : source.onLevel(listener);
      return () => {
        unsubscribe();
        if (frame !== null) scheduler.cancel(frame);
        frame = null;
        latest = 0;
      };
    },
    getSnapshot: () => latest,
  };
}

/**
 * Subscribes to a level stream (a MicCapture, a RemoteAudioPlayer, or a stable subscribe function) and returns
 * the latest 0..1 level, re-rendering at most once per animation frame. `toLevel` maps each value (for example
 * `(l) => l.level` for MicCapture, `meterLevelFromRms` for RemoteAudioPlayer); it may be an inline function.
 * A subscribe *function* must be stable (useCallback); a source object is used by identity.
 */
export function useLevel<T>(
  source: LevelSource<T> | LevelSubscribe<T> | null | undefined,
  toLevel?: (value: T) => number,
): number {
  const store = useMemo(() => createFrameThrottledStore(source), [source]);
  // Runs before useSyncExternalStore subscribes; an inline toLevel just swaps the mapper, never resubscribes.
  useEffect(() => store.setMapper(toLevel ?? identity), [store, toLevel]);

  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

// @vitest-environment jsdom
import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LevelMeter, useLevel } from '../../../src/audio/level-meter.tsx';

describe('LevelMeter', () => {
  it('is an accessible meter whose value follows the level', () => {
    const { rerender } = render(<LevelMeter label="Microphone" level={0.42} active />);
    const meter = screen.getByRole('meter', { name: 'Microphone' });
    expect(meter).toHaveAttribute('aria-valuenow', '42');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('data-active', 'true');
    const bar = meter.firstElementChild as HTMLElement;
    expect(bar.style.transform).toBe('scaleX(0.42)');
    rerender(<LevelMeter label="Microphone" level={0.05} active={false} />);
    expect(meter).toHaveAttribute('aria-valuenow', '5');
    expect(meter).toHaveAttribute('data-active', 'false');
  });

  it('clamps levels outside 0..1 and ignores NaN', () => {
    const { rerender } = render(<LevelMeter label="Assistant" level={3} />);
    expect(screen.getByRole('meter', { name: 'Assistant' })).toHaveAttribute('aria-valuenow', '100');
    rerender(<LevelMeter label="Assistant" level={Number.NaN} />);
    expect(screen.getByRole('meter', { name: 'Assistant' })).toHaveAttribute('aria-valuenow', '0');
    rerender(<LevelMeter label="Assistant" level={-1} />);
    expect(screen.getByRole('meter', { name: 'Assistant' })).toHaveAttribute('aria-valuenow', '0');
  });
});

class Emitter<T> {
  readonly listeners = new Set<(value: T) => void>();
  onLevel(listener: (value: T) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(value: T) {
    for (const listener of this.listeners) listener(value);
  }
}

describe('useLevel', () => {
  let frames: Array<() => void>;

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
  });

  afterEach(() => vi.unstubAllGlobals());

  function flushFrame() {
    const pending = frames.splice(0);
    act(() => pending.forEach((callback) => callback()));
  }

  it('renders at most once per animation frame with the latest value', () => {
    const source = new Emitter<{ level: number }>();
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useLevel(source, (value) => value.level);
    });
    expect(result.current).toBe(0);
    const before = renders;
    act(() => {
      for (let i = 1; i <= 10; i++) source.emit({ level: i / 20 });
    });
    expect(frames).toHaveLength(1);
    expect(renders).toBe(before);
    flushFrame();
    expect(result.current).toBe(0.5);
    expect(renders).toBe(before + 1);
  });

  it('accepts a subscribe function and numbers as they are, and unsubscribes on unmount', () => {
    const source = new Emitter<number>();
    const subscribe = (listener: (value: number) => void) => source.onLevel(listener);
    const { result, unmount } = renderHook(() => useLevel(subscribe));
    act(() => source.emit(0.3));
    flushFrame();
    expect(result.current).toBe(0.3);
    unmount();
    expect(source.listeners.size).toBe(0);
  });

  it('reads 0 without a source and after switching to none', () => {
    const source = new Emitter<number>();
    const { result, rerender } = renderHook(({ active }) => useLevel(active ? source : null), {
      initialProps: { active: true },
    });
    act(() => source.emit(0.8));
    flushFrame();
    expect(result.current).toBe(0.8);
    rerender({ active: false });
    expect(result.current).toBe(0);
    expect(source.listeners.size).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RemoteAudioPlayer } from '../../../src/audio/remote-audio.ts';
import { FakeAudioContext, FakeStream, FakeTrack } from './web-audio-fakes.ts';

class FakeAudioElement {
  srcObject: unknown = null;
  autoplay = false;
  muted = false;
  play = vi.fn(async () => undefined);
  pause = vi.fn();
}

let element: FakeAudioElement;
let context: FakeAudioContext;
let player: RemoteAudioPlayer;

beforeEach(() => {
  vi.useFakeTimers();
  element = new FakeAudioElement();
  context = new FakeAudioContext();
  player = new RemoteAudioPlayer(element as unknown as HTMLAudioElement, context as unknown as AudioContext);
});

afterEach(() => {
  player.detach();
  vi.useRealTimers();
});

function remoteStream(): MediaStream {
  return new FakeStream([new FakeTrack('remote')]) as unknown as MediaStream;
}

describe('RemoteAudioPlayer', () => {
  it('plays the stream through the <audio> element and taps the same stream for metering', () => {
    const stream = remoteStream();
    player.attach(stream);
    expect(element.srcObject).toBe(stream);
    expect(element.autoplay).toBe(true);
    expect(element.play).toHaveBeenCalledTimes(1);
    const analyser = context.analysers[0]!;
    expect(context.sources[0]!.connectedTo).toEqual([analyser]);
    // The analyser is a tap only: the element is what is heard (Web Audio alone would bypass echo cancellation).
    expect(analyser.connectedTo).toEqual([]);
  });

  it('measures the level from the analysed signal, not from a flag', () => {
    player.attach(remoteStream());
    expect(player.currentLevel()).toBe(0);
    context.analysers[0]!.amplitude = 0.4;
    expect(player.currentLevel()).toBeCloseTo(0.4 / Math.SQRT2, 3);
  });

  it('notifies listeners about 30 times a second while attached, and 0 on detach', () => {
    const levels: number[] = [];
    const unsubscribe = player.onLevel((rms) => levels.push(rms));
    vi.advanceTimersByTime(200);
    expect(levels).toEqual([]); // nothing attached yet
    player.attach(remoteStream());
    context.analysers[0]!.amplitude = 0.2;
    vi.advanceTimersByTime(1000);
    expect(levels.length).toBeGreaterThanOrEqual(28);
    expect(levels.length).toBeLessThanOrEqual(31);
    expect(levels.at(-1)).toBeCloseTo(0.2 / Math.SQRT2, 3);
    player.detach();
    expect(levels.at(-1)).toBe(0);
    const count = levels.length;
    vi.advanceTimersByTime(500);
    expect(levels.length).toBe(count);
    unsubscribe();
  });

  it('stops the timer when the last listener leaves', () => {
    player.attach(remoteStream());
    const listener = vi.fn();
    const unsubscribe = player.onLevel(listener);
    vi.advanceTimersByTime(100);
    unsubscribe();
    const calls = listener.mock.calls.length;
    vi.advanceTimersByTime(500);
    expect(listener.mock.calls.length).toBe(calls);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('detach() empties and pauses the element and disconnects the tap', () => {
    player.attach(remoteStream());
    const source = context.sources[0]!;
    player.detach();
    expect(element.srcObject).toBeNull();
    expect(element.pause).toHaveBeenCalled();
    expect(source.disconnect).toHaveBeenCalled();
    expect(player.currentLevel()).toBe(0);
  });

  it('replaces a previous stream on attach', () => {
    player.attach(remoteStream());
    const next = remoteStream();
    player.attach(next);
    expect(element.srcObject).toBe(next);
    expect(context.sources[0]!.disconnect).toHaveBeenCalled();
    expect(context.sources).toHaveLength(2);
  });

  it('records an autoplay refusal and plays on resume() from a gesture', async () => {
    element.play.mockRejectedValueOnce(new DOMException('needs a gesture', 'NotAllowedError'));
    player.attach(remoteStream());
    await vi.waitFor(() => expect(player.playbackBlocked).toBe(true));
    await player.resume();
    expect(player.playbackBlocked).toBe(false);
  });

  it('keeps playing when the tap cannot be built', () => {
    context.refuseSources = true;
    player.attach(remoteStream());
    expect(element.play).toHaveBeenCalled();
    expect(player.currentLevel()).toBe(0);
  });
});

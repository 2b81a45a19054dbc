import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeAudioContext, FakeAudioWorkletNode, FakeStream, FakeTrack, resetFakes } from './web-audio-fakes.ts';

vi.mock('../../../src/audio/capture-worklet-url.ts', () => ({ default: '/assets/capture-worklet-test.js' }));

const { MicCapture, MicError } = await import('../../../src/audio/mic-capture.ts');

let micTrack: FakeTrack;
let getUserMedia: ReturnType<typeof vi.fn>;

function domError(name: string): DOMException {
  return new DOMException(`${name} from the browser`, name);
}

beforeEach(() => {
  resetFakes();
  micTrack = new FakeTrack('Built-in mic', { sampleRate: 44_100 });
  getUserMedia = vi.fn(async () => new FakeStream([micTrack]));
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('AudioWorkletNode', FakeAudioWorkletNode);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function lastWorklet(): FakeAudioWorkletNode {
  const node = FakeAudioWorkletNode.created.at(-1);
  if (!node) throw new Error('no worklet node was created');
  return node;
}

describe('MicCapture.open', () => {
  it('asks for a processed mic and builds mic → worklet → destination at the device rate', async () => {
    const mic = await MicCapture.open({ deviceId: 'usb-headset' });
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, deviceId: { exact: 'usb-headset' } },
      video: false,
    });
    const context = FakeAudioContext.created[0]!;
    expect(context.sampleRate).toBe(44_100);
    expect(mic.sampleRate).toBe(44_100);
    expect(context.audioWorklet.addModule).toHaveBeenCalledWith('/assets/capture-worklet-test.js');
    const worklet = lastWorklet();
    expect(worklet.name).toBe('persona-capture');
    expect(worklet.options).toMatchObject({ channelCount: 1, channelCountMode: 'explicit', outputChannelCount: [1] });
    expect(context.sources[0]!.connectedTo).toEqual([worklet]);
    const destination = context.destinations[0]!;
    expect(worklet.connectedTo).toEqual([destination]);
    // The track sent to the peer is the destination's, not the raw mic.
    expect(mic.track).toBe(destination.stream.getAudioTracks()[0]);
    expect(mic.track).not.toBe(micTrack);
    expect(context.resume).toHaveBeenCalled();
    await mic.close();
  });

  it('omits deviceId when none is given and uses the default rate when the track reports none', async () => {
    micTrack = new FakeTrack('mic', {});
    const mic = await MicCapture.open();
    expect(getUserMedia.mock.calls[0]![0].audio).not.toHaveProperty('deviceId');
    expect(mic.sampleRate).toBe(48_000);
    await mic.close();
  });

  it('builds in a given context, loads the worklet once per context, and never closes that context', async () => {
    const shared = new FakeAudioContext({ sampleRate: 96_000 });
    const first = await MicCapture.open({ audioContext: shared as unknown as AudioContext });
    const second = await MicCapture.open({ audioContext: shared as unknown as AudioContext });
    expect(first.sampleRate).toBe(96_000);
    expect(shared.audioWorklet.addModule).toHaveBeenCalledTimes(1);
    await first.close();
    await second.close();
    expect(shared.close).not.toHaveBeenCalled();
    expect(FakeAudioContext.created).toHaveLength(1);
  });

  it('falls back to its own context at the mic rate when the given one refuses the mic (Firefox rate mismatch)', async () => {
    const shared = new FakeAudioContext({ sampleRate: 48_000 });
    shared.refuseSources = true;
    const mic = await MicCapture.open({ audioContext: shared as unknown as AudioContext });
    expect(mic.sampleRate).toBe(44_100);
    await mic.close();
    expect(FakeAudioContext.created[1]!.close).toHaveBeenCalled();
  });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['SecurityError', 'permission-denied'],
    ['NotFoundError', 'no-device'],
    ['OverconstrainedError', 'no-device'],
    ['NotReadableError', 'device-busy'],
    ['AbortError', 'device-busy'],
    ['TypeError', 'unsupported'],
  ])('turns getUserMedia %s into a MicError of kind %s', async (name, kind) => {
    getUserMedia.mockRejectedValueOnce(domError(name));
    const failure = await MicCapture.open().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MicError);
    expect(failure).toMatchObject({ kind, name: 'MicError' });
    expect((failure as Error).cause).toBeInstanceOf(DOMException);
    expect(FakeAudioContext.created).toHaveLength(0);
  });

  it('is unsupported without navigator.mediaDevices (insecure origin)', async () => {
    vi.stubGlobal('navigator', {});
    await expect(MicCapture.open()).rejects.toMatchObject({ kind: 'unsupported' });
  });

  it('is unsupported without AudioWorklet', async () => {
    vi.stubGlobal('AudioWorkletNode', undefined);
    await expect(MicCapture.open()).rejects.toMatchObject({ kind: 'unsupported' });
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('releases the mic and its own context when the worklet fails to load', async () => {
    const failingContext = class extends FakeAudioContext {
      constructor(options?: { sampleRate?: number }) {
        super(options);
        this.audioWorklet.addModule.mockRejectedValue(new DOMException('404', 'AbortError'));
      }
    };
    vi.stubGlobal('AudioContext', failingContext);
    await expect(MicCapture.open()).rejects.toMatchObject({ kind: 'audio-graph', name: 'MicError' });
    expect(micTrack.stop).toHaveBeenCalled();
    expect(FakeAudioContext.created[0]!.close).toHaveBeenCalled();
  });
});

describe('MicCapture at run time', () => {
  it('publishes levels from the worklet', async () => {
    const mic = await MicCapture.open();
    const levels: Array<{ rms: number; sending: boolean }> = [];
    mic.onLevel((level) => levels.push(level));
    lastWorklet().render(0.5, 0.3);
    expect(levels.length).toBeGreaterThanOrEqual(12);
    expect(levels.length).toBeLessThanOrEqual(15);
    expect(levels.at(-1)!.sending).toBe(true);
    expect(mic.level?.rms).toBeCloseTo(0.3 / Math.SQRT2, 2);
    await mic.close();
  });

  it('push-to-talk: gate closed sends silence, opens on press', async () => {
    const mic = await MicCapture.open({ gateOpen: false });
    const worklet = lastWorklet();
    expect(Math.max(...worklet.render(0.2, 0.5).map(Math.abs))).toBe(0);
    mic.setGate(true);
    expect(Math.max(...worklet.render(0.3, 0.5).map(Math.abs))).toBeGreaterThan(0.49);
    mic.setGate(false);
    worklet.render(0.05, 0.5);
    expect(mic.level?.sending).toBe(false);
    expect(worklet.commands).toEqual([
      { type: 'gate', open: true },
      { type: 'gate', open: false },
    ]);
    await mic.close();
  });

  it('mute stops what is sent but not the meter', async () => {
    const mic = await MicCapture.open();
    mic.setMuted(true);
    const sent = lastWorklet().render(0.2, 0.5);
    expect(Math.max(...sent.subarray(Math.round(0.011 * mic.sampleRate)).map(Math.abs))).toBe(0);
    expect(mic.level?.rms).toBeGreaterThan(0.3);
    expect(mic.level?.sending).toBe(false);
    await mic.close();
  });

  it('fires onEnded once when the mic track ends (unplugged), not on close()', async () => {
    const mic = await MicCapture.open();
    const ended = vi.fn();
    const unsubscribe = mic.onEnded(ended);
    micTrack.endFromDevice();
    micTrack.endFromDevice();
    expect(ended).toHaveBeenCalledTimes(1);
    unsubscribe();
    await mic.close();

    micTrack = new FakeTrack('mic', { sampleRate: 48_000 });
    const other = await MicCapture.open();
    const endedOnClose = vi.fn();
    other.onEnded(endedOnClose);
    await other.close();
    micTrack.endFromDevice();
    expect(endedOnClose).not.toHaveBeenCalled();
  });

  it('close() stops every track, disconnects the graph, closes its own context and is idempotent', async () => {
    const second = new FakeTrack('second channel');
    getUserMedia.mockResolvedValueOnce(new FakeStream([micTrack, second]));
    const mic = await MicCapture.open();
    const context = FakeAudioContext.created[0]!;
    const worklet = lastWorklet();
    const destination = context.destinations[0]!;
    await mic.close();
    await mic.close();
    expect(micTrack.stop).toHaveBeenCalledTimes(1);
    expect(second.stop).toHaveBeenCalledTimes(1);
    expect(mic.track.readyState).toBe('ended');
    expect(context.sources[0]!.disconnect).toHaveBeenCalled();
    expect(worklet.disconnect).toHaveBeenCalled();
    expect(destination.disconnect).toHaveBeenCalled();
    expect(context.close).toHaveBeenCalledTimes(1);
    // Commands after close go nowhere.
    mic.setGate(false);
    expect(worklet.commands).toEqual([]);
  });
});

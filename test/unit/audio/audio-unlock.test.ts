import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeAudioContext } from './web-audio-fakes.ts';

async function loadModule() {
  vi.resetModules();
  return import('../../../src/audio/audio-unlock.ts');
}

class FakeAudioElement {
  srcObject: unknown = null;
  muted = false;
  private attributes = new Map<string, string>();
  readonly events: string[] = [];
  play = vi.fn(async () => {
    this.events.push(`play muted=${this.muted} src=${this.attributes.has('src')}`);
  });
  pause = vi.fn(() => this.events.push('pause'));
  load = vi.fn(() => this.events.push('load'));
  set src(value: string) {
    this.attributes.set('src', value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
}

beforeEach(() => {
  FakeAudioContext.created = [];
  vi.stubGlobal('AudioContext', FakeAudioContext);
});

afterEach(() => vi.unstubAllGlobals());

describe('getSharedAudioContext', () => {
  it('creates one context without forcing a sample rate and re-creates it once closed', async () => {
    const { getSharedAudioContext } = await loadModule();
    const first = getSharedAudioContext();
    expect(getSharedAudioContext()).toBe(first);
    expect(first.sampleRate).toBe(48_000); // the fake's default: nothing was forced
    await first.close();
    expect(getSharedAudioContext()).not.toBe(first);
  });
});

describe('unlockAudio', () => {
  it('resumes the shared context synchronously (inside the gesture) and plays the element silently', async () => {
    const { unlockAudio, getSharedAudioContext } = await loadModule();
    const context = getSharedAudioContext() as unknown as FakeAudioContext;
    const element = new FakeAudioElement();
    const done = unlockAudio(element as unknown as HTMLAudioElement);
    // Both calls happen before the first await, while the gesture is still active.
    expect(context.resume).toHaveBeenCalledTimes(1);
    expect(element.play).toHaveBeenCalledTimes(1);
    await done;
    expect(context.state).toBe('running');
    expect(element.events).toEqual(['play muted=true src=true', 'pause', 'load']);
    expect(element.muted).toBe(false);
    expect(element.getAttribute('src')).toBeNull();
  });

  it('starts an already attached stream instead of pausing it', async () => {
    const { unlockAudio } = await loadModule();
    const element = new FakeAudioElement();
    element.srcObject = {};
    await unlockAudio(element as unknown as HTMLAudioElement);
    expect(element.play).toHaveBeenCalledTimes(1);
    expect(element.pause).not.toHaveBeenCalled();
  });

  it('never rejects, even when the browser refuses playback or has no Web Audio', async () => {
    vi.stubGlobal('AudioContext', undefined);
    const { unlockAudio } = await loadModule();
    const element = new FakeAudioElement();
    element.play.mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'));
    await expect(unlockAudio(element as unknown as HTMLAudioElement)).resolves.toBeUndefined();
    expect(element.muted).toBe(false);
  });
});

describe('silentWavDataUri', () => {
  it('is a valid PCM WAV of silence', async () => {
    const { silentWavDataUri } = await loadModule();
    const uri = silentWavDataUri(4);
    expect(uri.startsWith('data:audio/wav;base64,')).toBe(true);
    const bytes = Buffer.from(uri.split(',')[1]!, 'base64');
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.readUInt16LE(22)).toBe(1);
    expect(bytes.readUInt32LE(40)).toBe(8);
    expect([...bytes.subarray(44)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

// Microphone → AudioWorklet (level, mute/PTT gate) → MediaStreamAudioDestinationNode.
// The destination's track is what goes on the RTCPeerConnection, so the gate decides what the model hears.

import captureWorkletUrl from './capture-worklet-url';
import { CAPTURE_PROCESSOR_NAME } from './capture-protocol';
import type { CaptureCommand, CaptureEvent, CaptureLevel, CaptureProcessorOptions } from './capture-protocol';
import { MicError, toMicError } from './mic-error';

export type { CaptureLevel } from './capture-protocol';
export { MicError } from './mic-error';
export type { MicErrorKind } from './mic-error';

export interface MicCaptureOptions {
  /** A device from `enumerateDevices()`; required exactly (an unplugged device fails with `no-device`). */
  deviceId?: string;
  /** Context to build the graph in (e.g. the shared one); otherwise MicCapture creates and owns one. */
  audioContext?: AudioContext;
  /** Start with the gate closed (push-to-talk) instead of open (voice activity). */
  gateOpen?: boolean;
  muted?: boolean;
}

type Listener<T> = (value: T) => void;

const loadedModules = new WeakMap<BaseAudioContext, Promise<void>>();

/** Loads the capture worklet once per context. */
function loadCaptureWorklet(context: AudioContext): Promise<void> {
  let loading = loadedModules.get(context);
  if (!loading) {
    loading = context.audioWorklet.addModule(captureWorkletUrl);
    // A failed load may be retried (e.g. after a network blip in dev).
    loading.catch(() => loadedModules.delete(context));
    loadedModules.set(context, loading);
  }
  return loading;
}

function micConstraints(deviceId: string | undefined): MediaStreamConstraints {
  const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
  if (deviceId) audio.deviceId = { exact: deviceId };
  return { audio, video: false };
}

export class MicCapture {
  private readonly levelListeners = new Set<Listener<CaptureLevel>>();
  private readonly endedListeners = new Set<() => void>();
  private latest: CaptureLevel | null = null;
  private closed = false;
  private ended = false;

  private constructor(
    private readonly micStream: MediaStream,
    private readonly context: AudioContext,
    private readonly ownsContext: boolean,
    private readonly source: MediaStreamAudioSourceNode,
    private readonly worklet: AudioWorkletNode,
    private readonly destination: MediaStreamAudioDestinationNode,
    /** The destination's track: add this one to the RTCPeerConnection. */
    readonly track: MediaStreamTrack,
  ) {
    worklet.port.onmessage = (event: MessageEvent<CaptureEvent>) => this.receive(event.data);
    for (const micTrack of micStream.getAudioTracks()) {
      micTrack.addEventListener('ended', this.handleEnded);
    }
  }

  /** Asks for the microphone and builds the capture graph. Rejects with a {@link MicError}. */
  static async open(options: MicCaptureOptions = {}): Promise<MicCapture> {
    const mediaDevices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!mediaDevices?.getUserMedia) {
      throw new MicError('unsupported', 'Microphone capture needs a secure origin (https or localhost) and a browser that supports it');
    }
    if (typeof AudioWorkletNode === 'undefined') {
      throw new MicError('unsupported', 'This browser has no AudioWorklet');
    }
    let micStream: MediaStream;
    try {
      micStream = await mediaDevices.getUserMedia(micConstraints(options.deviceId));
    } catch (error) {
      throw toMicError(error);
    }
    let context: AudioContext | undefined;
    let ownsContext = false;
    try {
      const micTrack = micStream.getAudioTracks()[0];
      if (!micTrack) throw new MicError('no-device', 'The microphone stream has no audio track');
      // Build at the device's own rate: Firefox refuses to connect a mic to a context running at another rate.
      const deviceRate = micTrack.getSettings().sampleRate;
      let source: MediaStreamAudioSourceNode | undefined;
      context = options.audioContext;
      if (context) {
        try {
          source = context.createMediaStreamSource(micStream);
        } catch {
          context = undefined;
        }
      }
      if (!context) {
        context = deviceRate ? new AudioContext({ sampleRate: deviceRate }) : new AudioContext();
        ownsContext = true;
      }
      source ??= context.createMediaStreamSource(micStream);
      // Not awaited: without a user gesture resume() can stay pending; the graph starts once it resolves.
      if (context.state === 'suspended') context.resume().catch(() => undefined);
      await loadCaptureWorklet(context);
      const processorOptions: Partial<CaptureProcessorOptions> = {
        gateOpen: options.gateOpen ?? true,
        muted: options.muted ?? false,
      };
      const worklet = new AudioWorkletNode(context, CAPTURE_PROCESSOR_NAME, {
        numberOfInputs: 1,
        numberOfOutputs: 1,
        outputChannelCount: [1],
        channelCount: 1,
        channelCountMode: 'explicit',
        channelInterpretation: 'speakers',
        processorOptions,
      });
      const destination = context.createMediaStreamDestination();
      destination.channelCount = 1;
      source.connect(worklet);
      worklet.connect(destination);
      const track = destination.stream.getAudioTracks()[0];
      if (!track) throw new MicError('audio-graph', 'The capture graph produced no audio track');
      return new MicCapture(micStream, context, ownsContext, source, worklet, destination, track);
    } catch (error) {
      for (const track of micStream.getTracks()) track.stop();
      if (ownsContext && context) await context.close().catch(() => undefined);
      if (error instanceof MicError) throw error;
      const detail = error instanceof Error ? `: ${error.name} ${error.message}` : '';
      throw new MicError('audio-graph', `The audio graph for the microphone could not be built${detail}`, { cause: error });
    }
  }

  /** Sample rate the worklet runs at (the device's, not 24 k or 48 k by decree). */
  get sampleRate(): number {
    return this.context.sampleRate;
  }

  /** The raw microphone track (for device labels and settings; send {@link track} instead). */
  get micTrack(): MediaStreamTrack | undefined {
    return this.micStream.getAudioTracks()[0];
  }

  /** Push-to-talk: open while the key is held. Audio fades in and out over ~10 ms. */
  setGate(open: boolean): void {
    this.send({ type: 'gate', open });
  }

  setMuted(muted: boolean): void {
    this.send({ type: 'mute', muted });
  }

  /** The last level report, or null before the first one. */
  get level(): CaptureLevel | null {
    return this.latest;
  }

  onLevel(listener: (level: CaptureLevel) => void): () => void {
    this.levelListeners.add(listener);
    return () => this.levelListeners.delete(listener);
  }

  /** Fires once when the microphone goes away (unplugged, permission revoked, stopped by the browser). */
  onEnded(listener: () => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  /** Stops the mic tracks and the sent track, disconnects the graph; closes the context only if it created it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.worklet.port.onmessage = null;
    for (const micTrack of this.micStream.getTracks()) {
      micTrack.removeEventListener('ended', this.handleEnded);
      micTrack.stop();
    }
    this.track.stop();
    this.source.disconnect();
    this.worklet.disconnect();
    this.destination.disconnect();
    this.worklet.port.close();
    this.levelListeners.clear();
    this.endedListeners.clear();
    if (this.ownsContext && this.context.state !== 'closed') await this.context.close().catch(() => undefined);
  }

  private send(command: CaptureCommand): void {
    if (!this.closed) this.worklet.port.postMessage(command);
  }

  private receive(event: CaptureEvent): void {
    if (event.type !== 'level') return;
    const { type: _type, ...level } = event;
    this.latest = level;
    for (const listener of this.levelListeners) listener(level);
  }

  private readonly handleEnded = (): void => {
    if (this.ended || this.closed) return;
    this.ended = true;
    for (const listener of [...this.endedListeners]) listener();
  };
}

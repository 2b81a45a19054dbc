// Small stand-ins for the browser audio APIs MicCapture and RemoteAudioPlayer use. The fake worklet node runs the
// real CaptureEngine, so commands and level reports travel the same path as in the browser.

import { vi } from 'vitest';
import { CaptureEngine } from '../../../src/audio/capture-engine.ts';
import type { CaptureCommand, CaptureProcessorOptions } from '../../../src/audio/capture-protocol.ts';

export class FakeTrack extends EventTarget {
  readonly kind = 'audio';
  readyState: 'live' | 'ended' = 'live';
  readonly stop = vi.fn(() => {
    // As in browsers, stop() ends the track without firing 'ended'.
    this.readyState = 'ended';
  });

  constructor(
    readonly label = 'fake mic',
    private readonly settings: MediaTrackSettings = {},
  ) {
    super();
  }

  getSettings(): MediaTrackSettings {
    return this.settings;
  }

  /** What the browser does when the device is unplugged or the permission revoked. */
  endFromDevice(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

export class FakeStream {
  constructor(readonly tracks: FakeTrack[]) {}
  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }
  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === 'audio');
  }
}

export class FakeNode {
  readonly connect = vi.fn((target: unknown) => {
    this.connectedTo.push(target);
    return target;
  });
  readonly disconnect = vi.fn();
  readonly connectedTo: unknown[] = [];
  channelCount = 2;
}

export class FakeDestination extends FakeNode {
  readonly stream = new FakeStream([new FakeTrack('destination')]);
}

export class FakeAnalyser extends FakeNode {
  fftSize = 2048;
  /** Amplitude of the sine the analyser "hears". */
  amplitude = 0;
  getFloatTimeDomainData(target: Float32Array): void {
    for (let i = 0; i < target.length; i++) target[i] = this.amplitude * Math.sin((2 * Math.PI * i) / 32);
  }
}

export class FakeAudioContext {
  static created: FakeAudioContext[] = [];
  state: AudioContextState = 'suspended';
  readonly sampleRate: number;
  readonly sources: FakeNode[] = [];
  readonly destinations: FakeDestination[] = [];
  readonly analysers: FakeAnalyser[] = [];
  readonly audioWorklet = { addModule: vi.fn(async (_url: string) => undefined) };
  readonly resume = vi.fn(async () => {
    this.state = 'running';
  });
  readonly close = vi.fn(async () => {
    this.state = 'closed';
  });
  readonly destination = new FakeNode();
  /** Set to make createMediaStreamSource throw (Firefox: rate mismatch between context and mic). */
  refuseSources = false;

  constructor(options: { sampleRate?: number } = {}) {
    this.sampleRate = options.sampleRate ?? 48_000;
    FakeAudioContext.created.push(this);
  }

  createMediaStreamSource(_stream: unknown): FakeNode {
    if (this.refuseSources) {
      throw new DOMException('Connecting AudioNodes from AudioContexts with different sample-rate', 'NotSupportedError');
    }
    const node = new FakeNode();
    this.sources.push(node);
    return node;
  }

  createMediaStreamDestination(): FakeDestination {
    const node = new FakeDestination();
    this.destinations.push(node);
    return node;
  }

  createAnalyser(): FakeAnalyser {
    const node = new FakeAnalyser();
    this.analysers.push(node);
    return node;
  }

  createBuffer(channels: number, length: number, sampleRate: number) {
    return { numberOfChannels: channels, length, sampleRate };
  }

  createBufferSource() {
    return Object.assign(new FakeNode(), { buffer: null as unknown, start: vi.fn(), onended: null as unknown });
  }
}

interface FakeWorkletOptions {
  processorOptions?: Partial<CaptureProcessorOptions>;
  [key: string]: unknown;
}

export class FakeAudioWorkletNode extends FakeNode {
  static created: FakeAudioWorkletNode[] = [];
  readonly engine: CaptureEngine;
  readonly commands: CaptureCommand[] = [];
  readonly port: {
    onmessage: ((event: MessageEvent) => void) | null;
    postMessage: (command: CaptureCommand) => void;
    close: () => void;
  };

  constructor(
    readonly context: FakeAudioContext,
    readonly name: string,
    readonly options: FakeWorkletOptions = {},
  ) {
    super();
    this.engine = new CaptureEngine(context.sampleRate, options.processorOptions ?? {});
    this.port = {
      onmessage: null,
      postMessage: (command) => {
        this.commands.push(command);
        this.engine.handle(command);
      },
      close: vi.fn(),
    };
    FakeAudioWorkletNode.created.push(this);
  }

  /** Runs the engine over `seconds` of a sine of `amplitude` in 128-frame quanta; returns the sent output. */
  render(seconds: number, amplitude: number): Float32Array {
    const total = Math.round(seconds * this.context.sampleRate);
    const sent = new Float32Array(total);
    for (let offset = 0; offset < total; offset += 128) {
      const length = Math.min(128, total - offset);
      const input = new Float32Array(length);
      for (let i = 0; i < length; i++) input[i] = amplitude * Math.sin((2 * Math.PI * 440 * (offset + i)) / this.context.sampleRate);
      const output = new Float32Array(length);
      const event = this.engine.process(input, output);
      sent.set(output, offset);
      if (event) this.port.onmessage?.({ data: event } as MessageEvent);
    }
    return sent;
  }
}

export function resetFakes(): void {
  FakeAudioContext.created = [];
  FakeAudioWorkletNode.created = [];
}

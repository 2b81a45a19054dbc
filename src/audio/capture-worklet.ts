// AudioWorkletProcessor `persona-capture`: runs in the AudioWorkletGlobalScope. Vite bundles it, with the
// maths it imports, into one self-contained module (see capture-worklet-url.ts). Keep it thin: the behaviour
// lives in CaptureEngine, which node tests directly.

import { CaptureEngine } from './capture-engine';
import { CAPTURE_PROCESSOR_NAME } from './capture-protocol';
import type { CaptureCommand, CaptureProcessorOptions } from './capture-protocol';

// TypeScript ships no lib for the AudioWorkletGlobalScope; these are the parts used here.
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: unknown);
}
declare function registerProcessor(
  name: string,
  processorCtor: new (options: { processorOptions?: Partial<CaptureProcessorOptions> }) => AudioWorkletProcessor,
): void;

class PersonaCaptureProcessor extends AudioWorkletProcessor {
  private readonly engine: CaptureEngine;

  constructor(options: { processorOptions?: Partial<CaptureProcessorOptions> }) {
    super(options);
    this.engine = new CaptureEngine(sampleRate, options.processorOptions ?? {});
    this.port.onmessage = (event: MessageEvent<CaptureCommand>) => this.engine.handle(event.data);
  }

  process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const input = inputs[0]?.[0];
    const output = outputs[0];
    const event = this.engine.process(input, output?.[0]);
    // The node is mono (channelCount 1, explicit), but copy to any extra output channel all the same.
    if (output && output.length > 1 && output[0]) {
      for (let channel = 1; channel < output.length; channel++) output[channel]?.set(output[0]);
    }
    if (event) this.port.postMessage(event);
    // Keep running while the mic is disconnected for a moment (device switch).
    return true;
  }
}

registerProcessor(CAPTURE_PROCESSOR_NAME, PersonaCaptureProcessor);

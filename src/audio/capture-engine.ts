// The capture worklet's behaviour as a plain class (no AudioWorklet globals), so node can test it at any rate.

import {
  LevelWindow,
  applyGainRamp,
  framesToMs,
  gainStepFor,
  meterLevelFromRms,
  reportIntervalFrames,
  smoothLevel,
} from './capture-math';
import type { CaptureCommand, CaptureEvent, CaptureProcessorOptions } from './capture-protocol';

export const DEFAULT_CAPTURE_OPTIONS: CaptureProcessorOptions = {
  gateOpen: true,
  muted: false,
  rampMs: 10,
  reportsPerSecond: 30,
};

export class CaptureEngine {
  private readonly options: CaptureProcessorOptions;
  private readonly window: LevelWindow;
  private readonly gainStep: number;
  private gateOpen: boolean;
  private muted: boolean;
  private gain: number;
  private meter = 0;

  constructor(
    readonly sampleRate: number,
    options: Partial<CaptureProcessorOptions> = {},
  ) {
    this.options = { ...DEFAULT_CAPTURE_OPTIONS, ...options };
    this.window = new LevelWindow(reportIntervalFrames(sampleRate, this.options.reportsPerSecond));
    this.gainStep = gainStepFor(sampleRate, this.options.rampMs);
    this.gateOpen = this.options.gateOpen;
    this.muted = this.options.muted;
    this.gain = this.targetGain;
  }

  get sending(): boolean {
    return this.gateOpen && !this.muted;
  }

  /** Current gain of the gate (0..1); ramps, so it may lag the target by up to `rampMs`. */
  get currentGain(): number {
    return this.gain;
  }

  private get targetGain(): number {
    return this.sending ? 1 : 0;
  }

  handle(command: CaptureCommand): void {
    switch (command.type) {
      case 'gate':
        this.gateOpen = command.open;
        break;
      case 'mute':
        this.muted = command.muted;
        break;
    }
  }

  /**
   * Processes one render quantum: gates `input` into `output` and measures the level before the gate.
   * Returns a level event when a report window is full, else null.
   */
  process(input: Float32Array | undefined, output: Float32Array | undefined): CaptureEvent | null {
    if (output) this.gain = applyGainRamp(input, output, this.gain, this.targetGain, this.gainStep);
    else this.gain = this.targetGain;
    if (input) this.window.add(input);
    return this.window.frameCount >= this.window.intervalFrames ? this.report() : null;
  }

  private report(): CaptureEvent {
    const elapsedMs = framesToMs(this.window.frameCount, this.sampleRate);
    const level = this.window.take();
    this.meter = smoothLevel(this.meter, meterLevelFromRms(level.rms), elapsedMs);
    return {
      type: 'level',
      rms: level.rms,
      peak: level.peak,
      dbfs: level.dbfs,
      level: this.meter,
      sending: this.sending,
    };
  }
}

// The capture worklet's behaviour as a plain class (no AudioWorklet globals), so node can test it at any rate.

import {
  LevelWindow,
  SpeechTimer,
  applyGainRamp,
  framesToMs,
  frameLevel,
  gainStepFor,
  meterLevelFromRms,
  reportIntervalFrames,
  smoothLevel,
} from './capture-math';
import type { CaptureCommand, CaptureEvent, CaptureProcessorOptions } from './capture-protocol';

export const DEFAULT_CAPTURE_OPTIONS: CaptureProcessorOptions = {
  gateOpen: true,
  muted: false,
  thresholdDbfs: -50,
  hangoverMs: 200,
  rampMs: 10,
  reportsPerSecond: 30,
};

export class CaptureEngine {
  private readonly options: CaptureProcessorOptions;
  private readonly speech: SpeechTimer;
  private readonly window: LevelWindow;
  private readonly gainStep: number;
  private gateOpen: boolean;
  private muted: boolean;
  private gain: number;
  private meter = 0;
  private reportRequested = false;

  constructor(
    readonly sampleRate: number,
    options: Partial<CaptureProcessorOptions> = {},
  ) {
    this.options = { ...DEFAULT_CAPTURE_OPTIONS, ...options };
    this.speech = new SpeechTimer(sampleRate, {
      thresholdDbfs: this.options.thresholdDbfs,
      hangoverMs: this.options.hangoverMs,
    });
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
        // Closing the gate is when push-to-talk reads speechMs: report at once rather than up to 33 ms later.
        if (this.gateOpen && !command.open) this.reportRequested = true;
        this.gateOpen = command.open;
        break;
      case 'mute':
        this.muted = command.muted;
        break;
      case 'reset-speech':
        this.speech.reset();
        this.reportRequested = true;
        break;
      case 'report':
        this.reportRequested = true;
        break;
    }
  }

  /**
   * Processes one render quantum: gates `input` into `output` and updates level and speech timing.
   * Returns a level event when one is due (window full, or explicitly requested), else null.
   */
  process(input: Float32Array | undefined, output: Float32Array | undefined): CaptureEvent | null {
    const frameCount = input?.length ?? output?.length ?? 0;
    if (output) this.gain = applyGainRamp(input, output, this.gain, this.targetGain, this.gainStep);
    else this.gain = this.targetGain;
    if (input && frameCount > 0) {
      // Speech that started while gated does not count; what matters is what the model hears.
      const counting = this.sending;
      this.speech.push(frameLevel(input).dbfs, frameCount, counting);
      this.window.add(input);
    }
    const windowFull = this.window.frameCount >= this.window.intervalFrames;
    if (!windowFull && !this.reportRequested) return null;
    return this.report();
  }

  private report(): CaptureEvent {
    const elapsedMs = framesToMs(this.window.frameCount, this.sampleRate);
    const level = this.window.take();
    this.meter = smoothLevel(this.meter, meterLevelFromRms(level.rms), elapsedMs);
    this.reportRequested = false;
    return {
      type: 'level',
      rms: level.rms,
      peak: level.peak,
      dbfs: level.dbfs,
      level: this.meter,
      speaking: this.speech.speaking,
      speechMs: this.speech.speechMs,
      sending: this.sending,
    };
  }
}

// Plays the assistant's WebRTC stream through an <audio> element (so the browser's echo cancellation knows
// about it) and taps the same stream with an AnalyserNode to measure what is actually arriving.

import { getSharedAudioContext } from './audio-unlock';
import { frameLevel } from './capture-math';

const LEVEL_INTERVAL_MS = 33;
const ANALYSER_FFT_SIZE = 1024;

export class RemoteAudioPlayer {
  private readonly listeners = new Set<(rms: number) => void>();
  private stream: MediaStream | null = null;
  private source: MediaStreamAudioSourceNode | null = null;
  private analyser: AnalyserNode | null = null;
  private samples: Float32Array<ArrayBuffer> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private blocked = false;

  constructor(
    private readonly element: HTMLAudioElement,
    private readonly audioContext?: AudioContext,
  ) {}

  /** Plays `stream` and starts metering it. Replaces any stream attached before. */
  attach(stream: MediaStream): void {
    if (this.stream === stream) return;
    this.detach();
    this.stream = stream;
    this.element.autoplay = true;
    this.element.srcObject = stream;
    this.startPlayback();
    this.tap(stream);
    if (this.listeners.size > 0) this.startTimer();
  }

  /** True when the browser refused to start playback (no user gesture yet); call {@link resume} from one. */
  get playbackBlocked(): boolean {
    return this.blocked;
  }

  /** Retries playback, e.g. from a click after {@link playbackBlocked}. */
  resume(): Promise<void> {
    return this.startPlayback();
  }

  /** RMS of the most recent ~20 ms of the assistant's audio (0 when nothing is attached or it is silent). */
  currentLevel(): number {
    if (!this.analyser || !this.samples) return 0;
    this.analyser.getFloatTimeDomainData(this.samples);
    return frameLevel(this.samples).rms;
  }

  /** Receives the assistant's RMS about 30 times a second while a stream is attached. */
  onLevel(listener: (rms: number) => void): () => void {
    this.listeners.add(listener);
    if (this.stream) this.startTimer();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopTimer();
    };
  }

  /** Stops playback and metering; the element is left empty and paused. */
  detach(): void {
    this.stopTimer();
    this.source?.disconnect();
    this.analyser?.disconnect();
    this.source = null;
    this.analyser = null;
    this.samples = null;
    if (this.stream) {
      this.stream = null;
      this.element.pause();
      this.element.srcObject = null;
      for (const listener of this.listeners) listener(0);
    }
    this.blocked = false;
  }

  private startPlayback(): Promise<void> {
    const playing = this.element.play();
    return Promise.resolve(playing).then(
      () => {
        this.blocked = false;
      },
      (error: unknown) => {
        // NotAllowedError: autoplay policy. AbortError: a newer srcObject replaced this one; not a block.
        if (error instanceof Error && error.name === 'NotAllowedError') this.blocked = true;
      },
    );
  }

  private tap(stream: MediaStream): void {
    if (stream.getAudioTracks().length === 0) return;
    try {
      const context = this.audioContext ?? getSharedAudioContext();
      const source = context.createMediaStreamSource(stream);
      const analyser = context.createAnalyser();
      analyser.fftSize = ANALYSER_FFT_SIZE;
      // Analyser output goes nowhere: the <audio> element is what plays the sound.
      source.connect(analyser);
      this.source = source;
      this.analyser = analyser;
      this.samples = new Float32Array(analyser.fftSize);
    } catch {
      // Metering is a nicety: playback through the element goes on without it.
      this.source = null;
      this.analyser = null;
    }
  }

  private startTimer(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      const rms = this.currentLevel();
      for (const listener of this.listeners) listener(rms);
    }, LEVEL_INTERVAL_MS);
  }

  private stopTimer(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
  }
}

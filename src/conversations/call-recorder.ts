/**
 * Records both sides of a call into one Opus file in this browser: the microphone track the call sends and the
 * persona's incoming audio, mixed in an AudioContext and encoded by MediaRecorder. Nothing leaves the page.
 */
export const RECORDING_MIME_TYPE = 'audio/webm;codecs=opus';

export interface FinishedRecording {
  audio: Blob;
  durationMs: number;
}

export class CallRecorder {
  private readonly context: AudioContext;
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly startedAt: number;
  private readonly added = new Set<string>();
  private readonly clones: MediaStreamTrack[] = [];
  private readonly destination: MediaStreamAudioDestinationNode;

  static isSupported(): boolean {
    return typeof MediaRecorder !== 'undefined' && typeof AudioContext !== 'undefined' && MediaRecorder.isTypeSupported(RECORDING_MIME_TYPE);
  }

  constructor(private readonly now: () => number = () => performance.now()) {
    this.context = new AudioContext();
    this.destination = this.context.createMediaStreamDestination();
    this.recorder = new MediaRecorder(this.destination.stream, { mimeType: RECORDING_MIME_TYPE, audioBitsPerSecond: 48_000 });
    this.recorder.ondataavailable = (event) => {
      if (event.data.size > 0) this.chunks.push(event.data);
    };
    // A chunk a second: the encoder's memory stays small however long the call.
    this.recorder.start(1_000);
    this.startedAt = now();
  }

  /** Mixes a track in (once each); the persona's audio arrives after the microphone's. */
  add(track: MediaStreamTrack): void {
    if (this.added.has(track.id) || track.kind !== 'audio') return;
    this.added.add(track.id);
    // A clone, so that stopping the recording never touches the call's own track.
    const clone = track.clone();
    this.clones.push(clone);
    this.context.createMediaStreamSource(new MediaStream([clone])).connect(this.destination);
  }

  stop(): Promise<FinishedRecording> {
    const durationMs = this.now() - this.startedAt;
    return new Promise((resolve) => {
      const finish = () => {
        for (const clone of this.clones) clone.stop();
        void this.context.close().catch(() => undefined);
        resolve({ audio: new Blob(this.chunks, { type: RECORDING_MIME_TYPE }), durationMs });
      };
      if (this.recorder.state === 'inactive') return finish();
      this.recorder.addEventListener('stop', finish, { once: true });
      this.recorder.stop();
    });
  }
}

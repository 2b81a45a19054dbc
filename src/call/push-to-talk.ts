/**
 * Decides what a push-to-talk release does. The Realtime API rejects a commit of under 100 ms of audio
 * (`input_audio_buffer_commit_empty`); the buffer is cleared when the button goes down and the audio and
 * the data channel travel separately, so a press must be comfortably longer than that to be committed.
 */
export const MIN_PUSH_TO_TALK_MS = 250;

export type ReleaseDecision = { action: 'commit'; heldMs: number } | { action: 'discard'; heldMs: number } | { action: 'none' };

export class PushToTalkGuard {
  private pressedAt: number | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  get isHeld(): boolean {
    return this.pressedAt !== null;
  }

  /** Returns false when the button was already down (key repeat), so the caller sends nothing twice. */
  press(): boolean {
    if (this.pressedAt !== null) return false;
    this.pressedAt = this.now();
    return true;
  }

  release(): ReleaseDecision {
    if (this.pressedAt === null) return { action: 'none' };
    const heldMs = this.now() - this.pressedAt;
    this.pressedAt = null;
    return heldMs >= MIN_PUSH_TO_TALK_MS ? { action: 'commit', heldMs } : { action: 'discard', heldMs };
  }

  cancel(): void {
    this.pressedAt = null;
  }
}

/**
 * Decides what a push-to-talk release does. The Realtime API rejects a commit of under 100 ms of audio
 * (`input_audio_buffer_commit_empty`); the buffer is cleared when the button goes down and the audio and
 * the data channel travel separately, so a press must be comfortably longer than that to be committed.
 */
export const MIN_PUSH_TO_TALK_MS = 250;
/** Audio travels by RTP and the commit by the data channel: keep sending this long after release before committing. */
export const PUSH_TO_TALK_TAIL_MS = 200;

export type ReleaseDecision = { action: 'commit'; heldMs: number } | { action: 'discard'; heldMs: number } | { action: 'none' };

export class PushToTalkGuard {
  private pressedAt: number | null = null;
  private tail: ReturnType<typeof setTimeout> | null = null;

  /** `onCommitDue` runs once the tail after a long enough press has passed (or at once, when {@link flush}ed). */
  constructor(
    private readonly onCommitDue: () => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get isHeld(): boolean {
    return this.pressedAt !== null;
  }

  /** Returns false when the button was already down (key repeat), so the caller sends nothing twice. */
  press(): boolean {
    if (this.pressedAt !== null) return false;
    this.flush();
    this.pressedAt = this.now();
    return true;
  }

  /** A long enough press schedules the commit after the tail; a short one is to be discarded. */
  release(): ReleaseDecision {
    if (this.pressedAt === null) return { action: 'none' };
    const heldMs = this.now() - this.pressedAt;
    this.pressedAt = null;
    if (heldMs < MIN_PUSH_TO_TALK_MS) return { action: 'discard', heldMs };
    this.tail = setTimeout(() => this.flush(), PUSH_TO_TALK_TAIL_MS);
    return { action: 'commit', heldMs };
  }

  /** Commits a turn whose tail is still running, now. */
  flush(): void {
    if (!this.tail) return;
    clearTimeout(this.tail);
    this.tail = null;
    this.onCommitDue();
  }

  /** Forgets the press and any turn waiting for its tail. */
  cancel(): void {
    this.pressedAt = null;
    if (this.tail) clearTimeout(this.tail);
    this.tail = null;
  }
}

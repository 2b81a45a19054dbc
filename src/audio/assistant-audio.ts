import { unlockAudio } from './audio-unlock';
import { meterLevelFromRms } from './capture-math';
import { RemoteAudioPlayer } from './remote-audio';

/**
 * Where the persona's voice comes out: one hidden `<audio>` element for the page's lifetime (so the browser's
 * echo cancellation knows about it), the remote stream attached to it, and its meter level.
 */
export class AssistantAudio {
  private element: HTMLAudioElement | null = null;
  private player: RemoteAudioPlayer | null = null;
  private untap: (() => void) | null = null;

  constructor(private readonly onLevel: (level: number) => void) {}

  /** Call inside the Start click, before anything is awaited: the browser only allows playback from a gesture. */
  unlock(): void {
    void unlockAudio(this.ensureElement()).catch(() => undefined);
  }

  play(stream: MediaStream): void {
    this.stop();
    this.player = new RemoteAudioPlayer(this.ensureElement());
    this.player.attach(stream);
    this.untap = this.player.onLevel((rms) => this.onLevel(meterLevelFromRms(rms)));
  }

  stop(): void {
    this.untap?.();
    this.untap = null;
    this.player?.detach();
    this.player = null;
    this.onLevel(0);
  }

  private ensureElement(): HTMLAudioElement {
    if (!this.element) {
      const element = document.createElement('audio');
      element.autoplay = true;
      element.dataset.role = 'assistant-audio';
      element.hidden = true;
      document.body.append(element);
      this.element = element;
    }
    return this.element;
  }
}

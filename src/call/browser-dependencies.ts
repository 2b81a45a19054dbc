import { AssistantAudio } from '../audio/assistant-audio';
import { getSharedAudioContext } from '../audio/audio-unlock';
import { MicCapture } from '../audio/mic-capture';
import { withBenchOrder } from './bench-order';
import type { CallDependencies } from './call-dependencies';
import { RealtimeConnection } from './realtime-connection';
import { TokenCache } from './token-cache';

/**
 * The page's first AudioContext costs about 60 ms of main thread (the browser starts its audio service and reads
 * the output device); made inside the Start click it delayed everything after it. Made while idle it is off that
 * path; the click still resumes it within the gesture (unlockAudio), which is what autoplay rules ask for.
 */
function warmAudioContextWhenIdle(): void {
  if (typeof window === 'undefined' || typeof AudioContext === 'undefined') return;
  const warm = () => {
    try {
      getSharedAudioContext();
    } catch {
      // No Web Audio: Start reports it.
    }
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warm, { timeout: 2_000 });
  else setTimeout(warm, 500);
}

/** The real browser parts: microphone through the capture worklet, WebRTC, the token server, an `<audio>` element. */
export function browserCallDependencies(): CallDependencies {
  warmAudioContextWhenIdle();
  const deps: CallDependencies = {
    openMicrophone: (options) => MicCapture.open({ audioContext: getSharedAudioContext(), ...options }),
    createTransport: (handlers) => new RealtimeConnection(handlers),
    tokens: new TokenCache(),
    createVoiceOutput: (onLevel) => new AssistantAudio(onLevel),
    now: () => performance.now(),
  };
  return withBenchOrder(deps, typeof location === 'undefined' ? '' : location.search);
}

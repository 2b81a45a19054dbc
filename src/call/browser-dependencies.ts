import { AssistantAudio } from '../audio/assistant-audio';
import { getSharedAudioContext } from '../audio/audio-unlock';
import { MicCapture } from '../audio/mic-capture';
import { withBenchOrder } from './bench-order';
import type { CallDependencies } from './call-dependencies';
import { RealtimeConnection } from './realtime-connection';
import { TokenCache } from './token-cache';

/** The real browser parts: microphone through the capture worklet, WebRTC, the token server, an `<audio>` element. */
export function browserCallDependencies(): CallDependencies {
  const deps: CallDependencies = {
    openMicrophone: (options) => MicCapture.open({ audioContext: getSharedAudioContext(), ...options }),
    createTransport: (handlers) => new RealtimeConnection(handlers),
    tokens: new TokenCache(),
    createVoiceOutput: (onLevel) => new AssistantAudio(onLevel),
    now: () => performance.now(),
  };
  return withBenchOrder(deps, typeof location === 'undefined' ? '' : location.search);
}

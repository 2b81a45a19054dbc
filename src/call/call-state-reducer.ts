import type { SessionCreatedEvent } from 'openai/resources/realtime/realtime';
import type { CallState } from './call-state';
import type { ServerEvent } from './server-events';

/**
 * What a server event changes in the visible call state (who is speaking, the session the server applied).
 * Pure; `sinceStartMs` is the time since the Start click, for the first-audio figure.
 */
export function callStateChange(state: CallState, event: ServerEvent, sinceStartMs: number): Partial<CallState> | null {
  switch (event.type) {
    case 'session.created':
    case 'session.updated':
      return appliedSession(state, event.session);
    case 'response.created':
      return { responseActive: true };
    case 'response.done':
      return { responseActive: false };
    case 'output_audio_buffer.started':
      return state.firstAudioMs === null ? { assistantSpeaking: true, firstAudioMs: sinceStartMs } : { assistantSpeaking: true };
    case 'output_audio_buffer.stopped':
    case 'output_audio_buffer.cleared':
      return { assistantSpeaking: false };
    case 'input_audio_buffer.speech_started':
      return { userSpeaking: true };
    case 'input_audio_buffer.speech_stopped':
    case 'input_audio_buffer.committed':
      return { userSpeaking: false };
    default:
      return null;
  }
}

function appliedSession(state: CallState, session: SessionCreatedEvent['session'] | undefined): Partial<CallState> | null {
  if (!session) return null;
  const first = 'output_modalities' in session ? session.output_modalities?.[0] : undefined;
  const confirmed = first === 'text' || first === 'audio' ? first : null;
  return {
    appliedSession: session,
    outputModality: { ...state.outputModality, confirmed },
  };
}

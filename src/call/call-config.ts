import type { SessionUpdateEvent } from 'openai/resources/realtime/realtime';
import type { TokenRequest } from '../../server-token/contract';
import type { OutputModality, TurnDetectionMode } from '../../server-token/contract';
import type { RealtimeVoice } from '../../server-token/contract';

export type { OutputModality, RealtimeVoice, TurnDetectionMode };

/** The `session` of a session.update the page sends (always a realtime session, never with a model). */
export type SessionUpdate = Extract<SessionUpdateEvent['session'], { type: 'realtime' }>;

/** What a call needs from the persona and the settings. */
export interface CallConfig {
  instructions: string;
  voice: RealtimeVoice;
  /** ISO-639-1, the persona's language; also the transcription hint. */
  language: string;
  /** Shown in the call header. */
  personaName: string;
}

export interface CallSettings {
  turnMode: TurnDetectionMode;
  outputModality: OutputModality;
}

/**
 * The key's part of the session: only what changes by an explicit choice (language, turn-taking, output), never
 * what changes as the user types, so editing a persona never mints a key. The persona itself goes in the first
 * session.update ({@link personaSessionUpdate}).
 */
export function tokenRequestFor(config: Pick<CallConfig, 'language'>, settings: CallSettings): TokenRequest {
  return {
    language: config.language,
    turnDetection: settings.turnMode,
    outputModality: settings.outputModality,
  };
}

/**
 * The persona, sent as soon as the data channel opens and before the first response.create (events are applied
 * in order). The voice may be set until the model first speaks.
 */
export function personaSessionUpdate(config: CallConfig, instructions = config.instructions): SessionUpdate {
  return { type: 'realtime', instructions, audio: { output: { voice: config.voice } } };
}

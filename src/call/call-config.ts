import type { TokenRequest } from '../../server-token/contract/token';
import type { OutputModality, TurnDetectionMode } from '../../server-token/contract/turn-detection';
import type { RealtimeVoice } from '../../server-token/contract/voices';

export type { OutputModality, RealtimeVoice, TurnDetectionMode };

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

export function tokenRequestFor(config: CallConfig, settings: CallSettings): TokenRequest {
  return {
    instructions: config.instructions,
    voice: config.voice,
    language: config.language,
    turnDetection: settings.turnMode,
    outputModality: settings.outputModality,
  };
}

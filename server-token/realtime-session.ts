import { turnDetectionFor } from './contract.ts';
import type { ClientSecretCreateParams } from 'openai/resources/realtime/client-secrets';
import type { RealtimeSessionCreateRequest } from 'openai/resources/realtime/realtime';
import type { TokenRequest } from './contract.ts';
import type { OutputModality, TurnDetectionMode } from './contract.ts';

export const TRANSCRIPTION_MODEL = 'gpt-4o-mini-transcribe';
export const DEFAULT_VOICE = 'marin';
export const DEFAULT_TURN_DETECTION: TurnDetectionMode = 'server_vad';
export const DEFAULT_OUTPUT_MODALITY: OutputModality = 'audio';

/** `null` switches VAD off: with push-to-talk the page commits the buffer and asks for a response itself. */
export const buildTurnDetection = turnDetectionFor;

/** The transcription hint wants ISO-639-1, so a region (`en-US`) is dropped. */
export function transcriptionLanguage(language: string | undefined): string | undefined {
  return language?.slice(0, 2).toLowerCase();
}

/** The full GA session for one call. The model always comes from the server, never from the request. */
export function buildRealtimeSession(model: string, request: TokenRequest): RealtimeSessionCreateRequest {
  const language = transcriptionLanguage(request.language);
  const session: RealtimeSessionCreateRequest = {
    type: 'realtime',
    model,
    output_modalities: [request.outputModality ?? DEFAULT_OUTPUT_MODALITY],
    audio: {
      input: {
        transcription: language ? { model: TRANSCRIPTION_MODEL, language } : { model: TRANSCRIPTION_MODEL },
        noise_reduction: { type: 'near_field' },
        turn_detection: buildTurnDetection(request.turnDetection ?? DEFAULT_TURN_DETECTION),
      },
      output: { voice: request.voice ?? DEFAULT_VOICE },
    },
  };
  if (request.instructions !== undefined && request.instructions.trim() !== '') session.instructions = request.instructions;
  return session;
}

export function buildClientSecretParams(model: string, ttlSeconds: number, request: TokenRequest): ClientSecretCreateParams {
  return {
    expires_after: { anchor: 'created_at', seconds: ttlSeconds },
    session: buildRealtimeSession(model, request),
  };
}

/** `${base}/realtime/calls`, where the browser posts its SDP offer. */
export function callsUrlFor(baseUrl: string | null): string {
  return `${(baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/realtime/calls`;
}

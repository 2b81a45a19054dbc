import { z } from 'zod';

import type { TokenServerErrorCode } from './error-codes.ts';
import { OUTPUT_MODALITIES, TURN_DETECTION_MODES } from './turn-detection.ts';
import { REALTIME_VOICES } from './voices.ts';

export const MAX_INSTRUCTIONS_CHARS = 8_000;

/**
 * Body of `POST /api/realtime/token`. Everything is optional; unknown fields are refused, and a `model`
 * field gets its own answer ("the model is chosen by the server") before this schema runs.
 */
export const tokenRequestSchema = z.strictObject({
  instructions: z.string().max(MAX_INSTRUCTIONS_CHARS).optional(),
  voice: z.enum(REALTIME_VOICES).optional(),
  /** ISO-639-1 code, optionally with a region (`ko`, `en`, `en-US`); used as the transcription hint. */
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).optional(),
  turnDetection: z.enum(TURN_DETECTION_MODES).optional(),
  outputModality: z.enum(OUTPUT_MODALITIES).optional(),
});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

/** Success body of `POST /api/realtime/token`. */
export interface TokenResponse {
  /** The ephemeral `ek_…` key. Never logged, never shown. */
  value: string;
  /** Unix seconds (OpenAI's clock) after which the key can no longer start a call. */
  expiresAt: number;
  /** Seconds the key has left as the server sends it: the browser's clock may be off, so it counts from receipt. */
  expiresInSeconds: number;
  /** The model the server pinned into the key. */
  model: string;
  /** Where the browser posts its SDP offer. */
  callsUrl: string;
  /** The session the upstream reported at mint time (no secret in it). */
  session: Record<string, unknown>;
}

/** Every error body the token server sends. */
export interface ApiErrorBody {
  error: { code: TokenServerErrorCode; message: string; hint?: string };
}

/** `GET /api/health`: what is configured, never a secret. */
export interface HealthResponse {
  ok: boolean;
  /** `simulator` when the server talks to the local stand-ins instead of OpenAI. */
  mode: 'live' | 'simulator';
  model: string;
  modelCheck: { status: 'ok' | 'unavailable' | 'skipped' | 'error'; availableModels?: string[]; message?: string };
  gemini: { mode: 'proxy' | 'simulator' | 'off'; keySource: 'GOOGLE_API_KEY' | 'GEMINI_API_KEY' | null; models: string[] };
  /** Where limits are counted, and the site-wide key caps (TOKEN_HOURLY_LIMIT / TOKEN_DAILY_LIMIT) so far. */
  limits: {
    store: 'memory' | 'redis';
    keyCap: {
      status: 'ok' | 'unavailable';
      hour: { used: number; limit: number } | null;
      day: { used: number; limit: number } | null;
    };
  };
}

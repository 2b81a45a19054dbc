import type { ProblemPolicy } from './call-problem';

/** Codes the Realtime API itself sends (SDP answers, `error` events, failed `response.done`s), and what they do. */
export const REALTIME_PROBLEMS = {
  model_not_found: { fatal: true },
  invalid_api_key: { fatal: true },
  insufficient_quota: { fatal: true },
  rate_limit_exceeded: { fatal: false },
  session_expired: { fatal: true, canReconnect: true },
  input_audio_buffer_commit_empty: { fatal: false },
  audio_unintelligible: { fatal: false },
} as const satisfies Record<string, ProblemPolicy>;

/**
 * In-session codes that are not the user's problem: a collision the page retries itself
 * (`conversation_already_has_active_response`) and an Interrupt that came just as a reply ended.
 */
export const SILENT_REALTIME_CODES = new Set(['conversation_already_has_active_response', 'response_cancel_not_active']);

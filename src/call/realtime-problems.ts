import type { ProblemEntry } from './call-problem';

const QUOTA: ProblemEntry = {
  message: 'The OpenAI account is out of quota.',
  fix: 'Add credit or raise the limit in the OpenAI billing settings, then try again.',
  fatal: true,
};

/** Codes the Realtime API itself sends: SDP answers, `error` events and failed `response.done`s. */
export const REALTIME_PROBLEMS = {
  model_not_found: {
    message: (detail) => detail || 'The Realtime model this call uses is not available to the OpenAI key.',
    fix: 'Set OPENAI_REALTIME_MODEL on the token server to a model your key can use, then restart it.',
    fatal: true,
  },
  invalid_api_key: {
    message: 'OpenAI did not accept the key for this call.',
    fix: 'Check OPENAI_API_KEY on the token server. If the call key expired, press Start call again.',
    fatal: true,
  },
  insufficient_quota: QUOTA,
  rate_limit_exceeded: {
    message: 'OpenAI is rate-limiting this account.',
    fix: 'Wait a moment and try again.',
    fatal: false,
  },
  session_expired: {
    message: 'The call reached the 60-minute limit of a Realtime session.',
    fix: 'Start a new call; the transcript stays on the page.',
    fatal: true,
    canReconnect: true,
  },
  input_audio_buffer_commit_empty: {
    message: 'Nothing was recorded for that turn.',
    fix: 'Hold the talk button while you speak.',
    fatal: false,
  },
  audio_unintelligible: {
    message: 'The persona could not make out what you said.',
    fix: 'Speak a little closer to the microphone, or type the turn instead.',
    fatal: false,
  },
} as const satisfies Record<string, ProblemEntry>;

/**
 * In-session codes that are not the user's problem: a collision the page retries itself
 * (`conversation_already_has_active_response`) and an Interrupt that came just as a reply ended.
 */
export const SILENT_REALTIME_CODES = new Set(['conversation_already_has_active_response', 'response_cancel_not_active']);

/**
 * One catalogue for every failure a call can meet: what the user is told, what fixes it, and whether the
 * call can go on. The UI and the tests both read it, so a message is written once.
 */
export interface CallProblem {
  /** Stable code: the Realtime / token-server code where there is one. */
  code: string;
  message: string;
  fix: string;
  /** A fatal problem ends the call at its first occurrence instead of failing every turn. */
  fatal: boolean;
  /** Offer a reconnect button (the transcript is kept). */
  canReconnect?: boolean;
}

type Entry = Omit<CallProblem, 'code' | 'message'> & { message: string | ((detail: string) => string) };

const CATALOGUE: Record<string, Entry> = {
  no_persona: {
    message: 'There is no persona to call yet.',
    fix: 'Pick a built-in persona or create one, then press Start call.',
    fatal: false,
  },
  model_not_found: {
    message: (detail) => detail || 'The Realtime model this call uses is not available to the OpenAI key.',
    fix: 'Set OPENAI_REALTIME_MODEL on the token server to a model your key can use, then restart it.',
    fatal: true,
  },
  model_unavailable: {
    message: (detail) => detail || 'The token server refused to start calls: its Realtime model is not available to its key.',
    fix: 'Set OPENAI_REALTIME_MODEL on the token server to one of the models it lists, then restart it.',
    fatal: true,
  },
  invalid_api_key: {
    message: 'OpenAI did not accept the key for this call.',
    fix: 'Check OPENAI_API_KEY on the token server. If the call key expired, press Start call again.',
    fatal: true,
  },
  openai_key_invalid: {
    message: 'OpenAI rejected the token server’s API key.',
    fix: 'Put a valid key in OPENAI_API_KEY (in .env) and restart the token server.',
    fatal: true,
  },
  insufficient_quota: {
    message: 'The OpenAI account is out of quota.',
    fix: 'Add credit or raise the limit in the OpenAI billing settings, then try again.',
    fatal: true,
  },
  openai_quota_exhausted: {
    message: 'The OpenAI account is out of quota.',
    fix: 'Add credit or raise the limit in the OpenAI billing settings, then try again.',
    fatal: true,
  },
  rate_limit_exceeded: {
    message: 'OpenAI is rate-limiting this account.',
    fix: 'Wait a moment and try again.',
    fatal: false,
  },
  openai_rate_limited: {
    message: 'OpenAI is rate-limiting this account.',
    fix: 'Wait a moment, then press Start call again.',
    fatal: true,
  },
  rate_limited: {
    message: 'Too many call attempts from this browser.',
    fix: 'Wait a minute, then press Start call again.',
    fatal: true,
  },
  session_expired: {
    message: 'The call reached the 60-minute limit of a Realtime session.',
    fix: 'Start a new call; the transcript stays on the page.',
    fatal: true,
    canReconnect: true,
  },
  token_server_unreachable: {
    message: 'The token server could not be reached.',
    fix: 'Make sure it is running (npm start, or npm run server) and that this page is served from it or proxied to it.',
    fatal: true,
    canReconnect: true,
  },
  sdp_rejected: {
    message: (detail) => `OpenAI refused the call setup${detail ? `: ${detail}` : '.'}`,
    fix: 'Press Start call again for a fresh key. If it keeps failing, check the token server log.',
    fatal: true,
    canReconnect: true,
  },
  calls_unreachable: {
    message: 'The Realtime service could not be reached to set up the call.',
    fix: 'Check the network connection, then press Start call again.',
    fatal: true,
    canReconnect: true,
  },
  connection_lost: {
    message: 'The connection to the call dropped.',
    fix: 'Check the network, then press Reconnect. The transcript is kept.',
    fatal: true,
    canReconnect: true,
  },
  connection_failed: {
    message: 'The audio connection could not be established.',
    fix: 'A firewall or VPN may block WebRTC. Try another network, then press Start call again.',
    fatal: true,
    canReconnect: true,
  },
  'mic:permission-denied': {
    message: 'Microphone access is blocked for this page.',
    fix: 'Allow the microphone in the address bar (the lock or camera icon), then press Start call again.',
    fatal: true,
  },
  'mic:no-device': {
    message: 'No microphone was found.',
    fix: 'Connect a microphone or headset, then press Start call again.',
    fatal: true,
  },
  'mic:device-busy': {
    message: 'The microphone is in use by another program or could not be started.',
    fix: 'Close other apps that use the microphone, then press Start call again.',
    fatal: true,
  },
  'mic:unsupported': {
    message: 'This browser does not allow microphone access here.',
    fix: 'Open the page over https (or on localhost) in a current browser.',
    fatal: true,
  },
  'mic:audio-graph': {
    message: 'The microphone could not be connected to the call.',
    fix: 'Reload the page and press Start call again; if it persists, try another browser.',
    fatal: true,
  },
  'mic:ended': {
    message: 'The microphone was disconnected during the call.',
    fix: 'Reconnect the microphone, then press Reconnect. The transcript is kept.',
    fatal: true,
    canReconnect: true,
  },
  input_audio_buffer_commit_empty: {
    message: 'Nothing was recorded for that turn.',
    fix: 'Hold the talk button while you speak.',
    fatal: false,
  },
  conversation_already_has_active_response: {
    message: 'The persona was still answering.',
    fix: 'Wait for the answer to finish, or press Stop first.',
    fatal: false,
  },
  response_cancel_not_active: {
    message: 'There was no answer to stop.',
    fix: '',
    fatal: false,
  },
  malformed_event: {
    message: 'The call received a message it could not read; it was skipped.',
    fix: 'If this repeats, open the debug panel (?debug=1) and export the event log.',
    fatal: false,
  },
};

const FALLBACK: Entry = {
  message: (detail) => detail || 'Something went wrong in the call.',
  fix: 'Open the debug panel (?debug=1) to see the event log.',
  fatal: false,
};

/** Builds the problem for a code; `detail` is the server's own message, shown when the catalogue has none better. */
export function describeProblem(code: string, detail = '', hint?: string): CallProblem {
  const entry = CATALOGUE[code] ?? FALLBACK;
  const message = typeof entry.message === 'function' ? entry.message(detail) : entry.message;
  return {
    code,
    message,
    fix: hint?.trim() ? hint : entry.fix,
    fatal: entry.fatal,
    ...(entry.canReconnect ? { canReconnect: true } : {}),
  };
}

export function isKnownProblem(code: string): boolean {
  return code in CATALOGUE;
}

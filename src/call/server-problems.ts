import type { TokenServerErrorCode } from '../../server-token/contract/error-codes';
import type { ProblemEntry } from './call-problem';

/**
 * What the page says for each code the token server answers with. Keyed by the contract's list, so a new
 * server code fails the typecheck until the page knows it. Every one of them stops the call from starting.
 */
export const TOKEN_SERVER_PROBLEMS: Record<TokenServerErrorCode, ProblemEntry> = {
  invalid_json: {
    message: 'The page sent the token server a request it could not read.',
    fix: 'Reload the page and try again; if it keeps happening, report it with the debug log.',
    fatal: true,
  },
  invalid_request: {
    message: (detail) => detail || 'The token server refused the call settings.',
    fix: 'Check the persona (voice, language) and try again; reload the page if it keeps happening.',
    fatal: true,
  },
  model_not_allowed: {
    message: 'The page asked for a model, and only the server chooses it.',
    fix: 'Reload the page; the model is set with OPENAI_REALTIME_MODEL on the token server.',
    fatal: true,
  },
  unsupported_media_type: {
    message: 'The token server expected JSON from the page.',
    fix: 'Reload the page and try again.',
    fatal: true,
  },
  payload_too_large: {
    message: 'The persona is too long to start a call with.',
    fix: 'Shorten the persona (background, personality or scene), then press Start call again.',
    fatal: true,
  },
  origin_not_allowed: {
    message: 'The token server does not accept calls from this page’s address.',
    fix: 'Add this page’s origin to ALLOWED_ORIGINS on the token server, then restart it.',
    fatal: true,
  },
  host_not_allowed: {
    message: 'The token server does not answer for the address this page used.',
    fix: 'Open the app at its public address, or add this address to PUBLIC_ORIGIN on the token server.',
    fatal: true,
  },
  token_cap_reached: {
    message: 'This site has handed out all the calls it allows for now.',
    fix: 'Try again later; the site owner can raise TOKEN_HOURLY_LIMIT or TOKEN_DAILY_LIMIT.',
    fatal: true,
  },
  limit_store_unavailable: {
    message: 'The token server cannot check its call limit right now, so it starts no calls.',
    fix: 'Try again in a minute; the site owner should check that Redis (REDIS_URL) is reachable.',
    fatal: true,
    canReconnect: true,
  },
  rate_limited: {
    message: 'Too many call attempts from this browser.',
    fix: 'Wait a minute, then press Start call again.',
    fatal: true,
  },
  not_found: {
    message: 'The token server does not know the address the page asked for.',
    fix: 'Make sure the page and the token server are the same version, then reload.',
    fatal: true,
  },
  method_not_allowed: {
    message: 'The token server refused the kind of request the page sent.',
    fix: 'Make sure the page and the token server are the same version, then reload.',
    fatal: true,
  },
  model_unavailable: {
    message: (detail) => detail || 'The token server refused to start calls: its Realtime model is not available to its key.',
    fix: 'Set OPENAI_REALTIME_MODEL on the token server to one of the models it lists, then restart it.',
    fatal: true,
  },
  openai_key_invalid: {
    message: 'OpenAI rejected the token server’s API key.',
    fix: 'Put a valid key in OPENAI_API_KEY (in .env) and restart the token server.',
    fatal: true,
  },
  openai_forbidden: {
    message: (detail) => detail || 'OpenAI refused this request for the token server’s key.',
    fix: 'Check that the key’s project may use the Realtime API and this model.',
    fatal: true,
  },
  openai_quota_exhausted: {
    message: 'The OpenAI account is out of quota.',
    fix: 'Add credit or raise the limit in the OpenAI billing settings, then try again.',
    fatal: true,
  },
  openai_rate_limited: {
    message: 'OpenAI is rate-limiting this account.',
    fix: 'Wait a moment, then press Start call again.',
    fatal: true,
  },
  openai_timeout: {
    message: 'OpenAI did not answer the token server in time.',
    fix: 'Press Start call again; if it keeps happening, check the token server’s network.',
    fatal: true,
    canReconnect: true,
  },
  openai_unreachable: {
    message: 'The token server could not reach OpenAI.',
    fix: 'Check the token server’s network and OPENAI_BASE_URL, then press Start call again.',
    fatal: true,
    canReconnect: true,
  },
  openai_rejected_request: {
    message: (detail) => detail || 'OpenAI rejected the session the token server asked for.',
    fix: 'This is a bug or an API change: report it with the token server log.',
    fatal: true,
  },
  openai_error: {
    message: 'OpenAI answered the token server with an unexpected error.',
    fix: 'Press Start call again; report it with the token server log if it persists.',
    fatal: true,
    canReconnect: true,
  },
  gemini_forbidden: {
    message: 'The token server only passes persona writing through to Gemini.',
    fix: 'Use a Gemini model from the server’s GEMINI_MODELS list.',
    fatal: true,
  },
  gemini_not_configured: {
    message: 'Gemini is not configured on the token server.',
    fix: 'Set GEMINI_API_KEY on the token server, or use the built-in personas.',
    fatal: true,
  },
  gemini_timeout: {
    message: 'Gemini did not answer in time.',
    fix: 'Try again, or pick a lighter model.',
    fatal: true,
  },
  gemini_unreachable: {
    message: 'The token server could not reach Gemini.',
    fix: 'Check the token server’s network and GEMINI_BASE_URL.',
    fatal: true,
  },
  internal_error: {
    message: 'The token server hit an unexpected error.',
    fix: 'Press Start call again; report it with the token server log if it persists.',
    fatal: true,
    canReconnect: true,
  },
};

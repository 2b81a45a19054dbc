/**
 * Every `error.code` the token server answers with. The server's catalogue and the page's message catalogue
 * are both keyed by this list, so a new code fails the typecheck until both sides know it.
 */
export const TOKEN_SERVER_ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'model_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'origin_not_allowed',
  'host_not_allowed',
  'rate_limited',
  'token_cap_reached',
  'limit_store_unavailable',
  'not_found',
  'method_not_allowed',
  'model_unavailable',
  'openai_key_invalid',
  'openai_forbidden',
  'openai_quota_exhausted',
  'openai_rate_limited',
  'openai_timeout',
  'openai_unreachable',
  'openai_rejected_request',
  'openai_error',
  'gemini_forbidden',
  'gemini_not_configured',
  'gemini_timeout',
  'gemini_unreachable',
  'internal_error',
] as const;
export type TokenServerErrorCode = (typeof TOKEN_SERVER_ERROR_CODES)[number];

export function isTokenServerErrorCode(code: string): code is TokenServerErrorCode {
  return (TOKEN_SERVER_ERROR_CODES as readonly string[]).includes(code);
}

/** The ways writing a persona with Gemini can fail (gemini-errors.ts classifies, gemini-messages.ts words them). */
export type GeminiFailureCode =
  | 'aborted'
  | 'prompt_blocked'
  | 'output_stopped'
  | 'invalid_output'
  | 'rate_limited'
  | 'daily_quota'
  | 'overloaded'
  | 'server_error'
  | 'model_not_found'
  | 'invalid_key'
  | 'bad_request'
  | 'network'
  | 'gemini_not_configured'
  | 'token_server'
  | 'unknown';

/** What a failure's words may name; kept on the failure so it can be said again in another language. */
export interface GeminiFailureParams {
  /** The Gemini model id from settings. */
  model: string;
  /** True when the user's own key is in use (then key problems are theirs to fix). */
  ownKey: boolean;
  /** The service's own words (a block or finish reason, the token server's message). */
  detail?: string;
  /** Server-suggested wait before retrying, in ms. */
  retryAfterMs?: number;
}

import { TOKEN_SERVER_ERROR_CODES, type TokenServerErrorCode } from '../../server-token/contract';
import type { ProblemPolicy } from './call-problem';

/** Codes of a failure that may pass if the user simply tries again. */
const WORTH_RETRYING = new Set<TokenServerErrorCode>(['openai_timeout', 'openai_unreachable', 'openai_error', 'internal_error', 'limit_store_unavailable']);

/**
 * What a token-server answer does to the call: every code stops it from starting. Keyed by the contract's list,
 * so a new server code fails the typecheck (here and in problem-messages.ts) until the page knows it.
 */
export const TOKEN_SERVER_PROBLEMS = Object.fromEntries(
  TOKEN_SERVER_ERROR_CODES.map((code) => [code, { fatal: true, ...(WORTH_RETRYING.has(code) ? { canReconnect: true } : {}) }]),
) as Record<TokenServerErrorCode, ProblemPolicy>;

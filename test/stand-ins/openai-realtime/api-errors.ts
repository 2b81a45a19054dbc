/** HTTP error bodies shaped exactly like the OpenAI API's, and key masking that never reveals a whole key. */

export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface HttpFailure {
  status: number;
  body: OpenAiErrorBody;
  headers?: Record<string, string>;
}

export function errorBody(
  message: string,
  type: string,
  code: string | null,
  param: string | null = null,
): OpenAiErrorBody {
  return { error: { message, type, param, code } };
}

/**
 * Masks a key the way OpenAI's 401 message does: a short prefix, stars, and the last four characters
 * only when the key is long enough that they give nothing away.
 */
export function maskKey(key: string): string {
  const prefixLength = key.length >= 16 ? 8 : Math.min(3, Math.floor(key.length / 3));
  const suffixLength = key.length >= 32 ? 4 : 0;
  const stars = Math.max(4, key.length - prefixLength - suffixLength);
  return key.slice(0, prefixLength) + '*'.repeat(stars) + (suffixLength ? key.slice(-suffixLength) : '');
}

export function invalidApiKey(key: string): HttpFailure {
  const message = key
    ? `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`
    : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.";
  return { status: 401, body: errorBody(message, 'invalid_request_error', key ? 'invalid_api_key' : null) };
}

export const insufficientQuota = (): HttpFailure => ({
  status: 429,
  body: errorBody(
    'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    'insufficient_quota',
    'insufficient_quota',
  ),
});

export const rateLimited = (): HttpFailure => ({
  status: 429,
  headers: { 'retry-after': '20', 'x-ratelimit-limit-requests': '200', 'x-ratelimit-remaining-requests': '0' },
  body: errorBody(
    'Rate limit reached for requests per min (RPM): Limit 200, Used 200, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.',
    'requests',
    'rate_limit_exceeded',
  ),
});

export const serverOverloaded = (): HttpFailure => ({
  status: 503,
  body: errorBody('The server is overloaded or not ready yet.', 'server_error', null),
});

export const betaShapeDisabled = (): HttpFailure => ({
  status: 400,
  body: errorBody(
    'The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API.',
    'invalid_request_error',
    'beta_api_shape_disabled',
  ),
});

export const modelNotFound = (model: string): HttpFailure => ({
  status: 404,
  body: errorBody(
    `The model '${model}' does not exist or you do not have access to it.`,
    'invalid_request_error',
    'model_not_found',
  ),
});

export const invalidRequest = (message: string, code: string | null, param: string | null = null): HttpFailure => ({
  status: 400,
  body: errorBody(message, 'invalid_request_error', code, param),
});

export const notFound = (method: string, path: string): HttpFailure => ({
  status: 404,
  body: errorBody(
    `Invalid URL (${method} ${path})`,
    'invalid_request_error',
    null,
  ),
});

/** Gemini REST error bodies, shaped exactly like the real API's (gemini.md §3.2). */

export interface GeminiErrorReply {
  status: number;
  body: { error: { code: number; message: string; status: string; details?: unknown[] } };
}

export function invalidKeyError(): GeminiErrorReply {
  const message = 'API key not valid. Please pass a valid API key.';
  return {
    status: 400,
    body: {
      error: {
        code: 400,
        message,
        status: 'INVALID_ARGUMENT',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
          { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message },
        ],
      },
    },
  };
}

export function missingKeyError(): GeminiErrorReply {
  return {
    status: 403,
    body: {
      error: {
        code: 403,
        message: "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        status: 'PERMISSION_DENIED',
      },
    },
  };
}

export function modelNotFoundError(model: string, apiVersion: string): GeminiErrorReply {
  const retired = /^gemini-(1\.|2\.0|2\.5)/.test(model);
  const message = retired
    ? `This model models/${model} is no longer available to new users. Please update your code to use models/gemini-3.5-flash-lite for the latest features and improvements.`
    : `models/${model} is not found for API version ${apiVersion}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`;
  return { status: 404, body: { error: { code: 404, message, status: 'NOT_FOUND' } } };
}

export function quotaError(model: string, options: { retryDelay?: string; perDay?: boolean }): GeminiErrorReply {
  const perDay = options.perDay === true;
  return {
    status: 429,
    body: {
      error: {
        code: 429,
        message: `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.`,
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [
              {
                quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
                quotaId: perDay ? 'GenerateRequestsPerDayPerProjectPerModel-FreeTier' : 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
                quotaDimensions: { location: 'global', model },
                quotaValue: perDay ? '250' : '10',
              },
            ],
          },
          { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }] },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: options.retryDelay ?? (perDay ? '43200s' : '15s') },
        ],
      },
    },
  };
}

export function overloadedError(): GeminiErrorReply {
  return { status: 503, body: { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } } };
}

export function badRequestError(message: string): GeminiErrorReply {
  return { status: 400, body: { error: { code: 400, message, status: 'INVALID_ARGUMENT' } } };
}

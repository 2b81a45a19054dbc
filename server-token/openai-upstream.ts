import OpenAI from 'openai';
import type { ClientSecretCreateParams, ClientSecretCreateResponse } from 'openai/resources/realtime/client-secrets';
import { cappedFetch } from './capped-body.ts';
import type { ServerConfig } from './config.ts';

/** The two corners of the `openai` client the server uses; tests hand in fakes of this shape. */
export interface RealtimeUpstream {
  realtime: { clientSecrets: { create(body: ClientSecretCreateParams): Promise<ClientSecretCreateResponse> } };
  models: { retrieve(model: string): Promise<{ id: string }>; list(): AsyncIterable<{ id: string }> };
}

export interface UpstreamOptions {
  apiKey: string;
  baseURL: string | null;
  timeout: number;
  maxRetries: number;
  fetch?: typeof fetch;
}

export type OpenAIFactory = (options: UpstreamOptions) => RealtimeUpstream;

/**
 * No retries: a retried mint doubles the wait the user sees, and a retried 429 only makes it worse;
 * the page can simply ask again.
 */
export const defaultOpenAIFactory: OpenAIFactory = (options) =>
  new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? undefined,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

export function createUpstream(config: ServerConfig, factory: OpenAIFactory = defaultOpenAIFactory, fetchImpl?: typeof fetch): RealtimeUpstream {
  const options: UpstreamOptions = {
    apiKey: config.openai.apiKey,
    baseURL: config.openai.baseUrl,
    timeout: config.openai.timeoutMs,
    maxRetries: 0,
    // An answer of hundreds of megabytes must not be buffered whole by the SDK.
    fetch: cappedFetch(fetchImpl ?? globalThis.fetch.bind(globalThis), config.openai.maxResponseBytes),
  };
  return factory(options);
}

import type { ApiErrorBody, TokenRequest, TokenResponse } from '../../server-token/contract';
import { tokenServerUrl } from '../config/token-server';
import { CallError } from './call-error';

export type { TokenRequest, TokenResponse };

const TOKEN_PATH = '/api/realtime/token';

/** Asks the token server for an ephemeral Realtime key. Errors come back as CallError with the server's hint. */
export async function fetchToken(request: TokenRequest, signal?: AbortSignal): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await fetch(tokenServerUrl(TOKEN_PATH), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CallError('token_server_unreachable');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const apiError = (body as Partial<ApiErrorBody> | null)?.error;
    if (!apiError) throw new CallError('token_server_unreachable', `HTTP ${response.status}`);
    throw new CallError(apiError.code, apiError.message, apiError.hint);
  }
  const token = body as TokenResponse;
  if (typeof token?.value !== 'string' || typeof token.callsUrl !== 'string') {
    throw new CallError('token_server_unreachable', 'The token server sent an unexpected answer.');
  }
  return token;
}

/** The token's public part: what the page may show and log. */
export function withoutSecret(token: TokenResponse): Omit<TokenResponse, 'value'> {
  const { value: _secret, ...rest } = token;
  return rest;
}

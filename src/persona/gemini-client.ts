import type * as GenAI from '@google/genai';

type GoogleGenAI = GenAI.GoogleGenAI;

/** How the browser reaches Gemini: through the token server's pass-through, or straight to Google with the user's key. */
export interface GeminiConnection {
  model: string;
  /** The user's key, or a placeholder the pass-through replaces with the server's key. */
  apiKey: string;
  /** SDK base URL (the SDK appends `/v1/models/…`); undefined = Google. */
  baseUrl?: string;
  ownKey: boolean;
}

let sdk: Promise<typeof GenAI> | undefined;
const clients = new Map<string, GoogleGenAI>();

/** The SDK (~72 KB gzip) is fetched on the first generation only, so the first page load does not pay for it. */
export async function geminiClient(connection: GeminiConnection): Promise<GoogleGenAI> {
  const cacheKey = `${connection.baseUrl ?? ''}\n${connection.apiKey}`;
  const cached = clients.get(cacheKey);
  if (cached) return cached;
  sdk ??= import('@google/genai');
  let module: typeof GenAI;
  try {
    module = await sdk;
  } catch (error) {
    sdk = undefined; // a failed chunk load (offline) must not poison later attempts
    throw error;
  }
  const client = new module.GoogleGenAI({
    apiKey: connection.apiKey,
    ...(connection.baseUrl ? { httpOptions: { baseUrl: connection.baseUrl } } : {}),
  });
  clients.set(cacheKey, client);
  return client;
}

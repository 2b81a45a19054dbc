/** Token usage the way response.done reports it, from rough per-second and per-character rates. */

const AUDIO_IN_TOKENS_PER_SECOND = 10;
const AUDIO_OUT_TOKENS_PER_SECOND = 20;
const CHARS_PER_TEXT_TOKEN = 4;

export const textTokens = (text: string): number => Math.ceil(text.length / CHARS_PER_TEXT_TOKEN);
export const audioInTokens = (ms: number): number => Math.round((ms / 1000) * AUDIO_IN_TOKENS_PER_SECOND);
export const audioOutTokens = (ms: number): number => Math.round((ms / 1000) * AUDIO_OUT_TOKENS_PER_SECOND);

export interface ConversationSize {
  textTokens: number;
  audioTokens: number;
}

export interface ResponseUsage {
  total_tokens: number;
  input_tokens: number;
  output_tokens: number;
  input_token_details: {
    text_tokens: number;
    audio_tokens: number;
    image_tokens: number;
    cached_tokens: number;
    cached_tokens_details: { text_tokens: number; audio_tokens: number; image_tokens: number };
  };
  output_token_details: { text_tokens: number; audio_tokens: number };
}

/**
 * The whole conversation is input to every response. Prompt caching covers the part already seen by the
 * previous response, in 64-token blocks, and never below 1024 tokens in the real API, so short
 * conversations show no cache; here any earlier prefix is cached in 64-token steps to keep turns distinct.
 */
export function responseUsage(
  input: ConversationSize,
  previousInputTokens: number,
  output: { text: string; audioMs: number },
): ResponseUsage {
  const inputTokens = input.textTokens + input.audioTokens;
  const cached = Math.min(inputTokens, Math.floor(previousInputTokens / 64) * 64);
  const cachedText = Math.min(cached, input.textTokens);
  const outText = textTokens(output.text);
  const outAudio = audioOutTokens(output.audioMs);
  return {
    total_tokens: inputTokens + outText + outAudio,
    input_tokens: inputTokens,
    output_tokens: outText + outAudio,
    input_token_details: {
      text_tokens: input.textTokens,
      audio_tokens: input.audioTokens,
      image_tokens: 0,
      cached_tokens: cached,
      cached_tokens_details: { text_tokens: cachedText, audio_tokens: cached - cachedText, image_tokens: 0 },
    },
    output_token_details: { text_tokens: outText, audio_tokens: outAudio },
  };
}

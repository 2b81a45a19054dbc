/**
 * Realtime prices, USD per 1M tokens, from the model pages (see shared reference openai-realtime.md §8).
 * The only place prices live: update here when OpenAI changes them. An unknown model has no price;
 * the panel then says "price unknown" instead of guessing.
 */

export interface ModelPrice {
  textIn: number;
  textCached: number;
  textOut: number;
  audioIn: number;
  audioCached: number;
  audioOut: number;
  imageIn?: number;
  imageCached?: number;
  /** Set when a figure is not confirmed by the model's own page. */
  note?: string;
}

export const PRICES_USD_PER_MILLION: Readonly<Record<string, ModelPrice>> = {
  'gpt-realtime': {
    textIn: 4, textCached: 0.4, textOut: 16, audioIn: 32, audioCached: 0.4, audioOut: 64, imageIn: 5, imageCached: 0.5,
    note: 'figures from secondary sources, same as gpt-realtime-1.5',
  },
  'gpt-realtime-1.5': { textIn: 4, textCached: 0.4, textOut: 16, audioIn: 32, audioCached: 0.4, audioOut: 64, imageIn: 5, imageCached: 0.5 },
  'gpt-realtime-2': { textIn: 4, textCached: 0.4, textOut: 24, audioIn: 32, audioCached: 0.4, audioOut: 64, imageIn: 5, imageCached: 0.5 },
  'gpt-realtime-2.1': { textIn: 4, textCached: 0.4, textOut: 24, audioIn: 32, audioCached: 0.4, audioOut: 64, imageIn: 5, imageCached: 0.5 },
  'gpt-realtime-mini': {
    textIn: 0.6, textCached: 0.06, textOut: 2.4, audioIn: 10, audioCached: 0.3, audioOut: 20,
    note: 'audio figures not on the model page',
  },
  'gpt-realtime-2.1-mini': {
    textIn: 0.6, textCached: 0.06, textOut: 2.4, audioIn: 10, audioCached: 0.3, audioOut: 20, imageIn: 0.8, imageCached: 0.08,
  },
};

/** Exact id first, then the id without a date snapshot suffix (`gpt-realtime-2025-08-28` → `gpt-realtime`). */
export function priceForModel(model: string | null | undefined): ModelPrice | null {
  if (!model) return null;
  const exact = PRICES_USD_PER_MILLION[model];
  if (exact) return exact;
  const undated = model.replace(/-\d{4}-\d{2}-\d{2}$/, '');
  return PRICES_USD_PER_MILLION[undated] ?? null;
}

/** Token counts of one response, split the way they are priced. Input counts include the cached ones. */
export interface TokenSplit {
  inputText: number;
  inputAudio: number;
  inputImage: number;
  cachedText: number;
  cachedAudio: number;
  cachedImage: number;
  outputText: number;
  outputAudio: number;
}

export const ZERO_TOKENS: TokenSplit = {
  inputText: 0, inputAudio: 0, inputImage: 0, cachedText: 0, cachedAudio: 0, cachedImage: 0, outputText: 0, outputAudio: 0,
};

export function addTokens(a: TokenSplit, b: TokenSplit): TokenSplit {
  return {
    inputText: a.inputText + b.inputText,
    inputAudio: a.inputAudio + b.inputAudio,
    inputImage: a.inputImage + b.inputImage,
    cachedText: a.cachedText + b.cachedText,
    cachedAudio: a.cachedAudio + b.cachedAudio,
    cachedImage: a.cachedImage + b.cachedImage,
    outputText: a.outputText + b.outputText,
    outputAudio: a.outputAudio + b.outputAudio,
  };
}

/** USD, or null when the model has no known price or uses a token kind it has no price for. */
export function estimateCostUsd(tokens: TokenSplit, price: ModelPrice | null): number | null {
  if (!price) return null;
  const imageUncached = tokens.inputImage - tokens.cachedImage;
  if ((imageUncached > 0 && price.imageIn === undefined) || (tokens.cachedImage > 0 && price.imageCached === undefined)) return null;
  const perToken =
    (tokens.inputText - tokens.cachedText) * price.textIn +
    tokens.cachedText * price.textCached +
    (tokens.inputAudio - tokens.cachedAudio) * price.audioIn +
    tokens.cachedAudio * price.audioCached +
    imageUncached * (price.imageIn ?? 0) +
    tokens.cachedImage * (price.imageCached ?? 0) +
    tokens.outputText * price.textOut +
    tokens.outputAudio * price.audioOut;
  return perToken / 1_000_000;
}

import { fetchToken, type TokenRequest, type TokenResponse } from './token-client';

/** Keys are only good for starting a call until they expire; keep a margin for the SDP round trip. */
const EXPIRY_MARGIN_MS = 20_000;

interface Pending {
  key: string;
  promise: Promise<Received>;
}

/** A key and when, by this browser's clock, it stops being usable. */
interface Received {
  token: TokenResponse;
  usableUntil: number;
}

/**
 * Fetches the ephemeral key as soon as the call's configuration is known, so pressing Start costs only the
 * SDP round trip. A prefetched key is used at most once and only for the exact request it was minted for. Its
 * lifetime counts from when it arrived, by this browser's clock: OpenAI's `expires_at` is on another clock.
 */
export class TokenCache {
  private pending: Pending | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly fetcher: (request: TokenRequest) => Promise<TokenResponse> = fetchToken,
    private readonly now: () => number = Date.now,
  ) {}

  prefetch(request: TokenRequest): void {
    const key = JSON.stringify(request);
    if (this.pending?.key === key) return;
    this.clearTimer();
    const promise = this.receive(request);
    this.pending = { key, promise };
    promise.then(
      (received) => this.scheduleRefresh(request, received),
      () => {
        if (this.pending?.promise === promise) this.pending = null;
      },
    );
  }

  /** A fresh key for this request: the prefetched one if it matches and is still valid, else a new one. */
  async take(request: TokenRequest): Promise<TokenResponse> {
    const key = JSON.stringify(request);
    const pending = this.pending;
    this.pending = null;
    this.clearTimer();
    if (pending?.key === key) {
      try {
        const received = await pending.promise;
        if (received.usableUntil - this.now() > EXPIRY_MARGIN_MS) return received.token;
      } catch {
        // A failed prefetch is retried below so the user sees the current error, not a stale one.
      }
    }
    return this.fetcher(request);
  }

  private async receive(request: TokenRequest): Promise<Received> {
    const token = await this.fetcher(request);
    return { token, usableUntil: this.now() + token.expiresInSeconds * 1000 };
  }

  private scheduleRefresh(request: TokenRequest, received: Received): void {
    const delay = received.usableUntil - this.now() - EXPIRY_MARGIN_MS;
    if (delay <= 0) return;
    this.refreshTimer = setTimeout(() => {
      this.pending = null;
      // A tab in the background mints nothing; Start then fetches a fresh key itself.
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      this.prefetch(request);
    }, delay);
  }

  private clearTimer(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }
}

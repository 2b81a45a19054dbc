/**
 * Benchmark-only connect orders, read from the URL in this one place (bench/connect.bench.ts sets them):
 * - `bench-no-prefetch=1`: no key is fetched before Start, so Start pays for the token fetch;
 * - `bench-sequential=1`: the order OpenAI's console uses, each step after the last: token → microphone →
 *   offer → SDP (no prefetch either).
 * Without either flag the dependencies are returned untouched.
 */
import type { CallDependencies, CallTransport, TokenSource } from './call-dependencies';
import type { ConnectOptions } from './realtime-connection';

export function withBenchOrder(deps: CallDependencies, search: string): CallDependencies {
  const params = new URLSearchParams(search);
  const sequential = params.get('bench-sequential') === '1';
  if (!sequential && params.get('bench-no-prefetch') !== '1') return deps;
  const tokens: TokenSource = { prefetch: () => undefined, take: (request) => deps.tokens.take(request) };
  return sequential ? sequentialDependencies({ ...deps, tokens }) : { ...deps, tokens };
}

function sequentialDependencies(deps: CallDependencies): CallDependencies {
  // connectCall asks for the microphone, then the key, in one go: the microphone waits until the key is here.
  let keyArrived: () => void = () => undefined;
  return {
    ...deps,
    openMicrophone: async (options) => {
      await new Promise<void>((resolve) => (keyArrived = resolve));
      return deps.openMicrophone(options);
    },
    tokens: {
      prefetch: () => undefined,
      take: (request) => deps.tokens.take(request).finally(() => keyArrived()),
    },
    createTransport: (handlers) => new AfterMicrophone(deps.createTransport(handlers)),
  };
}

/** Makes the offer only once the microphone track is there. */
class AfterMicrophone implements CallTransport {
  constructor(private readonly inner: CallTransport) {}
  get startedAt() { return this.inner.startedAt; }
  get isOpen() { return this.inner.isOpen; }
  get peerConnection() { return this.inner.peerConnection; }
  get channelState() { return this.inner.channelState; }
  async connect(options: ConnectOptions): Promise<void> {
    await options.micTrack;
    return this.inner.connect(options);
  }
  send: CallTransport['send'] = (event) => this.inner.send(event);
  elapsed(): number { return this.inner.elapsed(); }
  close(): void { this.inner.close(); }
}

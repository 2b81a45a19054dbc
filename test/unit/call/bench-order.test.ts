import { describe, expect, it } from 'vitest';
import { withBenchOrder } from '../../../src/call/bench-order.ts';
import type { CallDependencies } from '../../../src/call/call-dependencies.ts';
import { connectCall } from '../../../src/call/connect-call.ts';
import type { TokenRequest } from '../../../src/call/token-client.ts';
import { FakeMicrophone, FakeTransport, fakeCallDependencies } from './support/fake-call-dependencies.ts';

/** Fakes that write down when each step starts and ends, each taking a few ticks. */
function loggingDeps(log: string[]): CallDependencies {
  const base = fakeCallDependencies().deps;
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));
  return {
    ...base,
    openMicrophone: async (options) => {
      log.push('mic');
      await later();
      log.push('mic ready');
      return new FakeMicrophone(options.gateOpen);
    },
    tokens: {
      prefetch: () => log.push('prefetch'),
      take: async (request) => {
        log.push('token');
        await later();
        log.push('token ready');
        return base.tokens.take(request);
      },
    },
    createTransport: (handlers) => {
      const transport = new FakeTransport(handlers);
      transport.connect = async (options) => {
        log.push('offer');
        await options.endpoint;
        log.push('sdp');
        await options.micTrack;
      };
      return transport;
    },
  };
}

const attempt = { isCurrent: () => true, signal: new AbortController().signal };
const steps = { onTransport: () => undefined, onMicrophone: () => undefined, onToken: () => undefined };
const handlers = { onEvent: () => undefined, onMalformed: () => undefined, onRemoteStream: () => undefined, onLost: () => undefined };
const connect = (deps: CallDependencies) => connectCall(deps, {} as TokenRequest, { gateOpen: true, muted: false }, handlers, attempt, steps);

describe('bench-only connect orders', () => {
  it('leaves the dependencies untouched without a flag', () => {
    const deps = loggingDeps([]);
    expect(withBenchOrder(deps, '?debug=1')).toBe(deps);
  });

  it('runs microphone, key and offer in parallel by default', async () => {
    const log: string[] = [];
    await connect(withBenchOrder(loggingDeps(log), ''));
    expect(log.slice(0, 3)).toEqual(['mic', 'token', 'offer']);
  });

  it('?bench-sequential=1: token, then microphone, then offer, then SDP, and no prefetch', async () => {
    const log: string[] = [];
    const deps = withBenchOrder(loggingDeps(log), '?bench-sequential=1');
    deps.tokens.prefetch({} as TokenRequest);
    await connect(deps);
    expect(log).toEqual(['token', 'token ready', 'mic', 'mic ready', 'offer', 'sdp']);
  });

  it('?bench-no-prefetch=1: nothing is fetched before Start', () => {
    const log: string[] = [];
    withBenchOrder(loggingDeps(log), '?bench-no-prefetch=1').tokens.prefetch({} as TokenRequest);
    expect(log).toEqual([]);
  });
});

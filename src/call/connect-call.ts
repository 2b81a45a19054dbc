import { abortError } from './call-error';
import type { CallDependencies, CallTransport, Microphone, TransportHandlers } from './call-dependencies';
import type { TokenRequest, TokenResponse } from './token-client';

/** One press of Start. Everything that resolves after the attempt is over (End, a newer Start) is closed, not used. */
export interface ConnectAttempt {
  isCurrent(): boolean;
  readonly signal: AbortSignal;
}

export interface ConnectSteps {
  /** The transport exists (before anything is awaited), so End can close it at any point. */
  onTransport(transport: CallTransport): void;
  onMicrophone(microphone: Microphone): void;
  onToken(token: TokenResponse): void;
}

/**
 * Microphone, key and SDP offer in parallel: the offer is made while the user answers the permission prompt
 * and the key is fetched. Whichever of them fails first decides the message; the others are silenced.
 */
export async function connectCall(
  deps: CallDependencies,
  request: TokenRequest,
  microphoneOptions: { gateOpen: boolean; muted: boolean },
  handlers: TransportHandlers,
  attempt: ConnectAttempt,
  steps: ConnectSteps,
): Promise<CallTransport> {
  const transport = deps.createTransport(handlers);
  steps.onTransport(transport);
  const microphone = deps.openMicrophone(microphoneOptions).then((mic) => {
    if (!attempt.isCurrent()) {
      void mic.close();
      throw abortError();
    }
    steps.onMicrophone(mic);
    return mic;
  });
  const endpoint = deps.tokens.take(request).then((token) => {
    if (!attempt.isCurrent()) throw abortError();
    steps.onToken(token);
    return { callsUrl: token.callsUrl, key: token.value };
  });
  microphone.catch(() => undefined);
  endpoint.catch(() => undefined);
  await Promise.all([
    microphone,
    transport.connect({ endpoint, micTrack: microphone.then((mic) => mic.track), signal: attempt.signal }),
  ]);
  if (!attempt.isCurrent()) throw abortError();
  return transport;
}

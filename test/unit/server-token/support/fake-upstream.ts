import type { ClientSecretCreateParams, ClientSecretCreateResponse } from 'openai/resources/realtime/client-secrets';
import type { OpenAIFactory, RealtimeUpstream } from '../../../../server-token/openai-upstream.ts';

export interface FakeUpstreamOptions {
  retrieve?: (model: string) => Promise<{ id: string }>;
  create?: (body: ClientSecretCreateParams) => Promise<ClientSecretCreateResponse>;
}

let counter = 0;

/** A stand-in for the two corners of the openai client the server uses, without any socket. */
export function fakeUpstream(options: FakeUpstreamOptions = {}): { factory: OpenAIFactory; mints: ClientSecretCreateParams[] } {
  const mints: ClientSecretCreateParams[] = [];
  const upstream: RealtimeUpstream = {
    realtime: {
      clientSecrets: {
        create: async (body) => {
          mints.push(body);
          if (options.create) return options.create(body);
          counter += 1;
          return { value: `ek_fake${counter}abcdef`, expires_at: Math.floor(Date.now() / 1000) + 60, session: body.session } as unknown as ClientSecretCreateResponse;
        },
      },
    },
    models: {
      retrieve: options.retrieve ?? (async (model) => ({ id: model })),
      list: async function* () {
        yield { id: 'gpt-realtime-2' };
      },
    },
  };
  return { factory: () => upstream, mints };
}

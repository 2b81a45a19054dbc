/**
 * A workerd config (Cap'n Proto text) that runs the bundled worker-entry on one loopback socket, with
 * text bindings as its env (what `[vars]` and secrets are on Cloudflare) and outbound fetches allowed to
 * the given networks only.
 */
export interface WorkerdConfigOptions {
  /** File name of the bundle, relative to the config file. */
  bundle: string;
  address: string;
  bindings: Record<string, string>;
  /** workerd network classes the worker may fetch: `local` is loopback. */
  outbound: readonly ('local' | 'private' | 'public')[];
  compatibilityDate: string;
}

function capnpString(value: string): string {
  return JSON.stringify(value);
}

export function workerdConfig(options: WorkerdConfigOptions): string {
  const bindings = Object.entries(options.bindings)
    .map(([name, text]) => `    (name = ${capnpString(name)}, text = ${capnpString(text)}),`)
    .join('\n');
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "token-server", worker = .tokenServer),
    (name = "outbound", network = (allow = [${options.outbound.map(capnpString).join(', ')}], deny = [])),
  ],
  sockets = [
    (name = "http", address = ${capnpString(options.address)}, http = (), service = "token-server"),
  ],
);

const tokenServer :Workerd.Worker = (
  modules = [
    (name = "worker", esModule = embed ${capnpString(options.bundle)}),
  ],
  compatibilityDate = ${capnpString(options.compatibilityDate)},
  compatibilityFlags = ["nodejs_compat"],
  globalOutbound = "outbound",
  bindings = [
${bindings}
  ],
);
`;
}

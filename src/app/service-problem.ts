import { describeProblem, type CallProblem } from '../call/error-catalogue';
import type { HealthState } from './health-watcher';

/**
 * What stops any call from starting, as the token server's health says: it is down, it refuses this page's
 * origin, the page may not reach it (mixed content), or its key cannot use its model. Null when calls can start.
 * The message names what to change: the origin to allow, the address to fix, the models the key can use.
 */
export function serviceProblem(health: HealthState): CallProblem | null {
  if (health.state === 'unreachable') return describeProblem('token_server_unreachable', '', undefined, health.server ? { server: health.server } : {});
  if (health.state === 'origin_refused') return describeProblem('origin_not_allowed', '', undefined, { origin: health.origin, server: health.server });
  if (health.state === 'mixed_content') return describeProblem('token_server_mixed_content', '', undefined, { server: health.server, origin: health.page });
  if (health.state !== 'ok' || health.health.modelCheck.status !== 'unavailable') return null;
  const { model, modelCheck } = health.health;
  const usable = modelCheck.availableModels ?? [];
  return describeProblem('model_unavailable', '', undefined, { model, models: usable });
}

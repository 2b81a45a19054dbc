import { describeProblem, type CallProblem } from '../call/error-catalogue';
import type { HealthState } from './health-watcher';

/**
 * What stops any call from starting, as the token server's health says: it is down, or its key cannot use its
 * model. Null when calls can start. The message names the model, the models the key can use and the setting.
 */
export function serviceProblem(health: HealthState): CallProblem | null {
  if (health.state === 'unreachable') return describeProblem('token_server_unreachable');
  if (health.state !== 'ok' || health.health.modelCheck.status !== 'unavailable') return null;
  const { model, modelCheck } = health.health;
  const usable = modelCheck.availableModels ?? [];
  return describeProblem('model_unavailable', '', undefined, { model, models: usable });
}

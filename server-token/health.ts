import type { HealthResponse } from './contract.ts';
import type { TextRedactor } from './contract.ts';
import type { ServerConfig } from './config.ts';
import type { CapUsage } from './key-cap.ts';
import type { ModelCheck } from './model-check.ts';

export interface HealthInputs {
  check: ModelCheck | undefined;
  /** The server's redactor, with the exact configured keys: health is public. */
  redact: TextRedactor;
  store: 'memory' | 'redis';
  keyCap: CapUsage;
}

/** What `GET /api/health` says: configuration facts, the model check and limit usage, never a key. */
export function buildHealth(config: ServerConfig, inputs: HealthInputs): HealthResponse {
  const check: ModelCheck = inputs.check ?? { status: 'skipped', message: 'not run yet' };
  const modelCheck: ModelCheck = { ...check };
  if (check.message !== undefined) modelCheck.message = inputs.redact(check.message);
  return {
    ok: modelCheck.status === 'ok' || modelCheck.status === 'skipped',
    mode: config.mode,
    model: config.openai.model,
    modelCheck,
    gemini: {
      mode: config.gemini.mode,
      keySource: config.gemini.mode === 'off' ? null : config.gemini.keySource,
      models: config.gemini.mode === 'off' ? [] : [...config.gemini.models],
    },
    limits: { store: inputs.store, keyCap: inputs.keyCap },
  };
}

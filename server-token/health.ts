import type { HealthResponse } from './contract/token.ts';
import type { ServerConfig } from './config.ts';
import type { ModelCheck } from './model-check.ts';

/** What `GET /api/health` says: configuration facts and the model check, never a key. */
export function buildHealth(config: ServerConfig, check: ModelCheck | undefined): HealthResponse {
  const modelCheck: ModelCheck = check ?? { status: 'skipped', message: 'not run yet' };
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
  };
}

import type { HealthResponse } from './contract.ts';
import type { ServerConfig } from './config.ts';
import { createUpstream, type OpenAIFactory, type RealtimeUpstream } from './openai-upstream.ts';
import { redactText } from './contract.ts';

export type ModelCheck = HealthResponse['modelCheck'];

export interface ModelCheckDeps {
  upstream?: RealtimeUpstream;
  openaiFactory?: OpenAIFactory;
  fetch?: typeof fetch;
}

/** Speech-to-speech models a call can use; transcription/translation-only realtime models are not. */
export function isConversationRealtimeModel(id: string): boolean {
  return /realtime|^gpt-audio/.test(id) && !/whisper|translate|transcribe/.test(id);
}

async function listUsableModels(upstream: RealtimeUpstream): Promise<string[]> {
  const ids: string[] = [];
  for await (const model of upstream.models.list()) {
    if (typeof model.id === 'string' && isConversationRealtimeModel(model.id)) ids.push(model.id);
    if (ids.length >= 50) break;
  }
  return ids.sort();
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Start-up check: can this key use the configured model? When it cannot, the answer lists the
 * realtime models the key can use, so the fix is one copy-paste away.
 */
export async function checkModel(config: ServerConfig, deps: ModelCheckDeps = {}): Promise<ModelCheck> {
  if (!config.openai.checkModel) return { status: 'skipped', message: 'OPENAI_MODEL_CHECK=off' };
  const upstream = deps.upstream ?? createUpstream(config, deps.openaiFactory, deps.fetch);
  const model = config.openai.model;
  try {
    const found = await upstream.models.retrieve(model);
    if (isConversationRealtimeModel(found.id ?? model)) return { status: 'ok' };
    const availableModels = await listUsableModels(upstream).catch(() => []);
    return { status: 'unavailable', availableModels, message: `"${model}" is not a realtime conversation model.` };
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || (error as { code?: unknown } | null)?.code === 'model_not_found') {
      const availableModels = await listUsableModels(upstream).catch(() => []);
      return { status: 'unavailable', availableModels, message: `The realtime model "${model}" is not available to this API key.` };
    }
    if (status === 401) return { status: 'error', message: 'OpenAI rejected OPENAI_API_KEY (401): fix the key; minting will fail until then.' };
    const detail = error instanceof Error ? redactText(error.message).slice(0, 200) : 'unknown error';
    return { status: 'error', message: `Could not check the model (${status ? `HTTP ${status}` : 'network'}: ${detail}); will check again on the next request.` };
  }
}

/** One line for the start-up summary. */
export function describeModelCheck(model: string, check: ModelCheck): string {
  switch (check.status) {
    case 'ok':
      return `model check: ok, this key can use ${model}`;
    case 'skipped':
      return 'model check: skipped (OPENAI_MODEL_CHECK=off)';
    case 'unavailable': {
      const list = check.availableModels?.length ? check.availableModels.join(', ') : 'none found';
      return `model check: FAILED, ${check.message ?? model + ' is unavailable'} Realtime models this key can use: ${list}. Set OPENAI_REALTIME_MODEL to one of them; tokens are refused until then.`;
    }
    case 'error':
      return `model check: could not complete: ${check.message ?? 'unknown error'}`;
  }
}

import { openaiId } from './ids.ts';

/** The GA session object the stand-in keeps per key and per call (`realtime.session`). */
export type SessionObject = Record<string, unknown> & {
  type: 'realtime' | 'transcription';
  id: string;
  model?: string;
  instructions?: string;
  output_modalities?: string[];
  audio: { input: Record<string, unknown>; output?: Record<string, unknown> };
};

export const DEFAULT_MODEL = 'gpt-realtime';
const DEFAULT_INSTRUCTIONS =
  "Your knowledge cutoff is 2023-10. You are a helpful, witty, and friendly AI. Act like a human, but remember that you aren't a human and that you can't do human things in the real world. Your voice and personality should be warm and engaging, with a lively and playful tone.";
const PCM_24K = { type: 'audio/pcm', rate: 24000 };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fills a turn_detection config with the defaults the real API echoes back. */
export function fillTurnDetection(td: unknown): Json | null {
  if (!isObject(td)) return null;
  if (td.type === 'semantic_vad') {
    return { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true, ...td };
  }
  return {
    type: 'server_vad',
    threshold: 0.5,
    prefix_padding_ms: 300,
    silence_duration_ms: 500,
    idle_timeout_ms: null,
    create_response: true,
    interrupt_response: true,
    ...td,
  };
}

/** `audio.input` as the real API reports it, for realtime and transcription sessions alike. */
function filledAudioInput(input: Json): Json {
  return {
    format: input.format ?? PCM_24K,
    transcription: input.transcription ?? null,
    noise_reduction: input.noise_reduction ?? null,
    turn_detection: 'turn_detection' in input ? fillTurnDetection(input.turn_detection) : fillTurnDetection({}),
  };
}

/** The full session the real API reports for a client-secret request's `session` (defaults filled in). */
export function buildSession(request: Json | undefined): SessionObject {
  const req = request ?? { type: 'realtime' };
  const audio = isObject(req.audio) ? req.audio : {};
  const input = isObject(audio.input) ? audio.input : {};
  const output = isObject(audio.output) ? audio.output : {};
  if (req.type === 'transcription') {
    return {
      type: 'transcription',
      object: 'realtime.transcription_session',
      id: openaiId('sess'),
      expires_at: 0,
      audio: { input: filledAudioInput(input) },
      include: req.include ?? null,
    };
  }
  return {
    type: 'realtime',
    object: 'realtime.session',
    id: openaiId('sess'),
    model: typeof req.model === 'string' ? req.model : DEFAULT_MODEL,
    output_modalities: Array.isArray(req.output_modalities) ? (req.output_modalities as string[]) : ['audio'],
    instructions: typeof req.instructions === 'string' ? req.instructions : DEFAULT_INSTRUCTIONS,
    tools: req.tools ?? [],
    tool_choice: req.tool_choice ?? 'auto',
    max_output_tokens: req.max_output_tokens ?? 'inf',
    tracing: req.tracing ?? null,
    truncation: req.truncation ?? 'auto',
    prompt: req.prompt ?? null,
    expires_at: 0,
    audio: {
      input: filledAudioInput(input),
      output: { format: output.format ?? PCM_24K, voice: output.voice ?? 'alloy', speed: output.speed ?? 1.0 },
    },
    include: req.include ?? null,
    ...(req.reasoning !== undefined ? { reasoning: req.reasoning } : {}),
  };
}

/**
 * Applies a `session.update` payload: only the fields present change; `audio.input` / `audio.output`
 * merge field by field; `turn_detection` is replaced (null clears it) and gets its defaults filled.
 */
export function mergeSession(current: SessionObject, update: Json): SessionObject {
  const next: SessionObject = structuredClone(current);
  for (const [key, value] of Object.entries(update)) {
    if (key === 'audio' || key === 'type' || key === 'model') continue;
    next[key] = structuredClone(value);
  }
  const audio = isObject(update.audio) ? update.audio : undefined;
  if (audio) {
    if (isObject(audio.input)) {
      for (const [key, value] of Object.entries(audio.input)) {
        next.audio.input[key] = key === 'turn_detection' ? fillTurnDetection(value) : structuredClone(value);
      }
    }
    if (isObject(audio.output)) {
      next.audio.output = { ...(next.audio.output ?? {}), ...structuredClone(audio.output) };
    }
  }
  return next;
}

/** The session as `session.created` reports it: the minted config, with the session's own expiry. */
export function sessionForCall(minted: SessionObject, expiresAtSeconds: number): SessionObject {
  return { ...structuredClone(minted), id: openaiId('sess'), expires_at: expiresAtSeconds };
}

export function turnDetectionOf(session: SessionObject): Json | null {
  const td = session.audio.input.turn_detection;
  return isObject(td) ? td : null;
}

export function transcriptionOf(session: SessionObject): Json | null {
  const t = session.audio.input.transcription;
  return isObject(t) ? t : null;
}

export function voiceOf(session: SessionObject): unknown {
  return session.audio.output?.voice;
}

import type { RealtimeAudioInputTurnDetection } from 'openai/resources/realtime/realtime';

export const TURN_DETECTION_MODES = ['server_vad', 'semantic_vad', 'push_to_talk'] as const;
export type TurnDetectionMode = (typeof TURN_DETECTION_MODES)[number];

export const OUTPUT_MODALITIES = ['audio', 'text'] as const;
export type OutputModality = (typeof OUTPUT_MODALITIES)[number];

/** The GA `audio.input.turn_detection` value for each mode; push-to-talk turns the server's VAD off. */
export function turnDetectionFor(mode: TurnDetectionMode): RealtimeAudioInputTurnDetection | null {
  switch (mode) {
    case 'server_vad':
      return {
        type: 'server_vad',
        threshold: 0.5,
        prefix_padding_ms: 300,
        silence_duration_ms: 500,
        create_response: true,
        interrupt_response: true,
      };
    case 'semantic_vad':
      return { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true };
    case 'push_to_talk':
      return null;
  }
}

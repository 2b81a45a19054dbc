/**
 * Benchmark-only: with `bench=1` in the URL, exposes `window.__personaTalkBench.pushEvents(n)`, which publishes
 * n synthetic but realistic realtime events (a spoken turn with many transcript deltas, usage, an occasional
 * error) through the event tap. bench/event-log.bench.ts drives it. Never installed without the URL flag.
 */
import type { RealtimeClientEvent } from 'openai/resources/realtime/realtime';
import { eventTap, type TappedEvent } from '../call/event-tap';
import { parseServerEvent } from '../call/server-events';

export interface PersonaTalkBench {
  pushEvents(count: number): number;
  pushed(): number;
}

declare global {
  interface Window {
    __personaTalkBench?: PersonaTalkBench;
  }
}

const WORDS = ['Hello', ' there,', ' nice', ' to', ' meet', ' you.', ' How', ' was', ' your', ' day', ' today?'];

type SyntheticEvent = { direction: 'server'; json: string } | { direction: 'client'; event: RealtimeClientEvent };

function turnEvents(turn: number): SyntheticEvent[] {
  const responseId = `resp_${turn}`;
  const itemId = `item_${turn}`;
  const s = (event: { type: string } & Record<string, unknown>): SyntheticEvent => ({
    direction: 'server',
    json: JSON.stringify({ event_id: `evt_${turn}_${event.type}`, ...event }),
  });
  const deltas = Array.from({ length: 40 }, (_, i) =>
    s({ type: 'response.output_audio_transcript.delta', response_id: responseId, item_id: itemId, delta: WORDS[i % WORDS.length] }),
  );
  const events: SyntheticEvent[] = [
    s({ type: 'input_audio_buffer.speech_started', audio_start_ms: turn * 1000, item_id: `user_${turn}` }),
    s({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: turn * 1000 + 800, item_id: `user_${turn}` }),
    s({ type: 'input_audio_buffer.committed', item_id: `user_${turn}` }),
    s({ type: 'response.created', response: { id: responseId, status: 'in_progress' } }),
    s({ type: 'output_audio_buffer.started', response_id: responseId }),
    ...deltas,
    s({
      type: 'response.done',
      response: {
        id: responseId,
        status: 'completed',
        usage: {
          total_tokens: 253, input_tokens: 132, output_tokens: 121,
          input_token_details: { text_tokens: 119, audio_tokens: 13, cached_tokens: 64, cached_tokens_details: { text_tokens: 64, audio_tokens: 0 } },
          output_token_details: { text_tokens: 30, audio_tokens: 91 },
        },
      },
    }),
    s({ type: 'output_audio_buffer.stopped', response_id: responseId }),
  ];
  if (turn % 10 === 0) {
    // Something for the redactor to hide that is not key-shaped: the bundle holds no key-like string at all.
    events.push(s({ type: 'error', error: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Request refused: Authorization: Bearer bench0123456789 is not valid' } }));
    events.push({ direction: 'client', event: { type: 'session.update', session: { type: 'realtime', output_modalities: ['audio'] } } });
  }
  return events;
}

/** As the connection taps it: server events are parsed from their JSON text, as they are off the data channel. */
function toTapped(synthetic: SyntheticEvent, atMs: number): TappedEvent | null {
  if (synthetic.direction === 'client') return { direction: 'client', type: synthetic.event.type, atMs, event: synthetic.event };
  const parsed = parseServerEvent(synthetic.json);
  return parsed && { direction: 'server', type: String(parsed.raw.type), atMs, event: parsed.raw, parsed: parsed.event };
}

export function installBenchHook(search = typeof location === 'undefined' ? '' : location.search): boolean {
  if (new URLSearchParams(search).get('bench') !== '1' || typeof window === 'undefined') return false;
  if (window.__personaTalkBench) return true;
  const startedAt = performance.now();
  let turn = 0;
  let queue: ReturnType<typeof turnEvents> = [];
  let pushed = 0;
  window.__personaTalkBench = {
    pushEvents(count) {
      for (let i = 0; i < count; i++) {
        if (queue.length === 0) queue = turnEvents(++turn);
        const next = queue.shift();
        if (!next) break;
        const tapped = toTapped(next, performance.now() - startedAt);
        if (tapped) eventTap.publish(tapped);
        pushed++;
      }
      return pushed;
    },
    pushed: () => pushed,
  };
  return true;
}

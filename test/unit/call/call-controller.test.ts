// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallState } from '../../../src/call/call-state.ts';
import type { ConnectionHandlers, ServerEvent } from '../../../src/call/realtime-connection.ts';

// The browser parts (WebRTC, microphone, audio output) are replaced by fakes; the rules are the real ones.
const fakes = vi.hoisted(() => ({
  connections: [] as Array<{ handlers: ConnectionHandlers; sent: Array<{ type: string } & Record<string, unknown>>; closed: boolean }>,
  mics: [] as Array<{ gate: boolean[]; closed: boolean; ended?: () => void }>,
  now: 1_000,
}));

vi.mock('../../../src/call/realtime-connection.ts', () => ({
  RealtimeConnection: class {
    pc = { connectionState: 'connected' };
    channel = { readyState: 'open' };
    startedAt = 0;
    record: (typeof fakes.connections)[number];
    constructor(handlers: ConnectionHandlers) {
      this.record = { handlers, sent: [], closed: false };
      fakes.connections.push(this.record);
    }
    async connect(options: { endpoint: Promise<unknown>; micTrack: Promise<unknown> }) {
      await options.endpoint;
      await options.micTrack;
    }
    get isOpen() {
      return !this.record.closed;
    }
    send(event: { type: string }) {
      this.record.sent.push(event as { type: string } & Record<string, unknown>);
      return true;
    }
    close() {
      this.record.closed = true;
    }
  },
}));
vi.mock('../../../src/audio/mic-capture.ts', () => ({
  MicError: class extends Error {},
  MicCapture: {
    open: async (options: { gateOpen?: boolean }) => {
      const mic = { gate: [options.gateOpen ?? true], closed: false, ended: undefined as undefined | (() => void) };
      fakes.mics.push(mic);
      return {
        track: {},
        setGate: (open: boolean) => mic.gate.push(open),
        setMuted: () => undefined,
        onLevel: () => () => undefined,
        onEnded: (listener: () => void) => ((mic.ended = listener), () => undefined),
        close: async () => void (mic.closed = true),
      };
    },
  },
}));
vi.mock('../../../src/audio/remote-audio.ts', () => ({
  RemoteAudioPlayer: class {
    attach() {}
    detach() {}
    onLevel() {
      return () => undefined;
    }
  },
}));
vi.mock('../../../src/audio/audio-unlock.ts', () => ({ getSharedAudioContext: () => ({}), unlockAudio: async () => undefined }));
vi.mock('../../../src/call/token-cache.ts', () => ({
  TokenCache: class {
    prefetch() {}
    clear() {}
    async take() {
      return { value: 'ek_test', expiresAt: 9e9, model: 'gpt-realtime-2', callsUrl: 'http://127.0.0.1:1/v1/realtime/calls', session: {} };
    }
  },
}));

const { CallController } = await import('../../../src/call/call-controller.ts');
const { initialCallState } = await import('../../../src/call/call-state.ts');

function setup(overrides: Partial<CallState> = {}) {
  let state: CallState = { ...initialCallState, ...overrides };
  const transcript: ServerEvent[] = [];
  const controller = new CallController(
    { get: () => state, set: (partial) => (state = { ...state, ...partial }) },
    { dispatch: (event) => transcript.push(event), reset: () => (transcript.length = 0) },
  );
  controller.configure({ instructions: 'Be Jamie.', voice: 'marin', language: 'en', personaName: 'Jamie' });
  const connection = () => fakes.connections.at(-1)!;
  const server = (event: ServerEvent) => connection().handlers.onEvent(event);
  const sentTypes = () => connection().sent.map((event) => event.type);
  return { controller, state: () => state, connection, server, sentTypes, transcript };
}

beforeEach(() => {
  fakes.connections.length = 0;
  fakes.mics.length = 0;
  fakes.now = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => fakes.now);
});
afterEach(() => vi.restoreAllMocks());

describe('CallController', () => {
  it('asks for the opening line once, as soon as the call is up', async () => {
    const call = setup();
    await call.controller.start();
    expect(call.state().status).toBe('connected');
    call.server({ type: 'session.created', session: { output_modalities: ['audio'] } });
    expect(call.sentTypes()).toEqual(['response.create']);
    expect(call.state().outputModality.confirmed).toBe('audio');
  });

  it('never sends response.create while a response is active; a typed turn interrupts, then waits for response.done', async () => {
    const call = setup();
    await call.controller.start();
    call.server({ type: 'response.created', response: { id: 'resp_1' } });
    call.server({ type: 'output_audio_buffer.started', response_id: 'resp_1' });
    expect(call.controller.sendText('  Can we start?  ')).toBe(true);
    expect(call.sentTypes()).toEqual(['response.create', 'response.cancel', 'output_audio_buffer.clear', 'conversation.item.create']);
    call.server({ type: 'response.done', response: { id: 'resp_1', status: 'cancelled' } });
    expect(call.sentTypes().at(-1)).toBe('response.create');
    expect(call.sentTypes().filter((t) => t === 'response.create')).toHaveLength(2);
    expect(call.controller.sendText('   ')).toBe(false);
  });

  it('ends the call at the first failed response for a model the key cannot use, with one problem', async () => {
    const call = setup();
    await call.controller.start();
    const failed: ServerEvent = {
      type: 'response.done',
      response: { status: 'failed', status_details: { error: { code: 'model_not_found', message: 'The model `gpt-realtime` does not exist or you do not have access to it.' } } },
    };
    call.server({ type: 'response.created', response: { id: 'resp_1' } });
    call.server(failed);
    expect(call.state().status).toBe('failed');
    expect(call.state().problems).toHaveLength(1);
    expect(call.state().problems[0]).toMatchObject({ code: 'model_not_found', fatal: true, count: 1 });
    expect(call.state().problems[0]!.message).toContain('gpt-realtime');
    expect(call.connection().closed).toBe(true);
    expect(fakes.mics.at(-1)!.closed).toBe(true);
    expect(call.sentTypes().filter((t) => t === 'response.create')).toHaveLength(1);
  });

  it('push-to-talk: a tap clears instead of committing, a held press commits and asks for an answer', async () => {
    const call = setup({ turnMode: 'push_to_talk' });
    await call.controller.start();
    expect(fakes.mics.at(-1)!.gate[0]).toBe(false);
    call.server({ type: 'response.done', response: { status: 'completed' } });
    const before = call.sentTypes().length;

    call.controller.pressToTalk();
    fakes.now += 60;
    call.controller.releaseToTalk();
    expect(call.sentTypes().slice(before)).toEqual(['input_audio_buffer.clear', 'input_audio_buffer.clear']);
    expect(call.state().notice).toMatch(/too short/);

    call.controller.pressToTalk();
    call.controller.pressToTalk(); // key repeat
    fakes.now += 900;
    call.controller.releaseToTalk();
    expect(call.sentTypes().slice(before + 2)).toEqual(['input_audio_buffer.clear', 'input_audio_buffer.commit', 'response.create']);
    expect(fakes.mics.at(-1)!.gate.slice(-2)).toEqual([true, false]);
  });

  it('switches turn-taking and output with session.update, never sending a model', async () => {
    const call = setup();
    await call.controller.start();
    call.controller.setTurnMode('semantic_vad');
    call.controller.setOutputModality('text');
    const updates = call.connection().sent.filter((e) => e.type === 'session.update');
    expect(updates).toEqual([
      { type: 'session.update', session: { type: 'realtime', audio: { input: { turn_detection: { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true } } } } },
      { type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } },
    ]);
    expect(call.state().outputModality).toEqual({ requested: 'text', confirmed: null });
    call.server({ type: 'session.updated', session: { output_modalities: ['text'] } });
    expect(call.state().outputModality.confirmed).toBe('text');
  });

  it('shows repeated non-fatal problems once with a count, and a lost connection or microphone once', async () => {
    const call = setup();
    await call.controller.start();
    call.connection().handlers.onMalformed('{oops');
    call.connection().handlers.onMalformed('{oops');
    expect(call.state().problems).toEqual([expect.objectContaining({ code: 'malformed_event', count: 2 })]);
    expect(call.state().status).toBe('connected');

    fakes.mics.at(-1)!.ended!();
    call.connection().handlers.onLost('disconnected');
    expect(call.state().status).toBe('failed');
    expect(call.state().problems.map((p) => p.code)).toEqual(['malformed_event', 'mic:ended']);
    expect(call.state().problems.find((p) => p.code === 'mic:ended')).toMatchObject({ canReconnect: true });
  });
});

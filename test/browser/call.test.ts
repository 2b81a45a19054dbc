import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, measureRemoteAudioLevel, type TestBrowser } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';

const USER_SENTENCE = 'Hello. I would like to practice for my job interview today.';

describe('a voice call in the real page, against the Realtime stand-in', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    stack = await startStack({
      simulator: true,
      realtime: {
        script: {
          userTranscripts: [USER_SENTENCE],
          replies: [{ text: 'Great. Tell me about a project you are proud of, and what you did on it.', audio: 'reply-en-2' }],
        },
      },
    });
    browser = await launchBrowser({ micFile: 'mic-en.wav' });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('says it is the simulator, plays the persona, hears the user, and ends cleanly', async () => {
    const { page } = browser;
    const pageLog: string[] = [];
    page.on('console', (message) => pageLog.push(message.text()));
    page.on('pageerror', (error) => pageLog.push(String(error)));
    const tokenBodies: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/realtime/token')) tokenBodies.push(request.postDataJSON());
    });
    await page.goto(stack.url);
    await page.getByTestId('simulator-banner').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('simulator-banner').textContent()).toContain('Simulator mode');
    await expect.poll(() => page.getByRole('button', { name: 'Start call' }).isEnabled()).toBe(true);

    const clickedAt = Date.now();
    await page.getByRole('button', { name: 'Start call' }).click();

    // The persona speaks first: its words appear, and real audio reaches the page's <audio> element.
    const assistantLine = page.locator('[data-speaker="assistant"]').first();
    await expect.poll(async () => (await assistantLine.textContent()) ?? '', { timeout: 20_000 }).toMatch(/\w{3,}/);
    let level = 0;
    for (let i = 0; i < 20 && level < 0.01; i++) level = await measureRemoteAudioLevel(page, 250);
    const firstAudioMs = Date.now() - clickedAt;
    expect(level).toBeGreaterThan(0.01);
    await page.locator('[data-status="connected"]').waitFor();

    // The user's turn is detected from the fake microphone's real audio and transcribed.
    await expect.poll(() => page.locator('[data-speaker="user"]').first().textContent(), { timeout: 30_000 }).toContain(USER_SENTENCE);
    const turn = stack.realtime.sent.find((sent) => sent.event.type === 'input_audio_buffer.speech_stopped');
    expect(turn).toBeDefined();
    // …and the persona answers it.
    await expect.poll(() => page.locator('[data-speaker="assistant"]').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

    // The page asked for the persona's first line, never with a model, and every event matched the official schema.
    const clientEvents = stack.realtime.received.map((r) => r.event as { type?: string; session?: Record<string, unknown> });
    expect(clientEvents.map((event) => event.type)).toContain('response.create');
    expect(clientEvents.filter((event) => event.session && 'model' in event.session)).toEqual([]);
    expect(tokenBodies.length).toBeGreaterThan(0);
    for (const body of tokenBodies) expect(body).not.toHaveProperty('model');
    expect(stack.realtime.schemaViolations).toEqual([]);
    expect(stack.realtime.mints.at(-1)?.body).toMatchObject({ session: { type: 'realtime' } });

    const pageFirstAudioMs = Number(await page.locator('[data-first-audio-ms]').getAttribute('data-first-audio-ms'));
    expect(pageFirstAudioMs).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'End call' }).click();
    await page.locator('[data-status="ended"]').waitFor();
    const probe = await page.evaluate(() => {
      const p = (window as unknown as { __testProbe: Record<string, () => number> }).__testProbe;
      return { peers: p.peerCount!(), openPeers: p.openPeers!(), tracks: p.trackCount!(), liveTracks: p.liveTracks!() };
    });
    expect(probe.peers).toBe(1);
    expect(probe.openPeers).toBe(0);
    expect(probe.tracks).toBeGreaterThan(0);
    expect(probe.liveTracks).toBe(0);
    await stack.realtime.waitFor(() => stack.realtime.calls().every((call) => call.state === 'closed'), 10_000);

    // No key of any kind in the page's log or the server's.
    const keyShaped = /ek_[A-Za-z0-9]|sk-[A-Za-z0-9]|gemini-browser-test-key/;
    expect(stack.serverLog.join('\n')).not.toMatch(keyShaped);
    expect(pageLog.join('\n')).not.toMatch(keyShaped);
    const sent = (type: string) => stack.realtime.sent.find((s) => s.event.type === type)?.atMs ?? NaN;
    const stopped = sent('input_audio_buffer.speech_stopped');
    const replyAudio = stack.realtime.sent.find((s) => s.event.type === 'output_audio_buffer.started' && s.atMs > stopped)?.atMs ?? NaN;
    console.log(
      `[figures] Start click → first assistant audio: ${pageFirstAudioMs} ms (page clock, to output_audio_buffer.started); ` +
        `${firstAudioMs} ms until the test heard it. speech_stopped → reply audio: ${Math.round(replyAudio - stopped)} ms ` +
        '(after the 500 ms of silence server VAD waits for).',
    );
  });
});

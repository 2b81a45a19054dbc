import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, chooseTurnMode, clientEventTypes, endCall, linesOf, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('turn-taking in the real page', () => {
  let stack: Stack;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    stack = await startStack({
      realtime: {
        script: {
          userTranscripts: ['Hello. I would like to practice for my job interview today.'],
          replies: [{ text: 'Great. Tell me about a project you are proud of, and what you did on it.', audio: 'reply-en-2' }],
        },
      },
    });
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => stack?.close());

  let callsBefore = 0;
  /** Server events of the current test's call only (the stack is shared between tests). */
  const sentTypes = () => {
    const call = stack.realtime.calls()[callsBefore];
    return call ? stack.realtime.sent.filter((s) => s.callId === call.id).map((s) => String(s.event.type)) : [];
  };
  const receivedSince = (mark: number) => clientEventTypes(stack.realtime.received.slice(mark));

  it('push-to-talk: Interrupt stops the persona, a too-short press commits nothing, a held press is a turn', async () => {
    callsBefore = stack.realtime.calls().length;
    browser = await launchBrowser({ micFile: 'mic-en.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    // Switched during the call: the server's VAD is turned off with a session.update, never with a model.
    const beforeSwitch = stack.realtime.received.length;
    await chooseTurnMode(page, 'Push to talk');
    await stack.realtime.waitFor(() => sentTypes().includes('session.updated'), 5_000);
    expect(stack.realtime.received.slice(beforeSwitch).map((r) => r.event)).toContainEqual({
      type: 'session.update',
      session: { type: 'realtime', audio: { input: { turn_detection: null } } },
    });
    expect(stack.realtime.calls()[callsBefore]?.session).toMatchObject({ audio: { input: { turn_detection: null } } });

    // The persona speaks first. As with the real API its reply is generated (response.done, completed) long
    // before it has played: Interrupt then only cuts the audio, and the line shows the part that was heard.
    await stack.realtime.waitFor(() => sentTypes().includes('output_audio_buffer.started'), 15_000);
    await stack.realtime.waitFor(() => sentTypes().includes('response.done'), 5_000);
    await page.waitForTimeout(1_200);
    const beforeStop = stack.realtime.received.length;
    await page.getByRole('button', { name: 'Interrupt' }).click();
    await stack.realtime.waitFor(() => sentTypes().includes('output_audio_buffer.cleared'), 5_000);
    await stack.realtime.waitFor(() => receivedSince(beforeStop).includes('conversation.item.truncate'), 5_000);
    expect(receivedSince(beforeStop)).toEqual(['output_audio_buffer.clear', 'conversation.item.truncate']);
    const opening = stack.realtime.responses().find((response) => response.callId === stack.realtime.calls()[callsBefore]?.id)!;
    expect(opening.status).toBe('completed');
    expect(opening.audioSentMs).toBeLessThan(opening.audioGeneratedMs);
    const interrupted = page.locator('[data-speaker="assistant"][data-status="interrupted"]');
    await expect.poll(() => interrupted.count()).toBe(1);
    const shown = ((await interrupted.locator('.line-text').textContent()) ?? '').replace(/….*$/s, '');
    // The unheard words are not shown as said: what is shown is a shorter start of the whole reply.
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(opening.text.length);
    expect(opening.text.startsWith(shown)).toBe(true);
    expect(await alerts(page)).toEqual([]);

    // A tap on the talk button is too short to be a turn: nothing is committed and no error appears.
    const talk = page.getByRole('button', { name: /Hold to talk/ });
    const beforeTap = stack.realtime.received.length;
    await talk.hover();
    await page.mouse.down();
    await page.waitForTimeout(40);
    await page.mouse.up();
    await page.getByRole('status').filter({ hasText: 'too short' }).waitFor();
    await page.waitForTimeout(300);
    expect(receivedSince(beforeTap)).not.toContain('input_audio_buffer.commit');
    expect(sentTypes()).not.toContain('error');
    expect(await alerts(page)).toEqual([]);

    // Held while the fake microphone speaks: committed, answered.
    const beforeHold = stack.realtime.received.length;
    await talk.hover();
    await page.mouse.down();
    await page.waitForTimeout(1_500);
    await page.mouse.up();
    await stack.realtime.waitFor(() => receivedSince(beforeHold).includes('response.create'), 5_000);
    expect(receivedSince(beforeHold)).toEqual(['input_audio_buffer.clear', 'input_audio_buffer.commit', 'response.create']);
    await expect.poll(() => page.locator('[data-speaker="assistant"]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect(sentTypes()).not.toContain('error');
    expect(stack.realtime.schemaViolations).toEqual([]);
    await endCall(page);
  });

  it('a typed turn is sent as text and answered', async () => {
    callsBefore = stack.realtime.calls().length;
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(1);
    // Let the opening line finish playing, so typing does not interrupt it.
    await stack.realtime.waitFor(() => sentTypes().includes('output_audio_buffer.stopped'), 15_000);
    await expect.poll(() => page.getByRole('button', { name: 'Interrupt' }).isDisabled(), { timeout: 10_000 }).toBe(true);

    const before = stack.realtime.received.length;
    await page.getByLabel('Type a message').fill('Could we start with my CV?');
    await page.getByLabel('Type a message').press('Enter');
    await expect.poll(() => linesOf(page, 'user')).toEqual(['Could we start with my CV?']);
    const sent = stack.realtime.received.slice(before).map((r) => r.event as { type: string; item?: unknown });
    expect(sent[0]).toMatchObject({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Could we start with my CV?' }] },
    });
    expect(sent.map((e) => e.type)).toContain('response.create');
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toHaveLength(2);
    expect(await page.getByLabel('Type a message').inputValue()).toBe('');
    expect(stack.realtime.schemaViolations).toEqual([]);
    await endCall(page);
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, clientEventTypes, linesOf, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

const REPLY = 'Great. Tell me about a project you are proud of, and what you did on it.';
const TYPED = 'I would like to practise for my interview today.';

/** The persona's opening line, as the stand-in said it in the first response of a call. */
function openingOf(stack: Stack, callId: string): string {
  return stack.realtime.responses(callId)[0]?.text ?? '';
}

function sentTypes(stack: Stack, callId: string): string[] {
  return stack.realtime.sent.filter((entry) => entry.callId === callId).map((entry) => String(entry.event.type));
}

async function typeTurn(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Type a message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

async function settledLines(page: Page): Promise<number> {
  return page.locator('[data-speaker][data-status="final"], [data-speaker][data-status="interrupted"]').count();
}

describe('conversations that last', () => {
  let stack: Stack;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    stack = await startStack({ realtime: { script: { replies: [{ text: REPLY, audio: 'reply-en-2' }] } } });
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => stack?.close());

  it('a reload mid-call brings the lines back with Continue, and the persona carries on with the earlier turns', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    const callsBefore = stack.realtime.calls().length;
    await startCall(page);
    const firstCall = stack.realtime.calls()[callsBefore]!.id;
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(1);
    // The opening line is heard to its end, so every line is carried on word for word.
    await stack.realtime.waitFor(() => sentTypes(stack, firstCall).includes('output_audio_buffer.stopped'), 20_000);
    await typeTurn(page, TYPED);
    await expect.poll(() => settledLines(page), { timeout: 20_000 }).toBe(3);
    const shown = { user: await linesOf(page, 'user'), assistant: await linesOf(page, 'assistant') };
    expect(shown.user).toEqual([TYPED]);

    await page.reload();
    await page.getByRole('button', { name: 'Start call' }).waitFor();
    // The conversation is back, and the page says that the call ended with the reload.
    await expect.poll(() => linesOf(page, 'user'), { timeout: 10_000 }).toEqual(shown.user);
    expect(await linesOf(page, 'assistant')).toEqual(shown.assistant);
    const resume = page.locator('[data-resumable]');
    await resume.waitFor();
    expect(await resume.textContent()).toContain('ended when the page was reloaded');

    const mark = stack.realtime.received.length;
    await resume.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    const secondCall = stack.realtime.calls()[callsBefore + 1]!.id;
    await stack.realtime.waitFor(() => stack.realtime.responses(secondCall).some((response) => response.text), 20_000);

    // Before its first response the new session gets every earlier turn, in order, as text items.
    const sent = stack.realtime.received.slice(mark).filter((entry) => entry.callId === secondCall);
    const types = clientEventTypes(sent);
    const firstResponse = types.indexOf('response.create');
    const items = sent.slice(0, firstResponse).filter((entry) => (entry.event as { type: string }).type === 'conversation.item.create');
    const itemTexts = items.map((entry) => {
      const item = (entry.event as { item: { role: string; content: Array<{ text: string }> } }).item;
      return `${item.role}: ${item.content[0]!.text}`;
    });
    expect(itemTexts).toEqual([`assistant: ${shown.assistant[0]}`, `user: ${TYPED}`, `assistant: ${shown.assistant[1]}`]);
    expect(types.indexOf('session.update')).toBeLessThan(types.indexOf('conversation.item.create'));
    const instructions = (sent.find((entry) => (entry.event as { type: string }).type === 'session.update')!.event as { session: { instructions: string } }).session.instructions;
    expect(instructions).toContain('Do not greet the user or say your opening line again');

    // The persona's first words after Continue are not its opening line.
    const opening = openingOf(stack, firstCall);
    expect(opening.length).toBeGreaterThan(0);
    expect(stack.realtime.responses(secondCall)[0]!.text).not.toBe(opening);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(3);
    expect((await linesOf(page, 'assistant')).slice(0, 2)).toEqual(shown.assistant);
    expect(await alerts(page)).toEqual([]);
    expect(stack.realtime.schemaViolations).toEqual([]);
  });

  it('Reconnect after a dropped network carries on in the same conversation, one call span each', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    const callsBefore = stack.realtime.calls().length;
    await startCall(page);
    const firstCall = stack.realtime.calls()[callsBefore]!.id;
    await stack.realtime.waitFor(() => sentTypes(stack, firstCall).includes('output_audio_buffer.stopped'), 20_000);
    await expect.poll(() => settledLines(page), { timeout: 10_000 }).toBe(1);

    stack.realtime.dropCall(firstCall);
    await page.locator('[data-status="failed"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    const secondCall = stack.realtime.calls()[callsBefore + 1]!.id;
    await stack.realtime.waitFor(() => stack.realtime.responses(secondCall).some((response) => response.status), 20_000);
    expect(stack.realtime.responses(secondCall)[0]!.text).not.toBe(openingOf(stack, firstCall));
    await expect.poll(() => settledLines(page), { timeout: 10_000 }).toBe(2);
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'End call' }).click();
    await page.locator('[data-status="ended"]').waitFor();

    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-conversation-controls] [data-action="export-json"]').click()]);
    const { conversation } = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      conversation: { spans: Array<{ endReason: string }>; lines: unknown[]; turns: Array<{ span: number }> };
    };
    expect(conversation.spans.map((span) => span.endReason)).toEqual(['failed', 'ended']);
    expect(conversation.lines).toHaveLength(2);
    expect(conversation.turns.map((turn) => turn.span)).toEqual([0, 1]);
  });

  it('a second tab opened during a call leaves that call alone: it is not taken for one that ended with its page', async () => {
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = browser;
    await openApp(page, stack.url);
    await startCall(page);
    await expect.poll(() => settledLines(page), { timeout: 20_000 }).toBe(1);
    await page.waitForTimeout(300);

    const second = await browser.context.newPage();
    await openApp(second, stack.url);
    await second.waitForTimeout(500);
    expect(await second.locator('[data-resumable]').count()).toBe(0);
    expect(await linesOf(second, 'assistant')).toEqual([]);
    // The first tab's call goes on and is still written there.
    expect(await page.locator('[data-status="connected"]').count()).toBe(1);
    await typeTurn(page, TYPED);
    await expect.poll(() => settledLines(page), { timeout: 20_000 }).toBe(3);
    await second.close();
    expect(await alerts(page)).toEqual([]);
  });
});

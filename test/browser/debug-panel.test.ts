import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { chooseTurnMode, clientEventTypes, endCall, linesOf, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('the debug panel in the real page', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    stack = await startStack({ realtime: { script: { replies: [{ text: 'Sure, let us start with your CV.' }] } } });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows the applied session and switches the model between voice and text as the server confirms', async () => {
    const { page } = browser;
    await openApp(page, stack.url, '?debug=1');
    const panel = page.getByRole('complementary', { name: 'Debug panel' });
    await panel.waitFor();
    await startCall(page);

    // The session as the server applied it, with the pinned model, beside what the page asked for.
    await panel.getByRole('tab', { name: 'Session' }).click();
    const table = panel.getByRole('table', { name: 'Requested versus applied session' });
    await expect.poll(() => table.textContent(), { timeout: 10_000 }).toContain('gpt-realtime-2');
    await expect.poll(() => panel.textContent()).toContain('"realtime.session"');
    expect(await panel.textContent()).not.toMatch(/ek_[A-Za-z0-9]{6}/);

    // Let the opening line finish before asking for text.
    await expect.poll(() => page.locator('[data-speaker="assistant"]').first().getAttribute('data-status'), { timeout: 15_000 }).toBe('final');
    await expect.poll(() => page.getByRole('button', { name: 'Interrupt' }).isDisabled(), { timeout: 15_000 }).toBe(true);

    const toggle = panel.getByRole('group', { name: 'Model output' });
    const before = stack.realtime.received.length;
    await toggle.getByRole('button', { name: 'text' }).click();
    await expect.poll(() => toggle.textContent(), { timeout: 5_000 }).toContain('confirmed: text');
    const update = stack.realtime.received.slice(before).map((r) => r.event as Record<string, unknown>).find((e) => e.type === 'session.update');
    expect(update).toEqual({ type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } });
    expect(await toggle.getByRole('button', { name: 'text' }).getAttribute('aria-pressed')).toBe('true');

    // The next reply arrives as text, with no audio.
    const sentBefore = stack.realtime.sent.length;
    await page.getByLabel('Type a message').fill('Where do we start?');
    await page.getByLabel('Type a message').press('Enter');
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 10_000 }).toHaveLength(2);
    await expect.poll(() => page.locator('[data-speaker="assistant"]').last().getAttribute('data-status')).toBe('final');
    expect(await page.locator('[data-speaker="assistant"]').last().locator('.line-tag').textContent()).toContain('text');
    const replyEvents = stack.realtime.sent.slice(sentBefore).map((s) => String(s.event.type));
    expect(replyEvents).toContain('response.output_text.delta');
    expect(replyEvents).not.toContain('output_audio_buffer.started');

    // And back to voice.
    await toggle.getByRole('button', { name: 'voice' }).click();
    await expect.poll(() => toggle.textContent(), { timeout: 5_000 }).toContain('confirmed: audio');

    // A turn-taking switch mid-call is part of what the page asked for: the Session tab shows no false DIFFERS.
    const updatesBefore = stack.realtime.sent.filter((s) => s.event.type === 'session.updated').length;
    await chooseTurnMode(page, 'Smart');
    await stack.realtime.waitFor(() => stack.realtime.sent.filter((s) => s.event.type === 'session.updated').length > updatesBefore, 5_000);
    await panel.getByRole('tab', { name: 'Session' }).click();
    const turnRow = table.locator('tr', { hasText: 'turn_detection' });
    await expect.poll(() => turnRow.textContent(), { timeout: 5_000 }).toContain('semantic_vad');
    expect(await turnRow.getAttribute('data-status')).toBe('same');
    expect(await table.locator('tr[data-status="differs"]').count()).toBe(0);

    // Per turn: latency, tokens and an estimated cost from the price table; session totals.
    await panel.getByRole('tab', { name: 'Turns' }).click();
    await expect.poll(() => panel.getByRole('definition').filter({ hasText: /^\d+$/ }).first().textContent()).toMatch(/^[2-9]$/);
    expect(await panel.getByTestId('total-cost').textContent()).toMatch(/^\$\d+\.\d+/);
    expect(await panel.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.locator('tbody tr').first().textContent()).toMatch(/\d+ ms/);

    // Connection: the peer's state and figures from getStats.
    await panel.getByRole('tab', { name: 'Connection' }).click();
    const connection = panel.getByRole('definition');
    await expect.poll(() => panel.textContent(), { timeout: 5_000 }).toMatch(/round-trip time\s*\d+(\.\d+)? ms/);
    expect(await connection.allTextContents()).toContain('connected');

    // The event log has both directions, and never a key.
    await panel.getByRole('tab', { name: 'Events' }).click();
    await expect.poll(() => panel.textContent()).toContain('session.updated');
    expect(await panel.textContent()).not.toMatch(/ek_[A-Za-z0-9]{6}|sk-browser-test/);
    expect(clientEventTypes(stack.realtime.received)).not.toContain('error');
    expect(stack.realtime.schemaViolations).toEqual([]);
    await endCall(page);
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, endCall, linesOf, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

const REPLY = 'Great. Tell me about a project you are proud of, and what you did on it.';
const TYPED = 'I would like to practise for my interview today.';

interface ExportedConversation {
  format: string;
  schemaVersion: number;
  exportedAt: string;
  conversation: {
    id: string;
    persona: { name: string };
    spans: Array<{ startedAt: number; endedAt: number | null; endReason: string | null }>;
    lines: Array<{ speaker: string; text: string; status: string; medium: string; at: number }>;
    turns: Array<{ index: number; latencyMs: number | null; inputTokens: number; outputTokens: number; costUsd: number | null }>;
    recordings: unknown[];
  };
}

/** Clicks what starts a download and gives back the file's name and text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('history and export', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    stack = await startStack({ realtime: { script: { replies: [{ text: REPLY, audio: 'reply-en-2' }] } } });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('a finished call exports as Markdown and JSON, and History lists it, opens it, exports and deletes it, by keyboard', async () => {
    const { page } = browser;
    await openApp(page, stack.url);
    const callsBefore = stack.realtime.calls().length;
    await startCall(page);
    const callId = stack.realtime.calls()[callsBefore]!.id;
    await stack.realtime.waitFor(() => stack.realtime.sent.some((s) => s.callId === callId && s.event.type === 'output_audio_buffer.stopped'), 20_000);
    await page.getByRole('textbox', { name: 'Type a message' }).fill(TYPED);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(2);
    await stack.realtime.waitFor(() => stack.realtime.responses(callId).filter((r) => r.status).length >= 2, 20_000);
    await page.waitForTimeout(300);
    await endCall(page);
    const assistant = await linesOf(page, 'assistant');

    const json = await download(page, () => page.locator('[data-conversation-controls] [data-action="export-json"]').click());
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(json.text) as ExportedConversation;
    expect(exported.format).toBe('persona-talk.conversation');
    expect(exported.schemaVersion).toBe(2);
    const { conversation } = exported;
    expect(conversation.lines.map((line) => `${line.speaker}: ${line.text}`)).toEqual([`assistant: ${assistant[0]}`, `user: ${TYPED}`, `assistant: ${REPLY}`]);
    expect(conversation.lines[1]).toMatchObject({ medium: 'text', status: 'final' });
    expect(conversation.spans).toHaveLength(1);
    expect(conversation.spans[0]).toMatchObject({ endReason: 'ended' });
    expect(conversation.spans[0]!.endedAt!).toBeGreaterThan(conversation.spans[0]!.startedAt);
    // Per-turn figures: the opening and the answer, with tokens and a cost; the typed turn has its latency.
    expect(conversation.turns).toHaveLength(2);
    expect(conversation.turns.every((turn) => turn.inputTokens > 0 && turn.outputTokens > 0 && (turn.costUsd ?? 0) > 0)).toBe(true);
    expect(conversation.turns[1]!.latencyMs).toBeGreaterThan(0);

    const markdown = await download(page, () => page.locator('[data-conversation-controls] [data-action="export-markdown"]').click());
    expect(markdown.name).toMatch(/\.md$/);
    const personaName = conversation.persona.name;
    expect(markdown.text.split('\n')[0]).toBe(`# Conversation with ${personaName}`);
    expect(markdown.text).toMatch(new RegExp(`\\*\\*You\\*\\* \\([^)]+\\): I would like to practise for my interview today\\.`));
    expect(markdown.text).toContain(`**${personaName}** (`);

    // History, by keyboard: the button opens the dialog, the list shows the call, Enter opens it.
    const historyButton = page.getByRole('button', { name: 'History' });
    await historyButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Past conversations' });
    await dialog.waitFor();
    const item = dialog.locator(`[data-conversation-id="${conversation.id}"] [data-action="open"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(personaName);
    expect(await item.textContent()).toContain('3 lines');
    await item.focus();
    await page.keyboard.press('Enter');
    const reader = dialog.locator(`article[data-conversation-id="${conversation.id}"]`);
    await reader.waitFor();
    expect(await reader.locator('.conv-line-text').allTextContents()).toEqual([assistant[0], TYPED, REPLY]);
    const fromHistory = await download(page, () => reader.locator('[data-action="export-json"]').click());
    expect((JSON.parse(fromHistory.text) as ExportedConversation).conversation.lines).toHaveLength(3);

    await reader.locator('[data-action="delete"]').click();
    await dialog.getByText('No conversations yet').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('History');
    expect(await alerts(page)).toEqual([]);
  });

  it('on a phone the list and Delete all fit the screen and work', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 375, height: 700 });
    const callsBefore = stack.realtime.calls().length;
    for (let call = 0; call < 2; call++) {
      await startCall(page);
      const callId = stack.realtime.calls()[callsBefore + call]!.id;
      await stack.realtime.waitFor(() => stack.realtime.responses(callId).some((r) => r.status), 20_000);
      await expect.poll(() => page.locator('[data-speaker="assistant"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      await endCall(page);
    }
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Past conversations' });
    await expect.poll(() => dialog.locator('.conv-item').count(), { timeout: 10_000 }).toBe(2);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await dialog.locator('[data-action="delete-all"]').click();
    await dialog.locator('[data-action="confirm-delete-all"]').click();
    await dialog.getByText('No conversations yet').waitFor();
    await dialog.locator('[data-action="close-history"]').click();
    // Nothing of them is left in the browser after a reload either.
    await page.reload();
    await page.getByRole('button', { name: 'History' }).click();
    await dialog.getByText('No conversations yet').waitFor();
    expect(await alerts(page)).toEqual([]);
  });

  it('speaks Korean when the page does', async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem('persona-talk.ui-locale', 'ko'));
    await page.reload();
    await page.getByRole('button', { name: '대화 기록' }).click();
    await page.getByRole('dialog', { name: '지난 대화' }).getByText('아직 대화가 없습니다').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('switch', { name: /통화 녹음하기/ }).isChecked()).toBe(false);
    await page.evaluate(() => localStorage.removeItem('persona-talk.ui-locale'));
  });
});

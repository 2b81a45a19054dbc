import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { alerts, endCall, linesOf, openApp, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

const FIRST = 'I want a coffee with oat milk.';
const SECOND = 'Give me the croissant please. How much is it?';

describe('the coaching report after a call', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const callIdAt = (index: number) => stack.realtime.calls()[index]!.id;
  const finishedResponses = (callId: string) => stack.realtime.responses(callId).filter((r) => r.status).length;

  /** Types one turn and waits for the persona's answer to be complete. */
  async function typeTurn(page: Page, callId: string, text: string, answers: number): Promise<void> {
    await page.getByRole('textbox', { name: 'Type a message' }).fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 20_000 }).toHaveLength(answers);
    await stack.realtime.waitFor(() => finishedResponses(callId) >= answers, 20_000);
  }

  async function callWithTwoTurns(page: Page): Promise<string> {
    const index = stack.realtime.calls().length;
    await startCall(page);
    const callId = callIdAt(index);
    await stack.realtime.waitFor(() => stack.realtime.sent.some((s) => s.callId === callId && s.event.type === 'output_audio_buffer.stopped'), 20_000);
    await typeTurn(page, callId, FIRST, 2);
    await typeTurn(page, callId, SECOND, 3);
    await page.waitForTimeout(300);
    return callId;
  }

  it('streams in after End call, quotes the user’s lines, highlights them, survives a reload, and Practice again carries the corrections', async () => {
    const { page } = browser;
    await openApp(page, stack.url);
    await callWithTwoTurns(page);
    const requestsBefore = stack.gemini.requests.length;

    const endedAt = Date.now();
    await endCall(page);
    const report = page.locator('section.report');
    await report.locator('[data-report-field="summary"]').waitFor({ timeout: 15_000 });
    const firstTextMs = Date.now() - endedAt;
    // Field by field: the summary is on screen before the report is finished.
    expect(await report.getAttribute('data-report-status')).toBe('writing');
    await expect.poll(() => report.getAttribute('data-report-status'), { timeout: 30_000 }).toBe('done');
    const completeMs = Date.now() - endedAt;
    // The report, like every state of the page, has no critical or serious accessibility violation.
    expect(await axeViolations(page)).toEqual([]);
    console.log(`coaching report against the stand-in: End call → first report text ${firstTextMs} ms, → complete ${completeMs} ms (writing itself: first text ${await report.getAttribute('data-first-text-ms')} ms, done ${await report.getAttribute('data-done-ms')} ms)`);

    // Gemini was asked once, with the transcript, for English explanations.
    const asked = stack.gemini.requests.slice(requestsBefore).filter((r) => r.path.includes(':streamGenerateContent'));
    expect(asked).toHaveLength(1);
    const prompt = JSON.stringify(asked[0]!.body);
    expect(prompt).toContain(FIRST);
    expect(prompt).toContain('Explanation language: English (en)');

    // Every correction quotes the user's own transcript lines.
    const userLines = await linesOf(page, 'user');
    expect(userLines).toEqual([FIRST, SECOND]);
    const quotes = await report.locator('[data-correction] [data-quote]').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(userLines.some((line) => line.includes(quote))).toBe(true);
    expect(await report.locator('[data-report-field="goal"]').textContent()).toMatch(/Partly reached/);
    expect(await report.locator('.report-rubric').count()).toBe(3);
    expect(Number(await report.locator('[data-report-tokens]').getAttribute('data-report-tokens'))).toBeGreaterThan(0);
    expect(await report.locator('[data-report-tokens]').textContent()).toMatch(/Gemini tokens for this report: \d+ .* · The call itself: \$\d/);

    // Selecting a correction highlights the line it came from.
    await report.locator('[data-correction] button').first().click();
    const highlighted = page.locator('[data-line-id][data-highlighted]');
    await highlighted.waitFor();
    expect(await highlighted.getAttribute('data-speaker')).toBe('user');
    expect(await highlighted.locator('.line-text').textContent()).toContain(quotes[0]);
    await report.getByText('Kept with this conversation in History.').waitFor();
    expect(await alerts(page)).toEqual([]);

    // Practice again: a new call with the same persona, its instructions carrying the corrections.
    const receivedBefore = stack.realtime.received.length;
    const callsBefore = stack.realtime.calls().length;
    await report.locator('[data-action="practice-again"]').click();
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    const practiceCall = callIdAt(callsBefore);
    const update = stack.realtime.received
      .slice(receivedBefore)
      .map((r) => r.event as { type: string; session?: { instructions?: string } })
      .find((event) => event.type === 'session.update' && event.session?.instructions);
    expect(update?.session?.instructions).toContain('Practice round');
    for (const quote of quotes) expect(update?.session?.instructions).toContain(`Instead of "${quote}"`);
    await stack.realtime.waitFor(() => stack.realtime.sent.some((s) => s.callId === practiceCall && s.event.type === 'output_audio_buffer.stopped'), 20_000);
    await endCall(page);
    // A call without two turns from the user offers no report, and says why.
    await page.getByText('A report needs at least two turns from you; this call had 0.').waitFor();

    // After a reload the report is in History with the conversation.
    await page.reload();
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Past conversations' });
    await dialog.waitFor();
    await dialog.locator('[data-action="open"]').last().click();
    const saved = dialog.locator('[data-saved-report]');
    await saved.waitFor({ timeout: 10_000 });
    expect(await saved.locator('[data-correction] [data-quote]').allTextContents()).toEqual(quotes);
    expect(await saved.locator('.report-summary').textContent()).toMatch(/You took 2 turns/);
  });

  it('a Gemini failure shows one catalogue message with Retry, the transcript stays, and Retry writes the report', async () => {
    const { page } = browser;
    await openApp(page, stack.url);
    await callWithTwoTurns(page);
    stack.gemini.injectFault({ kind: '429', perDay: true });
    await endCall(page);
    const report = page.locator('section.report');
    const problem = report.getByRole('alert');
    await problem.waitFor({ timeout: 15_000 });
    expect(await problem.textContent()).toContain("Today's Gemini quota is used up");
    expect(await linesOf(page, 'user')).toEqual([FIRST, SECOND]);
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => report.getAttribute('data-report-status'), { timeout: 30_000 }).toBe('done');
    expect(await report.locator('[data-correction]').count()).toBeGreaterThan(0);
    expect(await alerts(page)).toEqual([]);
  });

  it('on a Korean page the explanations are Korean while the quotes stay in the English of the call', async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem('persona-talk.ui-locale', 'ko'));
    await page.goto(stack.url);
    const start = page.getByRole('button', { name: '통화 시작' });
    await expect.poll(() => start.isEnabled(), { timeout: 15_000 }).toBe(true);
    const index = stack.realtime.calls().length;
    await start.click();
    await page.locator('[data-status="connected"]').waitFor({ timeout: 20_000 });
    const callId = callIdAt(index);
    await stack.realtime.waitFor(() => stack.realtime.sent.some((s) => s.callId === callId && s.event.type === 'output_audio_buffer.stopped'), 20_000);
    for (const [text, answers] of [[FIRST, 2], [SECOND, 3]] as const) {
      await page.getByRole('textbox', { name: '메시지 입력' }).fill(text);
      await page.getByRole('button', { name: '보내기' }).click();
      await stack.realtime.waitFor(() => finishedResponses(callId) >= answers, 20_000);
    }
    await page.waitForTimeout(300);
    const requestsBefore = stack.gemini.requests.length;
    await page.getByRole('button', { name: '통화 끝내기' }).click();
    const report = page.locator('section.report');
    await expect.poll(() => report.getAttribute('data-report-status'), { timeout: 30_000 }).toBe('done');
    expect(JSON.stringify(stack.gemini.requests[requestsBefore]!.body)).toContain('Explanation language: Korean (ko)');
    expect(await report.locator('.report-summary').textContent()).toMatch(/[\uac00-\ud7a3]/);
    expect(await report.locator('[data-report-field="corrections"] h4').textContent()).toBe('교정');
    const quotes = await report.locator('[data-correction] [data-quote]').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect([FIRST, SECOND].some((line) => line.includes(quote))).toBe(true);
    expect((await report.locator('[data-better]').allTextContents()).join(' ')).not.toMatch(/[\uac00-\ud7a3]/);
    await page.evaluate(() => localStorage.removeItem('persona-talk.ui-locale'));
  });

  it('with no Gemini on the server the report is not offered, and the page says why', async () => {
    await stack.restartTokenServer({ GEMINI_API_KEY: '' });
    const { page } = browser;
    await openApp(page, stack.url);
    await callWithTwoTurns(page);
    const requestsBefore = stack.gemini.requests.length;
    await endCall(page);
    const report = page.locator('section.report');
    await report.locator('[data-report-unavailable]').waitFor({ timeout: 10_000 });
    expect(await report.textContent()).toContain('Gemini is turned off on this server');
    expect(await report.locator('[data-action="write-report"]').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(stack.gemini.requests.length).toBe(requestsBefore);
    expect(await linesOf(page, 'user')).toEqual([FIRST, SECOND]);
  });
});

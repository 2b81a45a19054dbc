import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { closePersonaEditor, endCall, linesOf, openApp, openPersonaEditor, startCall } from './support/page-actions.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('persona studio → call, in the real page', () => {
  let stack: Stack;
  let browser: TestBrowser;

  beforeAll(async () => {
    stack = await startStack({ gemini: { chunkDelayMs: 80 } });
    browser = await launchBrowser({ micFile: 'mic-silence.wav' });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('writes a persona from a brief field by field, takes an edit, and the call opens with its line and voice', async () => {
    const { page } = browser;
    await openApp(page, stack.url);
    const brief = page.getByRole('form', { name: 'Persona brief' });
    await brief.getByLabel(/^Language/).selectOption('en');
    await brief.getByLabel('Brief', { exact: true }).fill('a strict interviewer at a Seoul game studio');
    await brief.getByRole('button', { name: 'Create persona' }).click();

    // Fields fill in while the stream is still running.
    const card = page.getByRole('region', { name: 'Persona', exact: true });
    await expect.poll(() => card.getAttribute('data-streaming'), { timeout: 5_000 }).toBe('true');
    await expect.poll(async () => (await card.locator('[data-field="name"]').textContent().catch(() => '')) ?? '', { timeout: 10_000 }).not.toBe('');
    expect(await card.getAttribute('data-streaming')).toBe('true');
    await expect.poll(() => card.getAttribute('data-streaming'), { timeout: 20_000 }).toBe('false');
    expect(stack.gemini.requests.some((r) => r.path.includes(':streamGenerateContent'))).toBe(true);

    // Edit the opening line; the call must use the edited persona.
    const openingLine = 'Good afternoon. Sit down, and tell me why our studio should hire you.';
    const editor = await openPersonaEditor(page);
    await editor.getByLabel('Opening line', { exact: true }).fill(openingLine);
    const voice = await editor.getByLabel(/^Voice/).inputValue();
    const name = await editor.getByLabel('Name', { exact: true }).inputValue();
    await closePersonaEditor(page);
    expect(await card.textContent()).toContain(name);
    await expect.poll(() => page.getByRole('button', { name: 'Start call' }).isEnabled()).toBe(true);

    await startCall(page);
    await expect.poll(() => linesOf(page, 'assistant'), { timeout: 15_000 }).toEqual([openingLine]);

    // The key carried the language only; the compiled persona (instructions, voice) came as the first session.update,
    // and the stand-in's session applied it.
    const minted = stack.realtime.mints.at(-1)?.body as { session: { instructions?: string; audio: { input: { transcription: { language?: string } } } } };
    expect(minted.session.instructions).toBeUndefined();
    expect(minted.session.audio.input.transcription.language).toBe('en');
    const update = stack.realtime.received.map((r) => r.event as { type: string; session?: { instructions?: string; audio?: { output?: { voice?: string } } } })
      .find((event) => event.type === 'session.update');
    expect(update?.session?.instructions).toContain(`Opening line (say this first, word for word): "${openingLine}"`);
    expect(update?.session?.instructions).toContain(name);
    expect(update?.session?.audio?.output?.voice).toBe(voice);
    expect(stack.realtime.calls().at(-1)?.session).toMatchObject({ audio: { output: { voice } } });
    await endCall(page);
  });

  it('the simulated Gemini believes a Korean brief: a blunt grandmother at a Busan fish market', async () => {
    const own = await launchBrowser({ micFile: 'mic-silence.wav' });
    const { page } = own;
    await openApp(page, stack.url);
    const brief = page.getByRole('form', { name: 'Persona brief' });
    await brief.getByLabel(/^Language/).selectOption('ko');
    await brief.getByLabel('Brief', { exact: true }).fill('부산 시장에서 생선을 파는 무뚝뚝한 할머니');
    await brief.getByRole('button', { name: 'Create persona' }).click();
    const card = page.getByRole('region', { name: 'Persona', exact: true });
    await expect.poll(() => card.getAttribute('data-streaming'), { timeout: 20_000 }).toBe('false');
    const editor = await openPersonaEditor(page);
    expect(Number(await editor.getByLabel('Age', { exact: true }).inputValue())).toBeGreaterThanOrEqual(60);
    const text = (await editor.locator('textarea, input[type="text"]').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value).join('\n')));
    expect(text).toMatch(/시장/);
    expect(text).toMatch(/생선/);
    expect(text).not.toMatch(/\(는\)|\(가\)|\(를\)|\(과\)/);
    expect(text).not.toMatch(/warm and patient|다정하고 인내심/);
    await closePersonaEditor(page);
    await own.close();
  });
});

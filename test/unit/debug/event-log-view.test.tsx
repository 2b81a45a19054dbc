// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TappedEvent } from '../../../src/call/event-tap';
import { EventLogBuffer } from '../../../src/debug/event-log-buffer';
import { EventLogView } from '../../../src/debug/event-log-view';
import { clientTapped, serverTapped } from './tapped-events';

let frames: (() => void)[] = [];
let buffer: EventLogBuffer;

const server = (type: string, atMs: number, extra: Record<string, unknown> = {}): TappedEvent =>
  serverTapped(atMs, { type, event_id: `evt_${atMs}`, ...extra });

function push(...events: TappedEvent[]) {
  act(() => {
    for (const event of events) buffer.push(event);
    frames.splice(0).forEach((flush) => flush());
  });
}

const rowTexts = () => screen.queryAllByRole('listitem').map((item) => item.textContent ?? '');

const callLog: TappedEvent[] = [
  clientTapped(5, { type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } }),
  server('session.updated', 40, { session: { model: 'gpt-realtime-mini', client_secret: { value: 'ek_abcdef123456', expires_at: 1 } } }),
  server('response.output_audio_transcript.delta', 100, { delta: 'Hel' }),
  server('response.output_audio_transcript.delta', 110, { delta: 'lo' }),
  server('response.output_audio_transcript.delta', 120, { delta: ' you' }),
  server('response.output_audio.delta', 125, { delta: 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA='.repeat(20) }),
  server('response.done', 130, { response: { id: 'r1', status: 'failed', status_details: { error: { code: 'model_not_found', message: 'The model `gpt-realtime` does not exist' } } } }),
  server('error', 140, { error: { code: 'invalid_api_key', message: 'Incorrect API key provided: sk-proj-abcdef123456' } }),
];

beforeEach(() => {
  frames = [];
  buffer = new EventLogBuffer(1000, (flush) => void frames.push(flush));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('EventLogView', () => {
  it('shows every event with direction, time and type, and makes failures stand out', () => {
    render(<EventLogView buffer={buffer} />);
    push(...callLog);
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(6); // three transcript deltas are one row
    expect(rows[0]).toHaveTextContent('↑5 mssession.update');
    expect(rows[1]).toHaveTextContent('↓40 mssession.updated');
    const failed = within(rows[4]!).getByRole('button');
    expect(failed).toHaveAttribute('data-severity', 'error');
    expect(failed).toHaveTextContent('model_not_found');
    expect(within(rows[5]!).getByRole('button')).toHaveAttribute('data-severity', 'error');
    expect(within(rows[1]!).getByRole('button')).toHaveAttribute('data-severity', 'normal');
  });

  it('filters by direction, included and excluded types, and free text', async () => {
    const user = userEvent.setup();
    render(<EventLogView buffer={buffer} />);
    push(...callLog);

    await user.click(screen.getByLabelText(/server/));
    expect(rowTexts()).toEqual([expect.stringContaining('session.update')]);
    await user.click(screen.getByLabelText(/server/));

    await user.type(screen.getByLabelText('Include types'), 'response.*');
    expect(rowTexts().every((text) => text.includes('response.'))).toBe(true);
    expect(rowTexts()).toHaveLength(3);

    await user.type(screen.getByLabelText('Exclude types'), '*.delta');
    expect(rowTexts()).toEqual([expect.stringContaining('response.done')]);

    await user.clear(screen.getByLabelText('Include types'));
    await user.clear(screen.getByLabelText('Exclude types'));
    await user.type(screen.getByLabelText('Search events'), 'GPT-REALTIME-MINI');
    expect(rowTexts()).toEqual([expect.stringContaining('session.updated')]);
  });

  it('collapses runs of deltas into one row with a count, and expands them on demand', async () => {
    const user = userEvent.setup();
    render(<EventLogView buffer={buffer} />);
    push(...callLog);
    const run = rowTexts().find((text) => text.includes('response.output_audio_transcript.delta'));
    expect(run).toContain('×3');
    expect(run).toContain('Hello you');

    await user.click(screen.getByLabelText(/collapse deltas/));
    expect(rowTexts().filter((text) => text.includes('transcript.delta'))).toHaveLength(3);
    expect(rowTexts()).toHaveLength(8);
  });

  it('redacts secrets and trims audio in rows, the JSON view and copy', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<EventLogView buffer={buffer} />);
    push(...callLog);

    expect(document.body.textContent).not.toMatch(/sk-proj-abc|ek_abcdef/);
    await user.click(screen.getByText('session.updated'));
    const json = screen.getByTestId('event-json').textContent ?? '';
    expect(json).toContain('"model": "gpt-realtime-mini"');
    expect(json).toContain('"value": "[redacted]"');
    expect(json).not.toContain('ek_abcdef');

    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]?.[0]).toContain('"value": "[redacted]"');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();

    await user.click(screen.getByText('response.output_audio.delta'));
    expect(screen.getByTestId('event-json').textContent).toMatch(/<audio base64, \d+ chars>/);
    expect(screen.getByTestId('event-json').textContent).not.toContain('UklGRiQ');
  });

  it('exports the whole log (not just the filtered rows) as redacted JSON', async () => {
    const user = userEvent.setup();
    let saved: Blob | null = null;
    let fileName = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    render(<EventLogView buffer={buffer} />);
    push(...callLog);
    await user.type(screen.getByLabelText('Include types'), 'error');

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(fileName).toMatch(/^persona-talk-events-.*\.json$/);
    const text = await (saved as unknown as Blob).text();
    const exported = JSON.parse(text) as { count: number; events: { type: string; direction: string; atMs: number }[] };
    expect(exported.count).toBe(callLog.length);
    expect(exported.events.map((e) => e.type)).toEqual(callLog.map((e) => e.type));
    expect(exported.events[0]).toMatchObject({ direction: 'client', atMs: 5 });
    expect(text).not.toMatch(/sk-proj-abc|ek_abcdef|UklGRiQAAABX/);
    expect(text).toContain('[redacted]');
  });

  it('pauses the view without losing events, and clears the log', async () => {
    const user = userEvent.setup();
    render(<EventLogView buffer={buffer} />);
    push(server('session.created', 1));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    push(server('response.created', 2), server('response.done', 3));
    expect(rowTexts()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Resume (+2)' }));
    expect(rowTexts()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    act(() => frames.splice(0).forEach((flush) => flush()));
    expect(rowTexts()).toHaveLength(0);
    expect(buffer.length).toBe(0);
  });

  it('renders only a window of rows for a long log', () => {
    render(<EventLogView buffer={buffer} />);
    push(...Array.from({ length: 900 }, (_, i) => server(i % 2 ? 'rate_limits.updated' : 'conversation.item.done', i)));
    expect(screen.getByText(/900 rows/)).toBeInTheDocument();
    expect(rowTexts().length).toBeLessThan(60);
    expect(rowTexts().at(-1)).toContain('899 ms');
  });

  it('opens and closes the detail of a row', () => {
    render(<EventLogView buffer={buffer} />);
    push(server('session.created', 1, { session: { model: 'm' } }));
    fireEvent.click(screen.getByText('session.created'));
    expect(screen.getByRole('region', { name: 'Event detail' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Close detail' }));
    expect(screen.queryByRole('region', { name: 'Event detail' })).not.toBeInTheDocument();
  });
});

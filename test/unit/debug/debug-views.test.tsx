// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppliedSessionView } from '../../../src/debug/applied-session-view';
import { OutputModalityToggle } from '../../../src/debug/output-modality-toggle';
import { TurnMetricsView } from '../../../src/debug/turn-metrics-view';
import { INITIAL_TURN_METRICS, reduceTurnMetrics } from '../../../src/debug/turn-metrics';
import type { TappedEvent } from '../../../src/call/event-tap';
import type { AppliedSession } from '../../../src/debug/session-diff';
import { serverTapped } from './tapped-events';

afterEach(cleanup);

describe('AppliedSessionView', () => {
  const applied: AppliedSession = {
    type: 'realtime',
    model: 'gpt-realtime-mini',
    output_modalities: ['audio'],
    instructions: 'You are Mira.',
    audio: { input: { turn_detection: { type: 'server_vad' } }, output: { voice: 'marin' } },
  };

  it('highlights what the server applied differently from what the page asked for', () => {
    render(
      <AppliedSessionView
        applied={applied}
        requested={{ tokenRequest: { voice: 'cedar', instructions: 'You are Mira.' } }}
        token={{ value: 'ek_secret123456', model: 'gpt-realtime', expiresAt: 1, expiresInSeconds: 60, callsUrl: 'http://127.0.0.1/calls', session: {} }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Requested versus applied session' });
    const row = (field: string) => within(table).getByRole('rowheader', { name: field }).closest('tr') as HTMLElement;
    expect(row('model')).toHaveAttribute('data-status', 'differs');
    expect(row('model')).toHaveTextContent('gpt-realtimegpt-realtime-mini');
    expect(row('voice')).toHaveClass('dbg-diff-differs');
    expect(row('instructions')).toHaveAttribute('data-status', 'same');
    expect(row('output_modalities')).toHaveTextContent('server default');
    expect(document.body.textContent).not.toContain('ek_secret');
    expect(document.body.textContent).toContain('http://127.0.0.1/calls');
  });
});

describe('OutputModalityToggle', () => {
  it('shows the confirmed state and "pending…" until the server confirms the click', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<OutputModalityToggle requested="audio" confirmed="audio" enabled onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'voice' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'text' }));
    expect(onChange).toHaveBeenCalledWith('text');

    rerender(<OutputModalityToggle requested="text" confirmed="audio" enabled onChange={onChange} />);
    expect(screen.getByText(/pending…/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'voice' })).toHaveAttribute('aria-pressed', 'true');

    rerender(<OutputModalityToggle requested="text" confirmed="text" enabled onChange={onChange} />);
    expect(screen.queryByText(/pending…/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'text' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('TurnMetricsView', () => {
  const usage = { input_token_details: { text_tokens: 100, audio_tokens: 50 }, output_token_details: { text_tokens: 10, audio_tokens: 80 } };
  const events: TappedEvent[] = [
    serverTapped(1000, { type: 'input_audio_buffer.speech_stopped' }),
    serverTapped(1100, { type: 'response.created', response: { id: 'r' } }),
    serverTapped(1420, { type: 'output_audio_buffer.started', response_id: 'r' }),
    serverTapped(2000, { type: 'response.done', response: { id: 'r', status: 'completed', usage } }),
  ];
  const metrics = events.reduce(reduceTurnMetrics, INITIAL_TURN_METRICS);

  it('shows latency, tokens and cost per turn', () => {
    render(<TurnMetricsView metrics={metrics} model="gpt-realtime-1.5" nowMs={3000} />);
    const row = screen.getAllByRole('row')[1] as HTMLElement;
    // (100×$4 + 50×$32 + 10×$16 + 80×$64) per million tokens = $0.00728
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1', 'speech', '420 ms', '900 ms', 'completed', 'text 100 · audio 50 · cached 0', 'text 10 · audio 80', '$0.00728',
    ]);
    expect(screen.getByTestId('total-cost').textContent).toBe('$0.00728');
  });

  it('says "price unknown" for a model without a price', () => {
    render(<TurnMetricsView metrics={metrics} model="gpt-unknown-realtime" nowMs={3000} />);
    expect(screen.getByTestId('total-cost')).toHaveTextContent('price unknown');
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('price unknown');
  });
});

/** The Turns tab: per-turn latency, duration, tokens and estimated cost, then session totals. */
import { priceForModel, type TokenSplit } from './pricing';
import {
  sessionTotals,
  turnCostUsd,
  turnDurationMs,
  turnLatencyMs,
  type TurnMetricsState,
} from './turn-metrics';

interface TurnMetricsViewProps {
  metrics: TurnMetricsState;
  /** The session model, else the one the token server pinned. */
  model: string | null;
  /** Now, in ms since call start (same clock as the events). */
  nowMs: number;
}

const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`);
const usd = (value: number | null) => (value === null ? 'price unknown' : `$${value.toFixed(value < 0.01 ? 5 : 4)}`);

function tokensIn(t: TokenSplit | null): string {
  if (!t) return '—';
  return `text ${t.inputText} · audio ${t.inputAudio} · cached ${t.cachedText + t.cachedAudio + t.cachedImage}`;
}

function tokensOut(t: TokenSplit | null): string {
  return t ? `text ${t.outputText} · audio ${t.outputAudio}` : '—';
}

function minutesSeconds(value: number | null): string {
  if (value === null) return '—';
  const totalSeconds = Math.floor(value / 1000);
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

export function TurnMetricsView({ metrics, model, nowMs }: TurnMetricsViewProps) {
  const effectiveModel = metrics.model ?? model;
  const totals = sessionTotals(metrics, nowMs, effectiveModel);
  const price = priceForModel(effectiveModel);
  return (
    <div className="dbg-turns">
      <dl className="dbg-totals" aria-label="Session totals">
        <div><dt>model</dt><dd>{effectiveModel ?? '—'}{price?.note ? ` (${price.note})` : ''}</dd></div>
        <div><dt>turns</dt><dd>{totals.turns}</dd></div>
        <div><dt>tokens in</dt><dd>{tokensIn(totals.tokens)}</dd></div>
        <div><dt>tokens out</dt><dd>{tokensOut(totals.tokens)}</dd></div>
        <div><dt>estimated cost</dt><dd data-testid="total-cost">{usd(totals.costUsd)}</dd></div>
        <div><dt>time left (60 min cap)</dt><dd>{minutesSeconds(totals.remainingMs)}</dd></div>
      </dl>
      <table className="dbg-table">
        <thead>
          <tr>
            <th>#</th><th>from</th><th>to first output</th><th>response</th><th>status</th>
            <th>tokens in</th><th>tokens out</th><th>cost</th>
          </tr>
        </thead>
        <tbody>
          {[...metrics.turns].reverse().map((turn) => (
            <tr key={turn.index} className={turn.status === 'failed' ? 'dbg-row-error' : undefined}>
              <td>{turn.index}</td>
              <td>{turn.trigger === 'none' ? '—' : turn.trigger}</td>
              <td>{ms(turnLatencyMs(turn))}{turn.firstOutputKind === 'text' ? ' (text)' : ''}</td>
              <td>{ms(turnDurationMs(turn))}</td>
              <td>{turn.status ?? 'in progress'}</td>
              <td>{tokensIn(turn.tokens)}</td>
              <td>{tokensOut(turn.tokens)}</td>
              <td>{turn.tokens ? usd(turnCostUsd(turn, effectiveModel)) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {metrics.turns.length === 0 && <p className="dbg-muted">No response yet.</p>}
    </div>
  );
}

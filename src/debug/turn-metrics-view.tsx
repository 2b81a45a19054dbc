/** The Turns tab: per-turn latency, duration, tokens and estimated cost, then session totals. */
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';
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
type TurnWords = (typeof debugMessages)['en']['turns'];
const usd = (m: TurnWords, value: number | null) => (value === null ? m.priceUnknown : `$${value.toFixed(value < 0.01 ? 5 : 4)}`);

function tokensIn(m: TurnWords, t: TokenSplit | null): string {
  return t ? m.tokenSplitIn(t.inputText, t.inputAudio, t.cachedText + t.cachedAudio + t.cachedImage) : '—';
}

function tokensOut(m: TurnWords, t: TokenSplit | null): string {
  return t ? m.tokenSplitOut(t.outputText, t.outputAudio) : '—';
}

function minutesSeconds(value: number | null): string {
  if (value === null) return '—';
  const totalSeconds = Math.floor(value / 1000);
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

export function TurnMetricsView({ metrics, model, nowMs }: TurnMetricsViewProps) {
  const m = useMessages(debugMessages).turns;
  const effectiveModel = metrics.model ?? model;
  const totals = sessionTotals(metrics, nowMs, effectiveModel);
  const price = priceForModel(effectiveModel);
  return (
    <div className="dbg-turns">
      <dl className="dbg-totals" aria-label={m.totals}>
        <div><dt>{m.model}</dt><dd>{effectiveModel ?? '—'}{price?.note ? ` (${price.note})` : ''}</dd></div>
        <div><dt>{m.turns}</dt><dd>{totals.turns}</dd></div>
        <div><dt>{m.tokensIn}</dt><dd>{tokensIn(m, totals.tokens)}</dd></div>
        <div><dt>{m.tokensOut}</dt><dd>{tokensOut(m, totals.tokens)}</dd></div>
        <div><dt>{m.cost}</dt><dd data-testid="total-cost">{usd(m, totals.costUsd)}</dd></div>
        <div><dt>{m.timeLeft}</dt><dd>{minutesSeconds(totals.remainingMs)}</dd></div>
      </dl>
      <table className="dbg-table">
        <thead>
          <tr>
            <th>#</th><th>{m.from}</th><th>{m.toFirstOutput}</th><th>{m.response}</th><th>{m.status}</th>
            <th>{m.tokensIn}</th><th>{m.tokensOut}</th><th>{m.costColumn}</th>
          </tr>
        </thead>
        <tbody>
          {[...metrics.turns].reverse().map((turn) => (
            <tr key={turn.index} className={turn.status === 'failed' ? 'dbg-row-error' : undefined}>
              <td>{turn.index}</td>
              <td>{turn.trigger === 'none' ? '—' : turn.trigger}</td>
              <td>{ms(turnLatencyMs(turn))}{turn.firstOutputKind === 'text' ? ` ${m.textOutput}` : ''}</td>
              <td>{ms(turnDurationMs(turn))}</td>
              <td>{turn.status ?? m.inProgress}</td>
              <td>{tokensIn(m, turn.tokens)}</td>
              <td>{tokensOut(m, turn.tokens)}</td>
              <td>{turn.tokens ? usd(m, turnCostUsd(turn, effectiveModel)) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {metrics.turns.length === 0 && <p className="dbg-muted">{m.none}</p>}
    </div>
  );
}

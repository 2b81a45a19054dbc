/** The Session tab: what the page asked for beside what the server applied, differences highlighted. */
import { redactValue } from '../../server-token/contract';
import type { TokenResponse } from '../../server-token/contract';
import { redactedJson } from './redacted-json';
import { diffSessions, type AppliedSession, type RequestedSession } from './session-diff';
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';

/** The token response; its secret, should it be there, is never shown. */
export type TokenInfo = Omit<TokenResponse, 'value'> & { value?: string };

interface AppliedSessionViewProps {
  applied: AppliedSession | null;
  requested: RequestedSession | null;
  token: TokenInfo | null;
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(redactValue(value));
}

function ValueCell({ value }: { value: unknown }) {
  const text = show(value);
  if (text.length <= 80) return <td className="dbg-value">{text}</td>;
  return (
    <td className="dbg-value">
      <details>
        <summary>{text.slice(0, 80)}…</summary>
        <pre className="dbg-json">{typeof value === 'string' ? value : redactedJson(value)}</pre>
      </details>
    </td>
  );
}

export function AppliedSessionView({ applied, requested, token }: AppliedSessionViewProps) {
  const m = useMessages(debugMessages).session;
  const pinned = token?.model ?? null;
  const rows = diffSessions(requested, applied, pinned);
  const { value: _secret, ...tokenWithoutSecret } = token ?? {};
  return (
    <div className="dbg-session">
      {!applied && <p className="dbg-muted">{m.none}</p>}
      <table className="dbg-table" aria-label={m.table}>
        <thead>
          <tr><th>{m.field}</th><th>{m.asked}</th><th>{m.applied}</th><th></th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={`dbg-diff-${row.status}`} data-status={row.status}>
              <th scope="row">{row.field}</th>
              <ValueCell value={row.requested} />
              <ValueCell value={row.applied} />
              <td>{m.status[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{m.appliedJson}</summary>
        <pre className="dbg-json">{applied ? redactedJson(applied) : '—'}</pre>
      </details>
      <details>
        <summary>{m.requestedJson}</summary>
        <pre className="dbg-json">{requested ? redactedJson(requested) : '—'}</pre>
      </details>
      <details>
        <summary>{m.tokenJson}</summary>
        <pre className="dbg-json">{token ? redactedJson(tokenWithoutSecret) : '—'}</pre>
      </details>
    </div>
  );
}

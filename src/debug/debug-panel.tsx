/**
 * The testers' debug panel (lazy chunk; default export for React.lazy): event log, requested-vs-applied session,
 * per-turn metrics and connection figures, plus the voice/text output toggle.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import './debug-panel.css';
import { AppliedSessionView } from './applied-session-view';
import { installBenchHook } from './bench-hook';
import { ConnectionView } from './connection-view';
import { eventLogBuffer, startEventLogRecording } from './event-log-buffer';
import { EventLogView } from './event-log-view';
import { OutputModalityToggle } from './output-modality-toggle';
import { sharedTurnMetricsTracker } from './turn-metrics-tracker';
import { TurnMetricsView } from './turn-metrics-view';
import { useCallDebugState } from './use-call-debug-state';
import { useMessages } from '../i18n/catalogue';
import { debugMessages, type DebugTab } from './debug-messages';

const TABS: readonly DebugTab[] = ['events', 'session', 'turns', 'connection'];
type Tab = DebugTab;

// Runs when the chunk loads, i.e. the first time the panel opens.
startEventLogRecording();
installBenchHook();

function useNowSinceCallStart(startedAt: number | null, active: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return startedAt === null ? 0 : now - startedAt;
}

function TurnsTab({ startedAt, pinnedModel }: { startedAt: number | null; pinnedModel: string | null }) {
  const tracker = useMemo(() => sharedTurnMetricsTracker(), []);
  const metrics = useSyncExternalStore(tracker.subscribe, tracker.getState, tracker.getState);
  const nowMs = useNowSinceCallStart(startedAt, startedAt !== null);
  return <TurnMetricsView metrics={metrics} model={pinnedModel} nowMs={nowMs} />;
}

export interface DebugPanelProps {
  onClose?: () => void;
  initialTab?: Tab;
}

export default function DebugPanel({ onClose, initialTab = 'events' }: DebugPanelProps) {
  const m = useMessages(debugMessages);
  const [tab, setTab] = useState<Tab>(initialTab);
  const call = useCallDebugState();
  const pinnedModel = call.tokenInfo?.model ?? null;

  return (
    <aside className="dbg-panel" aria-label={m.panel}>
      <header className="dbg-head">
        <strong>{m.heading}</strong>
        <nav className="dbg-tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
              {m.tabs[name]}
            </button>
          ))}
        </nav>
        <OutputModalityToggle
          requested={call.outputModality.requested}
          confirmed={call.outputModality.confirmed}
          enabled={call.status === 'connected'}
          onChange={call.setOutputModality}
        />
        <span className="dbg-muted">{call.status}</span>
        {onClose && (
          <button type="button" className="dbg-close" onClick={onClose} aria-label={m.close}>
            ×
          </button>
        )}
      </header>
      <div className="dbg-body" role="tabpanel" aria-label={m.tabs[tab]}>
        {tab === 'events' && <EventLogView buffer={eventLogBuffer} />}
        {tab === 'session' && (
          <AppliedSessionView applied={call.appliedSession} requested={call.requestedSession} token={call.tokenInfo} />
        )}
        {tab === 'turns' && <TurnsTab startedAt={call.startedAt} pinnedModel={pinnedModel} />}
        {/* Mounted whatever the tab, so stats are polled every second while the panel is open. */}
        <div hidden={tab !== 'connection'}>
          <ConnectionView peer={call.peerConnection} dataChannelState={call.dataChannelState} />
        </div>
      </div>
    </aside>
  );
}

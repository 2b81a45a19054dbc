/** The Connection tab: peer / ICE / data-channel state and getStats figures, polled every second. */
import { useEffect, useState } from 'react';
import { readConnectionStats, type ConnectionStats } from './connection-stats';
import { useMessages } from '../i18n/catalogue';
import { debugMessages } from './debug-messages';

export const STATS_POLL_MS = 1000;

/** Polls while mounted, i.e. while the panel is open. */
export function useConnectionStats(peer: RTCPeerConnection | null, intervalMs = STATS_POLL_MS): ConnectionStats | null {
  const [stats, setStats] = useState<ConnectionStats | null>(null);
  useEffect(() => {
    if (!peer) return;
    let cancelled = false;
    const poll = () => {
      readConnectionStats(peer)
        .then((next) => {
          if (!cancelled) setStats(next);
        })
        .catch(() => {
          /* a closed peer connection rejects getStats; keep the last figures */
        });
    };
    poll();
    const timer = setInterval(poll, intervalMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [peer, intervalMs]);
  return peer ? stats : null;
}

const fixed = (value: number | null, unit: string, digits = 0) => (value === null ? '—' : `${value.toFixed(digits)} ${unit}`);

interface ConnectionViewProps {
  peer: RTCPeerConnection | null;
  dataChannelState: string | null;
}

export function ConnectionView({ peer, dataChannelState }: ConnectionViewProps) {
  const m = useMessages(debugMessages).connection;
  const stats = useConnectionStats(peer);
  if (!peer) return <p className="dbg-muted">{m.none}</p>;
  const rows: [string, string][] = [
    [m.peer, stats?.connectionState ?? peer.connectionState],
    [m.ice, stats?.iceConnectionState ?? peer.iceConnectionState],
    [m.gathering, stats?.iceGatheringState ?? peer.iceGatheringState],
    [m.signaling, stats?.signalingState ?? peer.signalingState],
    [m.channel, dataChannelState ?? '—'],
    [m.rtt, fixed(stats?.roundTripMs ?? null, 'ms')],
    [m.jitter, fixed(stats?.jitterMs ?? null, 'ms', 1)],
    [m.received, stats?.packetsReceived?.toString() ?? '—'],
    [m.lost, stats?.packetsLost == null ? '—' : `${stats.packetsLost} (${fixed(stats.lossPercent, '%', 2)})`],
  ];
  return (
    <dl className="dbg-totals" aria-label={m.region}>
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

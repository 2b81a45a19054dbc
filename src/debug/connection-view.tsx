/** The Connection tab: peer / ICE / data-channel state and getStats figures, polled every second. */
import { useEffect, useState } from 'react';
import { readConnectionStats, type ConnectionStats } from './connection-stats';

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
  const stats = useConnectionStats(peer);
  if (!peer) return <p className="dbg-muted">No call connection.</p>;
  const rows: [string, string][] = [
    ['peer connection', stats?.connectionState ?? peer.connectionState],
    ['ICE connection', stats?.iceConnectionState ?? peer.iceConnectionState],
    ['ICE gathering', stats?.iceGatheringState ?? peer.iceGatheringState],
    ['signaling', stats?.signalingState ?? peer.signalingState],
    ['data channel', dataChannelState ?? '—'],
    ['round-trip time', fixed(stats?.roundTripMs ?? null, 'ms')],
    ['jitter (inbound audio)', fixed(stats?.jitterMs ?? null, 'ms', 1)],
    ['packets received', stats?.packetsReceived?.toString() ?? '—'],
    ['packets lost', stats?.packetsLost == null ? '—' : `${stats.packetsLost} (${fixed(stats.lossPercent, '%', 2)})`],
  ];
  return (
    <dl className="dbg-totals" aria-label="Connection">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

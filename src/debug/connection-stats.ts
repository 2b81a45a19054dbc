/** `RTCPeerConnection.getStats()` → the few plain numbers a tester reads. */

export interface ConnectionStats {
  connectionState: string | null;
  iceConnectionState: string | null;
  iceGatheringState: string | null;
  signalingState: string | null;
  /** Selected candidate pair's `currentRoundTripTime`, in ms. */
  roundTripMs: number | null;
  /** Inbound audio jitter, in ms. */
  jitterMs: number | null;
  packetsReceived: number | null;
  packetsLost: number | null;
  /** Share of inbound audio packets lost, 0–100. */
  lossPercent: number | null;
}

type StatsEntry = Record<string, unknown> & { type?: unknown; id?: unknown };

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Pure: reads a stats report (anything iterable over stats dictionaries, e.g. `report.values()`). */
export function summarizeStats(stats: Iterable<StatsEntry>): Omit<ConnectionStats, 'connectionState' | 'iceConnectionState' | 'iceGatheringState' | 'signalingState'> {
  const all = [...stats];
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const transport = all.find((entry) => entry.type === 'transport' && typeof entry.selectedCandidatePairId === 'string');
  const selectedPair =
    (transport ? byId.get(transport.selectedCandidatePairId) : undefined) ??
    all.find((entry) => entry.type === 'candidate-pair' && entry.nominated === true && entry.state === 'succeeded') ??
    all.find((entry) => entry.type === 'candidate-pair' && entry.selected === true);
  const inboundAudio = all.find((entry) => entry.type === 'inbound-rtp' && (entry.kind === 'audio' || entry.mediaType === 'audio'));

  const rtt = numberOrNull(selectedPair?.currentRoundTripTime);
  const jitter = numberOrNull(inboundAudio?.jitter);
  const received = numberOrNull(inboundAudio?.packetsReceived);
  const lost = numberOrNull(inboundAudio?.packetsLost);
  const expected = (received ?? 0) + Math.max(0, lost ?? 0);
  return {
    roundTripMs: rtt === null ? null : rtt * 1000,
    jitterMs: jitter === null ? null : jitter * 1000,
    packetsReceived: received,
    packetsLost: lost,
    lossPercent: lost === null || expected === 0 ? null : (Math.max(0, lost) / expected) * 100,
  };
}

export async function readConnectionStats(peer: RTCPeerConnection): Promise<ConnectionStats> {
  const report = await peer.getStats();
  return {
    connectionState: peer.connectionState,
    iceConnectionState: peer.iceConnectionState,
    iceGatheringState: peer.iceGatheringState,
    signalingState: peer.signalingState,
    ...summarizeStats(report.values() as Iterable<StatsEntry>),
  };
}

import { describe, expect, it } from 'vitest';
import { readConnectionStats, summarizeStats } from '../../../src/debug/connection-stats';

const report = [
  { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP2' },
  { id: 'CP1', type: 'candidate-pair', state: 'failed', currentRoundTripTime: 9 },
  { id: 'CP2', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.042 },
  { id: 'IV', type: 'inbound-rtp', kind: 'video', jitter: 1, packetsLost: 99, packetsReceived: 1 },
  { id: 'IA', type: 'inbound-rtp', kind: 'audio', jitter: 0.0035, packetsLost: 5, packetsReceived: 995 },
];

describe('connection stats', () => {
  it('reads RTT from the selected pair and jitter/loss from inbound audio', () => {
    expect(summarizeStats(report)).toEqual({ roundTripMs: 42, jitterMs: 3.5, packetsReceived: 995, packetsLost: 5, lossPercent: 0.5 });
  });

  it('falls back to the nominated succeeded pair and tolerates missing figures', () => {
    const stats = summarizeStats(report.filter((entry) => entry.type !== 'transport' && entry.id !== 'IA'));
    expect(stats).toEqual({ roundTripMs: 42, jitterMs: null, packetsReceived: null, packetsLost: null, lossPercent: null });
  });

  it('reads states from the peer connection', async () => {
    const peer = {
      connectionState: 'connected',
      iceConnectionState: 'connected',
      iceGatheringState: 'complete',
      signalingState: 'stable',
      getStats: async () => new Map(report.map((entry) => [entry.id, entry])),
    } as unknown as RTCPeerConnection;
    await expect(readConnectionStats(peer)).resolves.toMatchObject({ connectionState: 'connected', roundTripMs: 42 });
  });
});

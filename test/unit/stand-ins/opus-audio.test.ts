import { describe, expect, it } from 'vitest';
import { encodedFixture, FRAME_SAMPLES, OpusFrameDecoder, rmsDbfs } from '../../stand-ins/openai-realtime/opus-audio.ts';
import { fixturePath } from '../../stand-ins/openai-realtime/opus-audio.ts';
import { readWav, resample } from '../../stand-ins/openai-realtime/wav.ts';
import { keepLoopbackCandidates } from '../../stand-ins/openai-realtime/rtc-peer.ts';

describe('reply fixtures as Opus', () => {
  it('round-trips reply-en-1 through Opus with its length and loudness', () => {
    const wav = readWav(fixturePath('reply-en-1'));
    expect(wav.sampleRate).toBe(16000);
    const encoded = encodedFixture('reply-en-1');
    const expectedMs = (wav.samples.length / wav.sampleRate) * 1000;
    expect(Math.abs(encoded.durationMs - expectedMs)).toBeLessThanOrEqual(20);

    const decoder = new OpusFrameDecoder();
    const original = resample(wav.samples, 16000, 48000);
    let decodedEnergy = 0;
    let originalEnergy = 0;
    let speechFrames = 0;
    encoded.packets.forEach((packet, index) => {
      const pcm = decoder.decode(packet);
      expect(pcm.length).toBe(FRAME_SAMPLES);
      const level = rmsDbfs(pcm);
      if (level > -45) speechFrames++;
      for (const s of pcm) decodedEnergy += s * s;
      for (const s of original.subarray(index * FRAME_SAMPLES, (index + 1) * FRAME_SAMPLES)) originalEnergy += s * s;
    });
    // Lossy, but the speech survives: same overall energy within 3 dB and mostly speech frames.
    expect(Math.abs(10 * Math.log10(decodedEnergy / originalEnergy))).toBeLessThan(3);
    expect(speechFrames / encoded.packets.length).toBeGreaterThan(0.5);
  });

  it('caches the encoding', () => {
    expect(encodedFixture('reply-ko-1')).toBe(encodedFixture('reply-ko-1'));
  });
});

describe('keepLoopbackCandidates', () => {
  it('drops every candidate that is not on 127.0.0.1', () => {
    const sdp = [
      'v=0', 'c=IN IP4 192.0.2.2',
      'a=candidate:1 1 udp 2130706431 192.0.2.2 50000 typ host',
      'a=candidate:2 1 udp 2130706431 127.0.0.1 50001 typ host',
    ].join('\r\n');
    const out = keepLoopbackCandidates(sdp);
    expect(out).not.toContain('192.0.2.2');
    expect(out).toContain('127.0.0.1 50001');
  });
});

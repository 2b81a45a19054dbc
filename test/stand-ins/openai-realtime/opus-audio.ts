import { fileURLToPath } from 'node:url';
import { Decoder, Encoder } from '@evan/opus';
import { readWav, resample } from './wav.ts';

export const RTP_CLOCK_RATE = 48_000;
export const FRAME_MS = 20;
export const FRAME_SAMPLES = (RTP_CLOCK_RATE * FRAME_MS) / 1000; // 960

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A reply fixture encoded once into 20 ms Opus packets, ready to send as RTP. */
export interface EncodedAudio {
  name: string;
  packets: Uint8Array[];
  durationMs: number;
}

const cache = new Map<string, EncodedAudio>();

export function fixturePath(name: string): string {
  return `${fixturesDir}${name}.wav`;
}

/** Splits 48 kHz mono PCM into 20 ms frames (the last one zero-padded) and encodes each to Opus. */
export function encodePcm48k(samples: Int16Array): Uint8Array[] {
  const encoder = new Encoder({ channels: 1, sample_rate: RTP_CLOCK_RATE, application: 'voip' });
  const packets: Uint8Array[] = [];
  for (let start = 0; start < samples.length; start += FRAME_SAMPLES) {
    const frame = new Int16Array(FRAME_SAMPLES);
    frame.set(samples.subarray(start, Math.min(samples.length, start + FRAME_SAMPLES)));
    packets.push(Uint8Array.from(encoder.encode(frame)));
  }
  return packets;
}

/** The named fixture (`reply-en-1`, …) as Opus packets; encoded on first use and cached for the process. */
export function encodedFixture(name: string): EncodedAudio {
  const cached = cache.get(name);
  if (cached) return cached;
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Bad fixture name: ${name}`);
  const wav = readWav(fixturePath(name));
  const packets = encodePcm48k(resample(wav.samples, wav.sampleRate, RTP_CLOCK_RATE));
  const encoded = { name, packets, durationMs: packets.length * FRAME_MS };
  cache.set(name, encoded);
  return encoded;
}

/** Decodes the caller's Opus packets to 48 kHz mono PCM. One per call: Opus decoding is stateful. */
export class OpusFrameDecoder {
  private readonly decoder = new Decoder({ channels: 1, sample_rate: RTP_CLOCK_RATE });

  decode(packet: Uint8Array): Int16Array {
    const bytes = this.decoder.decode(packet);
    return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  }
}

/** Root-mean-square level of a PCM frame in dBFS (−Infinity for digital silence). */
export function rmsDbfs(samples: Int16Array): number {
  if (samples.length === 0) return -Infinity;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] as number;
    sum += s * s;
  }
  const rms = Math.sqrt(sum / samples.length) / 32768;
  return rms > 0 ? 20 * Math.log10(rms) : -Infinity;
}

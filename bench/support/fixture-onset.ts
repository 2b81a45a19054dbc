/**
 * Where the sound starts inside a reply fixture: the first 2.5 ms window at or above the same -45 dBFS the page's
 * sampler uses. That lead-in is in the recording, not in the transport or the page, so turn figures subtract it.
 */
import { fixturePath } from '../../test/stand-ins/openai-realtime/opus-audio.ts';
import { readWav } from '../../test/stand-ins/openai-realtime/wav.ts';

const THRESHOLD = 0.0056;
const cache = new Map<string, number>();

export function fixtureOnsetMs(name: string): number {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const { samples, sampleRate } = readWav(fixturePath(name));
  const window = Math.round(sampleRate / 400);
  let onset = 0;
  for (let start = 0; start + window <= samples.length; start += window) {
    let sum = 0;
    for (let i = start; i < start + window; i++) sum += ((samples[i] as number) / 32768) ** 2;
    if (Math.sqrt(sum / window) >= THRESHOLD) {
      onset = (start / sampleRate) * 1000;
      break;
    }
  }
  cache.set(name, onset);
  return onset;
}

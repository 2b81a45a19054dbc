/**
 * A short fake-microphone loop for the turn benchmark: one short sentence, then enough silence for the server VAD
 * to end the turn and the reply to start (about 2.7 s a turn, against 14 s for test/fixtures/mic-en.wav).
 * Made with espeak-ng and sox (as test/fixtures/make-fixtures.sh does) into the bench cache, once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../test/browser/support/paths.ts';

export function turnMicFile(): string {
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'call-bench');
  const out = path.join(dir, 'mic-turns.wav');
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  const raw = path.join(dir, 'mic-turns-raw.wav');
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} failed: install espeak-ng and sox (apt-get install espeak-ng sox)`);
  };
  run('espeak-ng', ['-v', 'en', '-w', raw, 'Hello there, good morning.']);
  run('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', out, 'pad', '0.2', '1.6']);
  return out;
}

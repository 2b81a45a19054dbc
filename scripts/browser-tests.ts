/**
 * Runs the browser tests. As root (CI, a container), they run inside a network namespace that has only
 * loopback, so no test packet can leave 127.0.0.1 — WebRTC included. A user who is not root runs them as they are.
 */
import { spawnSync } from 'node:child_process';

const vitest = ['npx', 'vitest', 'run', '--project', 'browser', ...process.argv.slice(2)];

function canIsolate(): boolean {
  if (process.getuid?.() !== 0 || process.env.PERSONA_TALK_LOOPBACK_ONLY === '1') return false;
  return spawnSync('unshare', ['-n', 'true']).status === 0 && spawnSync('ip', ['-V']).status === 0;
}

const isolated = canIsolate();
const command = isolated
  ? ['unshare', '-n', 'sh', '-c', `ip link set lo up && exec ${vitest.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ')}`]
  : vitest;
if (isolated) console.log('browser tests: in a loopback-only network namespace');
const result = spawnSync(command[0]!, command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, PERSONA_TALK_LOOPBACK_ONLY: isolated ? '1' : (process.env.PERSONA_TALK_LOOPBACK_ONLY ?? '') },
});
process.exit(result.status ?? 1);

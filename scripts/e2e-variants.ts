// `npm run e2e:variants -- --seeds N`: walks every flow on seeds 1..N of the consoles' shapes
// (test/e2e/variants.test.ts) and prints which variant broke which step. Builds first (npm script).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--seeds' || a.startsWith('--seeds='));
const raw = at < 0 ? '' : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
// N walks seeds 1..N; a comma list (16,24,28) walks just those, to re-run the ones that broke.
const seeds = (raw ?? '').split(',').map(Number);
if (!raw || !seeds.every((n) => Number.isInteger(n) && n >= 1)) {
  console.error('usage: npm run e2e:variants -- --seeds N | --seeds A,B,C   (whole numbers, 1 or more)');
  process.exit(2);
}
const run = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'test/e2e/variants.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, VARIANT_SEEDS: seeds.join(',') },
});
process.exit(run.status ?? 1);

// `npm run e2e:variants -- --seeds N`: walks every flow on seeds 1..N of the consoles' shapes
// (test/e2e/variants.test.ts) and prints which variant broke which step. Builds first (npm script).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.findIndex((a) => a === '--seeds' || a.startsWith('--seeds='));
const raw = at < 0 ? '' : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
const seeds = Number(raw);
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error('usage: npm run e2e:variants -- --seeds N   (N a whole number, 1 or more)');
  process.exit(2);
}
const run = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'test/e2e/variants.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, VARIANT_SEEDS: String(seeds) },
});
process.exit(run.status ?? 1);

// Every flow walked to its last step on seeded console variants (test/consoles/shapes.ts): in
// `npm test` a fixed handful of seeds chosen to cover every select kind, button kind, dialog with and
// without role and Duo label tag; `npm run e2e:variants -- --seeds N` walks seeds 1..N and prints
// which variant broke which step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOWS as GUIDES } from '../../src/guides';
import { describeShapes, FIXED_SEEDS } from '../consoles/shapes';
import { launch, type Session } from './lib/browser';
import { brokeAt, FLOWS, shapesFor, walkFlow, type FlowId, type Walk } from './lib/flows';

/** `VARIANT_SEEDS`: N walks seeds 1..N; a list such as 16,24,28 walks those (a failure re-run). */
const asked = (process.env.VARIANT_SEEDS ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SEEDS = asked.length > 1 ? asked : asked.length ? Array.from({ length: asked[0]! }, (_, i) => i + 1) : [...FIXED_SEEDS];

interface Outcome { flow: FlowId; seed: number; ok: boolean; step?: string; error?: string; ms: number; steps: number }
const outcomes: Outcome[] = [];
const started = Date.now();

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  const failed = outcomes.filter((o) => !o.ok);
  const lines = [
    `variant walk: ${SEEDS.length} seeds (${SEEDS.join(',').length > 40 ? `${SEEDS[0]}..${SEEDS.at(-1)}` : SEEDS.join(',')}) x ${new Set(outcomes.map((o) => o.flow)).size} flows = ${outcomes.length} walks, ` +
      `${outcomes.reduce((n, o) => n + o.steps, 0)} steps walked, ${((Date.now() - started) / 60000).toFixed(1)} min, ${failed.length} failed`,
    ...failed.map((o) => `  FAILED ${o.flow} seed ${o.seed} at step ${o.step}: ${describeShapes(shapesFor(o.flow, o.seed))}\n    ${o.error}`),
  ];
  console.log(lines.join('\n'));
});

describe.each(FLOWS)('%s on seeded console variants', (flow) => {
  const total = GUIDES[flow].steps.length;
  it.each(SEEDS)('seed %i: walked to the last step', async (seed) => {
    const w: Walk = { page: null, selects: [] };
    const t = Date.now();
    try {
      await walkFlow(s, flow, seed, w);
      outcomes.push({ flow, seed, ok: true, ms: Date.now() - t, steps: total });
    } catch (err) {
      const step = await brokeAt(w);
      const index = GUIDES[flow].steps.findIndex((x) => x.id === step);
      // The message only: a failing assertion compares the secret as a boolean, never shows it.
      const error = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
      outcomes.push({ flow, seed, ok: false, step, error, ms: Date.now() - t, steps: Math.max(0, index) });
      throw new Error(`${flow} seed ${seed} broke at step ${step} (${describeShapes(shapesFor(flow, seed))}): ${error}`);
    }
    // Every select the walk chose in was the kind the seed renders.
    expect(new Set(w.selects)).toEqual(new Set(w.selects.length ? [shapesFor(flow, seed).selects] : []));
  });
});

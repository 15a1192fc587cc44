// The consoles' seeded shapes: seed 0 is the reference's markup, a seed always draws the same, and
// the seeds the tests walk draw every choice there is.
import { describe, expect, it } from 'vitest';
import { baseShapes, FIXED_SEEDS, SHAPE_CHOICES, shapesOf, variantFor, type Shapes } from '../consoles/shapes';

const drawn = (seeds: readonly number[], engine: 'classic' | 'oie') => {
  const seen = new Map<string, Set<unknown>>();
  for (const seed of seeds) for (const [k, v] of Object.entries(shapesOf(seed, engine))) (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(v);
  return seen;
};

describe('console shapes', () => {
  it('seed 0 is each engine\'s reference markup: Classic has real Chosen, SimpleModal and no data-se suffix', () => {
    expect(shapesOf(0, 'classic')).toEqual(baseShapes('classic'));
    expect(shapesOf(0, 'classic')).toMatchObject({ selects: 'chosen', dialogRole: false, dataSeSuffix: false, buttons: 'as-is' });
    expect(shapesOf(0, 'oie')).toMatchObject({ selects: 'native', dialogRole: true, dataSeSuffix: true });
  });

  it('a seed draws the same shapes every time, for both engines', () => {
    for (const seed of [1, 7, 42]) {
      expect(shapesOf(seed, 'classic')).toEqual(shapesOf(seed, 'oie'));
      expect(shapesOf(seed, 'oie')).toEqual(shapesOf(seed, 'oie'));
    }
    expect(shapesOf(1, 'oie')).not.toEqual(shapesOf(2, 'oie'));
  });

  it('seeds 1..50 (the README\'s variant run) draw every choice of every shape', () => {
    const seen = drawn(Array.from({ length: 50 }, (_, i) => i + 1), 'oie');
    for (const [k, choices] of Object.entries(SHAPE_CHOICES)) expect([...seen.get(k)!].sort(), k).toEqual([...choices].sort());
  });

  it('the fixed seeds of npm test draw every select kind, button kind and both dialog kinds', () => {
    const seen = drawn(FIXED_SEEDS, 'oie');
    const all = <K extends keyof Shapes>(k: K) => expect([...seen.get(k)!].sort(), k).toEqual([...SHAPE_CHOICES[k]].sort());
    all('selects');
    all('buttons');
    all('dialogRole');
    all('ariaLabel');
    expect(new Set(FIXED_SEEDS.map((s) => variantFor(s).ruleWording))).toEqual(new Set(['old', 'new']));
  });
});

import { describe, expect, it } from 'vitest';
import { CHOICES, choose, onTarget, spot, type Box } from '../../src/content/placement';

const view = { width: 1280, height: 800 };
const callout = { width: 340, height: 160 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const over = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const calloutAt = (s: { left: number; top: number }) => box(s.left, s.top, callout.width, callout.height);

describe('callout placement', () => {
  it('goes below the target, aligned to its left edge, when nothing is in the way', () => {
    const s = choose(box(100, 100, 120, 30), callout, view, []);
    expect(s).toMatchObject({ side: 'below', align: 'start', left: 100, top: 142 });
  });

  it('flips above, then beside, when the viewport ends below the target', () => {
    expect(choose(box(100, 700, 120, 30), callout, view, [])).toMatchObject({ side: 'above', top: 700 - 12 - 160 });
    // Short viewport: neither below nor above fits, so it goes right of the target.
    const short = { width: 1280, height: 200 };
    expect(choose(box(100, 20, 120, 160), callout, short, [])).toMatchObject({ side: 'right', left: 232 });
    // Right edge too: left of the target.
    expect(choose(box(900, 20, 300, 160), callout, short, [])).toMatchObject({ side: 'left', left: 900 - 12 - 340 });
  });

  it('stays inside the viewport with an 8 px margin', () => {
    for (const t of [box(-50, 300, 40, 20), box(1250, 300, 60, 20), box(600, -100, 40, 20), box(600, 900, 40, 20)]) {
      for (const c of CHOICES) {
        const s = spot(t, callout, view, c);
        expect(s.left).toBeGreaterThanOrEqual(8);
        expect(s.top).toBeGreaterThanOrEqual(8);
        expect(s.left + callout.width).toBeLessThanOrEqual(view.width - 8);
        expect(s.top + callout.height).toBeLessThanOrEqual(view.height - 8);
      }
    }
  });

  it('for a target off screen, stays on screen at the edge nearest to it', () => {
    expect(choose(box(300, 2000, 100, 30), callout, view, [])).toMatchObject({ top: 800 - 160 - 8 });
    expect(choose(box(300, -500, 100, 30), callout, view, [])).toMatchObject({ top: 8 });
  });

  it('moves off a button the first choice would cover, without covering the target', () => {
    const target = box(20, 180, 220, 36);
    const next = box(20, 226, 220, 36);
    const s = choose(target, callout, view, [next, box(20, 130, 220, 36)]);
    expect(over(calloutAt(s), next)).toBe(false);
    expect(onTarget(s, target, callout)).toBe(0);
    expect(s).toMatchObject({ side: 'right', align: 'start' });
  });

  it('tries the other alignments on a side before the next side: right-aligned below', () => {
    const target = box(600, 100, 400, 30);
    const left = box(600, 150, 50, 30);
    const s = choose(target, callout, view, [left]);
    expect(s).toMatchObject({ side: 'below', align: 'end', left: 600 + 400 - 340 });
    expect(over(calloutAt(s), left)).toBe(false);
  });

  it('when every spot covers some control, takes the one covering fewest, never the target', () => {
    const target = box(500, 300, 100, 30);
    // Controls everywhere around, one dense strip below.
    const controls: Box[] = [];
    for (let y = 0; y < 800; y += 40) for (let x = 0; x < 1280; x += 200) controls.push(box(x, y, 150, 30));
    controls.push(box(500, 345, 100, 20), box(610, 345, 100, 20));
    const around = controls.filter((c) => !over(c, target));
    const s = choose(target, callout, view, around);
    expect(onTarget(s, target, callout)).toBe(0);
    const count = (p: { left: number; top: number }) => around.filter((c) => over(calloutAt(p), c)).length;
    const fewest = Math.min(...CHOICES.map((c) => spot(target, callout, view, c)).filter((p) => onTarget(p, target, callout) === 0).map(count));
    expect(count(s)).toBe(fewest);
  });

  it('keeps the spot chosen before when it is still as good (no hopping)', () => {
    const target = box(100, 100, 120, 30);
    expect(choose(target, callout, view, [], { side: 'right', align: 'start' })).toMatchObject({ side: 'right' });
    // ...but not when the kept one now covers a control another spot avoids.
    expect(choose(target, callout, view, [box(240, 100, 40, 30)], { side: 'right', align: 'start' })).toMatchObject({ side: 'below' });
  });

  it('a target larger than the viewport: the callout covers as little of it as it can', () => {
    const target = box(0, 0, 1000, 800);
    const s = choose(target, callout, view, []);
    expect(s.left).toBe(1280 - 340 - 8);
    expect(onTarget(s, target, callout)).toBe(Math.min(...CHOICES.map((c) => onTarget(spot(target, callout, view, c), target, callout))));
  });
});

describe('right to left', () => {
  const callout = { width: 340, height: 160 };
  const view = { width: 1280, height: 800, rtl: true };
  const target = { left: 600, top: 100, width: 120, height: 30 };

  it('lines the callout up with the target’s right edge first', () => {
    const s = choose(target, callout, view, []);
    expect(s).toMatchObject({ side: 'below', align: 'start' });
    expect(s.left + callout.width).toBe(target.left + target.width);
  });

  it('prefers the target’s left to its right when neither below nor above fits', () => {
    const short = { width: 1280, height: 200, rtl: true };
    const tall = { left: 600, top: 20, width: 120, height: 160 };
    expect(choose(tall, callout, short, [])).toMatchObject({ side: 'left' });
    expect(choose(tall, callout, { ...short, rtl: false }, [])).toMatchObject({ side: 'right' });
  });
});

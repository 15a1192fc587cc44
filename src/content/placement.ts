// Where the callout goes beside the target: pure geometry over rectangles in viewport pixels.
// No DOM here; the overlay measures and this picks.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Side = 'below' | 'above' | 'right' | 'left';
export type Align = 'start' | 'end' | 'center';
export interface Choice {
  side: Side;
  align: Align;
}
/** The viewport; `rtl` when the guide's language reads right to left: a callout then lines up
 *  with the target's right edge first, and goes to its left before its right. */
export interface View extends Size {
  rtl?: boolean;
}
export interface Spot extends Choice {
  left: number;
  top: number;
}

/** Between the target and the callout. */
const GAP = 12;
/** Kept free at the viewport's edges. */
const MARGIN = 8;
/** The highlight's frame around the target, which the callout must not cover either. */
const FRAME = 4;

/** In order of preference: below, above, right, left; on each side aligned with the target's
 *  start, then its end, then centred on it. */
export const CHOICES: readonly Choice[] = (['below', 'above', 'right', 'left'] as const).flatMap((side) =>
  (['start', 'end', 'center'] as const).map((align) => ({ side, align })),
);

const mirrored = ({ side, align }: Choice): Choice => ({ side: side === 'left' ? 'right' : side === 'right' ? 'left' : side, align });

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/** The callout's position for one choice, kept inside the viewport. */
export function spot(t: Box, c: Size, view: View, { side, align }: Choice): Spot {
  const along = (start: number, length: number, size: number, flip = false) => {
    const a = flip && align !== 'center' ? (align === 'start' ? 'end' : 'start') : align;
    return a === 'start' ? start : a === 'end' ? start + length - size : start + (length - size) / 2;
  };
  let left: number;
  let top: number;
  if (side === 'below' || side === 'above') {
    top = side === 'below' ? t.top + t.height + GAP : t.top - GAP - c.height;
    left = along(t.left, t.width, c.width, view.rtl);
  } else {
    left = side === 'right' ? t.left + t.width + GAP : t.left - GAP - c.width;
    top = along(t.top, t.height, c.height);
  }
  // A callout larger than the viewport keeps its top-left corner on screen.
  return { side, align, left: Math.max(MARGIN, Math.min(left, view.width - c.width - MARGIN)), top: clamp(top, MARGIN, view.height - c.height - MARGIN) };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much the callout at `s` covers the target with its highlight frame (0: not at all). */
export function onTarget(s: Spot, t: Box, c: Size): number {
  return overlap({ left: s.left, top: s.top, ...c }, { left: t.left - FRAME, top: t.top - FRAME, width: t.width + 2 * FRAME, height: t.height + 2 * FRAME });
}

/**
 * The best spot: one that leaves the target uncovered and covers the fewest of the page's other
 * controls, earlier choices winning ties. `keep` (the spot chosen before) goes first so the callout
 * does not hop between equally good spots. When every spot covers the target (a target as big as
 * the viewport), the one covering least of it.
 */
export function choose(t: Box, c: Size, view: View, controls: readonly Box[], keep?: Choice | null): Spot {
  const order = view.rtl ? CHOICES.map(mirrored) : CHOICES;
  let best = spot(t, c, view, keep ?? order[0]!);
  let bestScore = Infinity;
  for (const choice of keep ? [keep, ...order] : order) {
    const s = spot(t, c, view, choice);
    const covered = onTarget(s, t, c);
    const box = { left: s.left, top: s.top, ...c };
    const score = covered > 0 ? 1e9 + covered : controls.reduce((n, k) => n + (overlap(box, k) > 0 ? 1 : 0), 0);
    if (score < bestScore) {
      best = s;
      bestScore = score;
      if (score === 0) break;
    }
  }
  return best;
}

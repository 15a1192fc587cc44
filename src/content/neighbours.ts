// The page's visible controls on screen, as rectangles the callout should rather not cover.
// One query and one rectangle read per control; the overlay runs it only when it chooses anew.
import type { Box } from './placement';

/** What counts as a control the callout should leave uncovered (the layout e2e checks the same). */
export const CONTROLS = 'a[href],button,input:not([type="hidden"]),select,textarea,[role="button"],[role="link"],[role="tab"],[role="checkbox"],[role="radio"]';

export function controlsOnScreen(target: Element): Box[] {
  const out: Box[] = [];
  for (const el of document.querySelectorAll(CONTROLS)) {
    // The target's own controls and the control it sits in are the target's, not neighbours.
    if (target.contains(el) || el.contains(target)) continue;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
    if (el.checkVisibility?.({ visibilityProperty: true }) === false) continue;
    out.push(r);
  }
  return out;
}

// Bringing the step's target into view, and telling whether the admin can see it. The browser
// centres it; a top bar the page pins (position: fixed or sticky) is something scrollIntoView
// knows nothing about, so whatever still lies over the target's top is found by hit-testing.

/** Left between a pinned bar and the target. */
const CLEAR = 8;

/** What the admin sees at the target's top centre: 'shown' (the target, or something of it),
 *  'off' (off screen or clipped away), or the element lying over it. */
export type Sight = 'shown' | 'off' | Element;

export function sight(target: Element, r: DOMRect, host: Element): Sight {
  // A few pixels into the top edge: a bar over the top hides a control's label.
  const x = r.left + r.width / 2;
  const y = r.top + Math.min(r.height / 2, 6);
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return 'off';
  for (const el of document.elementsFromPoint(x, y)) {
    if (el === host) continue;
    // An ancestor answers for a target that lets clicks through (pointer-events: none).
    return target.contains(el) || el.contains(target) ? 'shown' : el;
  }
  return 'off';
}

/** Whether the top of the target (all of it, or half a screen of a tall one) is on screen. */
function onScreen(r: DOMRect): boolean {
  return r.top >= 0 && r.top + Math.min(r.height, innerHeight / 2) <= innerHeight && r.right > 0 && r.left < innerWidth;
}

/** The element, or its ancestor, that the page pins to the viewport. */
function pinnedBar(el: Element | null): Element | null {
  for (; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    const position = getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') return el;
  }
  return null;
}

function scrollsY(el: Element): boolean {
  if (el === document.scrollingElement) return true;
  const overflow = getComputedStyle(el).overflowY;
  return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight;
}

/**
 * Scrolls the target into view: `always` (the admin asked), or when it is off screen or hidden
 * in a scrolled box; then, when a pinned top bar lies over it, scrolls it down clear of the bar.
 */
export function reveal(target: Element, host: Element, always = false): void {
  let r = target.getBoundingClientRect();
  if (!r.width && !r.height) return;
  let over = sight(target, r, host);
  if (always || !onScreen(r) || (over !== 'shown' && !pinnedBar(over === 'off' ? null : over))) {
    // 'instant': a page's `scroll-behavior: smooth` would leave the target where it was for now.
    target.scrollIntoView({ block: r.height > innerHeight / 2 ? 'start' : 'center', inline: 'nearest', behavior: 'instant' });
    r = target.getBoundingClientRect();
    over = sight(target, r, host);
  }
  const bar = typeof over === 'string' ? null : pinnedBar(over);
  if (!bar) return;
  const below = bar.getBoundingClientRect().bottom;
  // A top bar only: a pinned side panel or dialog is not scrolled away from.
  if (below > innerHeight / 2) return;
  let need = below + CLEAR - r.top;
  // Its scrolling boxes scroll, nearest first, until the target has moved enough (a box that
  // cannot scroll further up, or is pinned itself, moves it less or not at all).
  for (let el = target.parentElement; el && need > 1; el = el.parentElement) {
    if (!scrollsY(el)) continue;
    const before = target.getBoundingClientRect().top;
    el.scrollBy({ top: -need, behavior: 'instant' });
    need -= target.getBoundingClientRect().top - before;
  }
}

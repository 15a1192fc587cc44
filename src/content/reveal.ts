// Bringing the step's target into view, and telling whether the admin can see it. The browser
// centres it; a top bar the page pins (position: fixed or sticky) is something scrollIntoView
// knows nothing about, so whatever still lies over the target's top is found by hit-testing.
// A hit test right after the page changed brings its whole rendering up to date (about 2 ms on
// a 10,000-element page); right after a painted frame it costs next to nothing.

/** Left between a pinned bar and the target. */
const CLEAR = 8;

/** What the admin sees at the target's top centre: 'shown' (the target, or something of it),
 *  'off' (off screen, or cut off by a scrolled box), or the element lying over it. */
export type Sight = 'shown' | 'off' | Element;

export function sight(target: Element, r: DOMRect, host: Element): Sight {
  // A few pixels into the top edge: a bar over the top hides a control's label.
  const x = r.left + r.width / 2;
  const y = r.top + Math.min(r.height / 2, 6);
  if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return 'off';
  for (const el of document.elementsFromPoint(x, y)) {
    if (el === host) continue;
    // A styled checkbox or radio hides its input under its label: the label is what shows.
    if (target.contains(el) || labelledBy(target, el)) return 'shown';
    // An ancestor is hit where a box it scrolls cuts the target off, or where the target lets
    // clicks through (pointer-events: none).
    return el.contains(target) ? (cutOff(target, x, y) ? 'off' : 'shown') : el;
  }
  return 'off';
}

function labelledBy(target: Element, el: Element): boolean {
  const labels = (target as HTMLInputElement).labels;
  return !!labels && Array.from(labels).some((label) => label.contains(el));
}

/** Whether a box around the target that clips its overflow leaves the point outside. */
function cutOff(target: Element, x: number, y: number): boolean {
  for (let el = target.parentElement; el && el !== document.body; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const b = el.getBoundingClientRect();
    if (x < b.left || x >= b.right || y < b.top || y >= b.bottom) return true;
  }
  return false;
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

/** Part one, from rectangles alone (cheap inside a frame): scrolls the target into view when its
 *  top is off screen, or `always` (the admin asked). Centred; a tall one from its top. */
export function scrollToTarget(target: Element, always = false): void {
  const r = target.getBoundingClientRect();
  if ((r.width || r.height) && (always || !onScreen(r))) {
    // 'instant': a page's `scroll-behavior: smooth` would leave the target where it was for now.
    target.scrollIntoView({ block: r.height > innerHeight / 2 ? 'start' : 'center', inline: 'nearest', behavior: 'instant' });
  }
}

/**
 * Part two, a hit test (run once the frame is painted, when it costs next to nothing): a target
 * on screen but hidden in a scrolled box is scrolled into view; one under a pinned top bar is
 * scrolled clear of it. Returns what the admin sees of it then.
 */
export function uncover(target: Element, host: Element): Sight {
  let r = target.getBoundingClientRect();
  let over = sight(target, r, host);
  if (over !== 'shown' && onScreen(r) && !pinnedBar(over === 'off' ? null : over)) {
    // On screen by its rectangle yet out of sight: in a scrolled box (or behind something).
    target.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    r = target.getBoundingClientRect();
    over = sight(target, r, host);
  }
  const bar = typeof over === 'string' ? null : pinnedBar(over);
  if (!bar) return over;
  const below = bar.getBoundingClientRect().bottom;
  // A top bar only: a pinned side panel or dialog is not scrolled away from.
  if (below > innerHeight / 2) return over;
  let need = below + CLEAR - r.top;
  // Its scrolling boxes scroll, nearest first, until the target has moved enough (a box that
  // cannot scroll further up, or is pinned itself, moves it less or not at all).
  for (let el = target.parentElement; el && need > 1; el = el.parentElement) {
    if (!scrollsY(el)) continue;
    const before = target.getBoundingClientRect().top;
    el.scrollBy({ top: -need, behavior: 'instant' });
    need -= target.getBoundingClientRect().top - before;
  }
  return sight(target, target.getBoundingClientRect(), host);
}

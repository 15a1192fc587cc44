// Whether the admin saw what they clicked. A guarded button of the guide counts a trusted click only
// when it is the topmost element at the click's point and drawn as it is: nothing of the page over
// it, even something that lets clicks through (pointer-events: none), and nothing fading or hiding
// it. The browser's own occlusion tracking (IntersectionObserver `trackVisibility`, Chromium) tells
// the second; where it is missing (Firefox) the hit test and the root's own styles are all there is.
// The fields the keys go into must show and be uncovered too.

/** How long a click waits for the browser's visibility report (it comes with the next frame). */
const REPORT_MS = 500;

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };

/** Whether this browser reports occlusion (`isVisible`); without it the hit test stands alone. */
const tracksVisibility = typeof IntersectionObserver === 'function' && 'trackVisibility' in IntersectionObserver.prototype;

/** Whether a trusted click on this button of the guide is one the admin could see. */
export async function clickSeen(button: Element, root: ShadowRoot, ev: MouseEvent): Promise<boolean> {
  const r = button.getBoundingClientRect();
  // A click from the keyboard (Enter, Space) has no point of its own: the button's centre stands in.
  const keyboard = ev.detail === 0 || (ev.clientX === 0 && ev.clientY === 0);
  const x = keyboard ? r.left + r.width / 2 : ev.clientX;
  const y = keyboard ? r.top + r.height / 2 : ev.clientY;
  const top = root.elementFromPoint(x, y);
  if (!top || !button.contains(top)) return false;
  if (!rootDrawnAsIs()) return false;
  return !tracksVisibility || (await visibleNow(button));
}

/** A fresh occlusion report on the element, taken after the click: an observer's first report
 *  reflects the page as it is drawn now, not as it was up to 100 ms ago. */
function visibleNow(el: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (seen: boolean) => {
      clearTimeout(timer);
      io.disconnect();
      resolve(seen);
    };
    const init: VisibilityInit = { trackVisibility: true, delay: 100 };
    const io = new IntersectionObserver((entries) => {
      const e = entries.at(-1) as VisibilityEntry | undefined;
      if (e) done(e.isVisible === true);
    }, init);
    // No report at all (the tab hidden in the meantime): not seen.
    const timer = setTimeout(() => done(false), REPORT_MS);
    io.observe(el);
  });
}

/** The document's root is neither faded, filtered nor hidden: the guide's host is its child, and the
 *  guide's own styles cannot undo what the root does to it. */
function rootDrawnAsIs(): boolean {
  const s = getComputedStyle(document.documentElement);
  return s.opacity === '1' && s.visibility === 'visible' && s.filter === 'none' && s.mixBlendMode === 'normal';
}

/** The fields that are hidden or covered: each must show (size, visibility, opacity), and where its
 *  centre is on screen the topmost element there must be the field or its label, not something the
 *  page put over it. `own` tells the guide's own host, which never counts as covering. */
export function fieldsOutOfSight(fields: Element[], own: (node: Element) => boolean): Element[] {
  return fields.filter((field) => {
    const r = field.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0) || !shows(field)) return true;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const root = document.documentElement;
    if (x < 0 || y < 0 || x >= root.clientWidth || y >= root.clientHeight) return false;
    const top = document.elementsFromPoint(x, y).find((el) => !own(el));
    return !top || !(field.contains(top) || labelOf(field, top));
  });
}

function shows(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true });
  const s = getComputedStyle(el);
  return s.visibility === 'visible' && s.opacity !== '0';
}

/** Whether the element at a field's centre is one of the field's labels (a label drawn over its box). */
function labelOf(field: Element, el: Element): boolean {
  const labels = (field as HTMLInputElement).labels;
  const label = el.closest('label');
  return !!label && !!labels && Array.from(labels).includes(label);
}

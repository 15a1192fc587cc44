// Whether the admin has scrolled on purpose since the last reset (a new step). A 'scroll' event
// does not say who scrolled (a page's own scrollTo looks the same), so the admin's gestures are
// read instead: a trusted wheel, touch move, scroll key, or a press on a scrollbar.
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);
/** Where those keys type, press or choose rather than scroll. */
const KEYED =
  'input,textarea,select,button,summary,[contenteditable]:not([contenteditable="false"]),[role=button],[role=checkbox],[role=radio],[role=switch],[role=tab],[role=menuitem],[role=option],[role=slider],[role=spinbutton],[role=combobox],[role=listbox],[role=grid],[role=tree]';

export class ScrollIntent {
  scrolled = false;

  /** `ours`: events in the overlay (a wheel over the callout) are not the page's. */
  constructor(signal: AbortSignal, ours: (target: EventTarget | null) => boolean) {
    const on = <K extends keyof WindowEventMap>(type: K, seen: (ev: WindowEventMap[K]) => boolean) =>
      addEventListener(type, (ev) => {
        if (!this.scrolled && ev.isTrusted && !ours(ev.target) && seen(ev)) this.scrolled = true;
      }, { capture: true, passive: true, signal });
    // Ctrl + wheel zooms instead.
    on('wheel', (ev) => !ev.ctrlKey);
    on('touchmove', () => true);
    on('keydown', (ev) => SCROLL_KEYS.has(ev.key) && !(ev.target instanceof Element && ev.target.closest(KEYED)));
    on('pointerdown', onScrollbar);
  }
}

/** A press on a scrollbar (the viewport's or an element's), or the middle button's autoscroll. */
function onScrollbar(ev: PointerEvent): boolean {
  if (ev.button === 1) return true;
  const root = document.documentElement;
  if (ev.clientX >= root.clientWidth || ev.clientY >= root.clientHeight) return true;
  const el = ev.target;
  // offsetX/Y count from the padding edge; the client box stops where a scrollbar starts.
  return el instanceof Element && el !== root && el.scrollHeight + el.scrollWidth > el.clientHeight + el.clientWidth && (ev.offsetX >= el.clientWidth || ev.offsetY >= el.clientHeight);
}

// The overlay: one host element under <html> with an open shadow root (the test contract in
// README.md). It never touches the page's styles; the highlight lets clicks through to the target.
import { t } from '../i18n';
import { controlsOnScreen } from './neighbours';
import { Follower } from './follow';
import { ScrollIntent } from './intent';
import { choose, onTarget, spot, type Box, type Choice } from './placement';
import { scrollToTarget, sight, uncover } from './reveal';
import { clickSeen } from './sight';

/** After the page stops scrolling, the callout's spot is chosen again (controls moved under it). */
const RECHOOSE_AFTER_SCROLL_MS = 200;

/** The page may style the two parts the test contract names (`::part(highlight)`, `::part(callout)`),
 *  and the host. Every property of those three is therefore set here as `!important`: for important
 *  declarations the shadow tree's own win over the page's, so page CSS cannot move the highlight,
 *  fade, hide or reorder the callout, or add text to it (`::before`, `::after`, `::first-line`, scroll
 *  buttons). What they show is set inline, as `!important` too (`setStyle`). */
const STYLE = `
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
* { box-sizing: border-box; }
[part~="highlight"], [part~="callout"] { all: initial !important; box-sizing: border-box !important; position: fixed !important;
  display: block !important; unicode-bidi: isolate !important; direction: ltr !important; }
[part~="callout"][dir="rtl"] { direction: rtl !important; }
[part~="highlight"] { pointer-events: none !important; border: 3px solid #f66a0a !important; border-radius: 6px !important;
  box-shadow: 0 0 0 4px rgba(246,106,10,.25) !important; }
[part~="callout"] { pointer-events: auto !important; width: 340px !important; max-width: calc(100vw - 16px) !important;
  max-height: calc(100vh - 16px) !important; overflow: auto !important; padding: 12px 14px !important; border-radius: 8px !important;
  background: #fff !important; color: #1d1d1f !important; border: 1px solid #c9c9cf !important; box-shadow: 0 6px 24px rgba(0,0,0,.18) !important;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif !important; }
[part]::before, [part]::after { content: none !important; display: none !important; }
[part~="callout"]::first-line, [part~="callout"]::first-letter { all: unset !important; }
[part~="callout"]::selection, [part~="callout"] ::selection { color: HighlightText !important; background: Highlight !important;
  text-shadow: none !important; text-decoration: none !important; }
[part~="callout"]::scroll-button(*) { content: none !important; display: none !important; }
[part~="callout"]::scroll-marker-group { display: none !important; }
.meta { font-size: 12px; color: #5b5b66; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 0 0 6px; }
p { margin: 0 0 8px; }
.help { font-size: 13px; color: #3d3d45; }
.looked { font-size: 13px; color: #8a4b00; }
.bound { font-size: 13px; font-weight: 600; }
.bound.warn { color: #8c1d18; }
.msg { font-size: 13px; padding: 6px 8px; border-radius: 4px; background: #eef4ff; }
.msg.error { background: #fdecea; color: #8c1d18; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 4px; border: 1px solid #8f8f99;
  background: #f6f6f8; color: inherit; cursor: pointer; }
button.primary { background: #1a5fb4; border-color: #1a5fb4; color: #fff; font-weight: 600; }
button:focus-visible { outline: 3px solid #f66a0a; outline-offset: 1px; }
button:disabled { opacity: .6; cursor: default; }
.hidden [data-body] { display: none; }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  [part~="callout"] { background: #24242a !important; color: #f2f2f5 !important; border-color: #4a4a55 !important; }
  .meta, .help { color: #c4c4cc; } .looked { color: #ffb86b; } .bound.warn { color: #ffd9d4; }
  .msg { background: #1f3352; } .msg.error { background: #4d1f1c; color: #ffd9d4; }
  button { background: #34343c; border-color: #6a6a75; }
}
`;

/** An inline style the page's `::part()` rules cannot override. */
function setStyle(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export interface Action {
  label: string;
  /** Accessible name when it should say more than the label. */
  name?: string;
  primary?: boolean;
  disabled?: boolean;
  /** Hands over or replaces keys: runs only when the admin could see the button they clicked
   *  (src/content/sight.ts); otherwise `unseen` runs. */
  guard?: { unseen(): void };
  run(ev: MouseEvent): void;
}

export interface View {
  flow: string;
  step: string;
  meta: string;
  title: string;
  instruction: string;
  help?: string;
  /** Shown when the target could not be found. */
  lookedFor?: string;
  /** Where the captured keys go; `warn` when not to the org of this page. */
  bound?: { text: string; warn?: boolean };
  message?: { text: string; error?: boolean };
  actions: Action[];
}

export class Overlay {
  readonly host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly #highlight: HTMLElement;
  readonly #callout: HTMLElement;
  #target: Element | null = null;
  #collapsed = false;
  #frame = 0;
  /** The step and control last placed: each may be scrolled into view once. A control the page
   *  re-renders as a new element is the same control; a step's more precise target once it shows
   *  (Multifactor after its Security section opens) is another. */
  #placed = '';
  #placedEl: Element | null = null;
  #placedStep: string | null = null;
  /** A new target not yet looked at after its first frame (for a pinned bar over it). */
  #fresh: Element | null = null;
  /** The callout's side and alignment, kept while the target's box and the sizes stay the same. */
  #choice: Choice | null = null;
  #choiceKey = '';
  #choiceFor: Element | null = null;
  #choiceBox = '';
  /** How much of the target the chosen spot covered when chosen (0 unless nothing else fitted). */
  #covering = 0;
  #rechoose = 0;
  /** The target's rectangle at the last look at what lies over it, and the look waiting to run. */
  #sightKey = '';
  #looking = 0;
  readonly #intent: ScrollIntent;
  #step: string | null = null;
  /** Offered when the target is out of sight and the guide did not scroll to it. */
  readonly #showMeWhere: HTMLButtonElement;
  /** What the callout shows now; an unchanged view is not rebuilt (focus and clicks survive). */
  #rendered = '';
  readonly #resize = new ResizeObserver(() => this.schedule());
  #actions: Action[] = [];
  readonly #follower: Follower;
  /** Announces each new step to screen readers, politely, without moving focus. */
  readonly #live: HTMLElement;
  #announced = '';

  constructor(signal: AbortSignal) {
    this.host = document.createElement('duo-okta-guide');
    this.host.setAttribute('data-duo-okta-guide', '');
    this.#root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.#highlight = document.createElement('div');
    this.#highlight.setAttribute('part', 'highlight');
    this.#callout = document.createElement('section');
    this.#callout.setAttribute('part', 'callout');
    this.#callout.setAttribute('aria-label', t('ext_name'));
    // The page may be in another language than the guide's text.
    this.#callout.lang = t('locale_lang');
    this.#callout.dir = t('locale_dir');
    this.#live = document.createElement('p');
    this.#live.lang = this.#callout.lang;
    this.#live.dir = this.#callout.dir;
    this.#live.className = 'sr';
    this.#live.setAttribute('role', 'status');
    this.#live.setAttribute('aria-live', 'polite');
    this.#showMeWhere = document.createElement('button');
    this.#showMeWhere.type = 'button';
    this.#showMeWhere.hidden = true;
    this.#showMeWhere.textContent = t('action_show_target');
    this.#showMeWhere.setAttribute('aria-label', t('action_show_target_name'));
    this.#showMeWhere.addEventListener('click', (ev) => {
      if (ev.isTrusted) this.#bringTargetIntoView();
    });
    this.#intent = new ScrollIntent(signal, (node) => this.owns(node));
    this.#root.append(style, this.#highlight, this.#callout, this.#live);
    // Esc hides the guide when focus is in it; focus stays on its Show button.
    this.#callout.addEventListener('keydown', (ev) => {
      if (ev.isTrusted && ev.key === 'Escape' && !this.#collapsed) {
        ev.stopPropagation();
        this.setCollapsed(true);
        this.#toggleButton()?.focus();
      }
    });
    document.documentElement.append(this.host);
    const onMove = () => this.schedule();
    addEventListener('scroll', (ev) => {
      this.schedule();
      // Once scrolling around the target settles, the controls around the callout may be others
      // (a carousel or log pane scrolling elsewhere changes nothing there).
      const box = ev.target instanceof Element ? ev.target : document.documentElement;
      const target = this.#current();
      if (!target || !(box === document.documentElement || box.contains(target))) return;
      clearTimeout(this.#rechoose);
      this.#rechoose = window.setTimeout(() => {
        this.#choiceKey = '';
        this.schedule();
      }, RECHOOSE_AFTER_SCROLL_MS);
    }, { capture: true, passive: true, signal });
    addEventListener('resize', onMove, { passive: true, signal });
    this.#follower = new Follower(() => this.#current(), () => this.place(), signal);
    // The page's height changes when something above the target shows or hides (a banner un-hidden
    // by a class change, which the page watch does not see): the target may have moved.
    if (document.body) this.#resize.observe(document.body);
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.#frame);
      clearTimeout(this.#rechoose);
      clearTimeout(this.#looking);
      this.#resize.disconnect();
      this.host.remove();
    });
  }

  /** Whether a node belongs to the overlay (its events are not the page's). */
  owns(node: EventTarget | null): boolean {
    return node === this.host;
  }

  /** Draws a view. `inFrame`: called from an animation frame, where reading layout costs nothing
   *  extra; otherwise the highlight is placed in the next frame instead of forcing a layout now. */
  render(view: View, target: Element | null, inFrame = false): void {
    this.host.style.removeProperty('display');
    this.host.dataset.flow = view.flow;
    this.host.dataset.step = view.step;
    const key = JSON.stringify({ ...view, actions: view.actions.map((a) => [a.label, a.name, a.primary, a.disabled]) });
    if (key !== this.#rendered) {
      this.#rendered = key;
      this.#actions = view.actions;
      this.#callout.replaceChildren(...this.#content(view));
      this.#callout.classList.toggle('hidden', this.#collapsed);
    } else {
      // Same buttons; their handlers close over the latest state.
      this.#actions = view.actions;
    }
    if (view.step !== this.#step) {
      // A new step: the admin's earlier scrolling was about the step before.
      this.#step = view.step;
      this.#intent.scrolled = false;
    }
    if (view.step !== this.#announced || !this.#live.textContent) {
      this.#announced = view.step;
      this.#live.textContent = t(['callout_announce', view.meta, view.title, view.instruction]);
    }
    if (target !== this.#target) {
      this.#follower.reset();
      if (this.#target) this.#resize.unobserve(this.#target);
      this.#target = target;
      if (target) this.#resize.observe(target);
    }
    if (inFrame) this.place();
    else this.schedule();
  }

  /** The target, while it is in the page. */
  /** After a page change the guide did not look at: the highlight moves only if the change sits
   *  before its target in the page (content inserted above it), or holds it. */
  moved(records: MutationRecord[]): void {
    const target = this.#current();
    if (!target) return;
    const before = (n: Node) => n === target || n.contains(target) || !!(n.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (records.some((r) => before(r.target))) this.schedule();
  }

  #current(): Element | null {
    return this.#target?.isConnected ? this.#target : null;
  }

  /** Re-place on the next frame (scroll, resize, the target moving). */
  schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.place();
    });
  }

  place(): void {
    const target = this.#current();
    if (target && (target !== this.#placedEl || this.#step !== this.#placedStep) && !this.#collapsed && hasSize(target)) {
      this.#placedEl = target;
      this.#placedStep = this.#step;
      const placing = `${this.#step}|${target.tagName}|${(target.textContent ?? '').trim().slice(0, 80)}`;
      if (placing !== this.#placed) this.#reveal(target, placing);
    }
    const r = target?.getBoundingClientRect();
    const shown = !!r && !!target && (r.width > 0 || r.height > 0) && !this.#collapsed;
    const c = this.#callout;
    if (!shown) {
      this.#sightKey = '';
      // Hidden with the guide, it keeps its state for when the guide shows again.
      if (!this.#collapsed) this.#showMeWhere.hidden = true;
      const view = viewport();
      setStyle(this.#highlight, { display: 'none' });
      setStyle(c, { top: `${Math.max(8, view.height - c.offsetHeight - 16)}px`, left: `${Math.max(8, view.width - c.offsetWidth - 16)}px` });
      return;
    }
    // Every read (sizes, the page's controls) before any write: one layout a frame, however much
    // the page churns.
    const view = { ...viewport(), rtl: c.dir === 'rtl' };
    const size = { width: c.offsetWidth, height: c.offsetHeight };
    const rect: Box = { left: r.left, top: r.top, width: r.width, height: r.height };
    const moved = `${r.top},${r.left},${r.width},${r.height},${view.width},${view.height}`;
    if (moved !== this.#sightKey || this.#fresh) {
      this.#sightKey = moved;
      this.#looking ||= window.setTimeout(() => this.#look(), 0);
    }
    // The spot is chosen anew (a query of the page's controls) only for a target somewhere else,
    // a change of its size, the viewport's or the callout's, once scrolling settled, or when it
    // would cover the target. A target re-rendered in the same place keeps it, and so does one
    // moving in a transition, until it stops.
    const key = `${Math.round(r.width)},${Math.round(r.height)},${view.width},${view.height},${size.width},${size.height}`;
    const box = `${Math.round(r.left)},${Math.round(r.top)},${key}`;
    const same = this.#choice && (this.#follower.active || (key === this.#choiceKey && (target === this.#choiceFor || box === this.#choiceBox)));
    let at = same ? spot(rect, size, view, this.#choice!) : null;
    if (!at || onTarget(at, rect, size) > this.#covering) {
      at = choose(rect, size, view, controlsOnScreen(target), this.#choice);
      this.#choice = at;
      this.#choiceKey = key;
      this.#choiceFor = target;
      this.#choiceBox = box;
      this.#covering = onTarget(at, rect, size);
    }
    setStyle(this.#highlight, { display: 'block', top: `${r.top - 4}px`, left: `${r.left - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
    setStyle(c, { top: `${at.top}px`, left: `${at.left}px` });
  }

  /** A new step's control is brought into view, unless the admin scrolled away on purpose during
   *  this step or is typing in a field elsewhere: then the callout offers to (Show me where)
   *  instead of moving the page. */
  #reveal(target: Element, placing: string): void {
    this.#placed = placing;
    this.#fresh = target;
    if (!this.#intent.scrolled && !typingElsewhere(target)) scrollToTarget(target);
  }

  /** After the frame: what lies over the target. A new one is scrolled clear of a pinned bar (when
   *  the admin has not scrolled); one out of sight gets Show me where. */
  #look(): void {
    this.#looking = 0;
    const target = this.#current();
    if (!target || this.#collapsed) return;
    const seen = this.#fresh === target && !this.#intent.scrolled ? uncover(target, this.host) : sight(target, target.getBoundingClientRect(), this.host);
    this.#fresh = null;
    if (this.#showMeWhere.hidden !== (seen === 'shown')) {
      this.#showMeWhere.hidden = seen === 'shown';
      this.schedule();
    }
  }

  /** The callout's Show me where: scroll to the target, and put focus on it when it takes focus. */
  #bringTargetIntoView(): void {
    const target = this.#current();
    if (!target) return;
    scrollToTarget(target, true);
    uncover(target, this.host);
    if (target instanceof HTMLElement && target.tabIndex >= 0) target.focus({ preventScroll: true });
    this.place();
  }

  #toggleButton(): HTMLButtonElement | null {
    return this.#callout.querySelector('button[data-toggle]');
  }

  setCollapsed(collapsed: boolean): void {
    this.#collapsed = collapsed;
    this.#callout.classList.toggle('hidden', collapsed);
    const toggle = this.#toggleButton();
    if (toggle) {
      toggle.textContent = t(collapsed ? 'action_show_guide' : 'action_hide');
      toggle.setAttribute('aria-expanded', String(!collapsed));
    }
    this.place();
  }

  /** Nothing to show on this page now: out of the way until the next render. An inline style on
   *  the host wins over the shadow root's own `:host` rules. */
  hide(): void {
    this.host.style.display = 'none';
    this.#target = null;
  }

  /** The keyboard shortcut: show or hide; when shown, focus moves to the callout's first control. */
  toggleFromShortcut(): void {
    this.setCollapsed(!this.#collapsed);
    if (!this.#collapsed) this.#callout.querySelector<HTMLButtonElement>('[data-body] button:not(:disabled):not([hidden])')?.focus();
  }

  #content(view: View): Node[] {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, cls?: string) => {
      const node = document.createElement(tag);
      node.textContent = text;
      if (cls) node.className = cls;
      return node;
    };
    const body = document.createElement('div');
    body.dataset.body = '';
    body.append(el('h2', view.title), el('p', view.instruction));
    if (view.bound) body.append(el('p', view.bound.text, view.bound.warn ? 'bound warn' : 'bound'));
    if (view.help) body.append(el('p', view.help, 'help'));
    if (view.lookedFor) body.append(el('p', t(['callout_not_found', view.lookedFor]), 'looked'));
    if (view.message) {
      const msg = el('p', view.message.text, view.message.error ? 'msg error' : 'msg');
      msg.setAttribute('role', view.message.error ? 'alert' : 'status');
      body.append(msg);
    }
    const row = document.createElement('div');
    row.className = 'row';
    row.append(this.#showMeWhere);
    view.actions.forEach((action, i) => {
      const b = el('button', action.label, action.primary ? 'primary' : undefined);
      b.type = 'button';
      if (action.name) b.setAttribute('aria-label', action.name);
      b.disabled = !!action.disabled;
      // The shadow root is open: a page script can reach these buttons, but not make a trusted click.
      b.addEventListener('click', (ev) => {
        if (!ev.isTrusted) return;
        const now = this.#actions[i];
        if (!now?.guard) return now?.run(ev);
        void clickSeen(b, this.#root, ev).then((seen) => (seen ? now.run(ev) : now.guard!.unseen()));
      });
      row.append(b);
    });
    body.append(row);
    const toggle = el('button', t(this.#collapsed ? 'action_show_guide' : 'action_hide'));
    toggle.type = 'button';
    toggle.dataset.toggle = '';
    toggle.setAttribute('aria-expanded', String(!this.#collapsed));
    toggle.addEventListener('click', (ev) => {
      if (ev.isTrusted) this.setCollapsed(!this.#collapsed);
    });
    const meta = el('p', view.meta, 'meta');
    meta.append(' ', toggle);
    return [meta, body];
  }
}

/** The viewport without its scrollbars: a callout kept 8 px from the edge must not sit under one. */
function viewport(): { width: number; height: number } {
  const root = document.documentElement;
  return { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
}

function hasSize(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

const TYPED = 'textarea,select,[contenteditable]:not([contenteditable="false"]),input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=image],[type=file],[type=range],[type=color])';

/** The admin is typing in a field that is not the step's: the page is not scrolled from under it. */
function typingElsewhere(target: Element): boolean {
  const active = document.activeElement;
  return !!active && active !== target && !target.contains(active) && active.matches(TYPED);
}

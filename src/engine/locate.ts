// Finding a step's target in a DOM by what the real consoles show: role + accessible name,
// label text, Okta's data-se hooks, visible text; CSS only as a last resort. Pure DOM reads.
import type { MessageKey } from '../i18n';
import { isOpenCombobox, proxyOf } from './controls';
import { isVisible, normalize } from './dom';

export { isVisible, normalize };
export type Text = string | RegExp;
export type Role =
  | 'button' | 'link' | 'tab' | 'menuitem' | 'textbox' | 'combobox' | 'radio' | 'checkbox'
  | 'switch' | 'heading' | 'dialog' | 'row' | 'group' | 'option' | 'main' | 'navigation';

interface Refine {
  /** Only inside this landmark (the console's main content or its navigation). */
  scope?: 'main' | 'navigation';
  /** Only elements that contain a match of this locator. */
  has?: Locator;
}

export type Strategy = Refine &
  ({ role: Role; name: Text } | { label: Text } | { dataSe: string } | { text: Text } | { css: string });

export interface Locator {
  /** Tried in order; the first strategy that finds a visible element wins. */
  any: Strategy[];
  /** Search only inside the element this finds (e.g. a dialog). */
  within?: Locator;
  /** Take the match closest to what this finds: the smallest container holding both wins
   *  (the Protect button of the row that says Okta, the Edit beside a heading). */
  near?: Locator;
  /** What the admin should look for, shown when the target cannot be found. */
  describe: MessageKey;
}

export const ROLE_SELECTORS: Record<Role, string> = {
  button: 'button,[role=button],input[type=button],input[type=submit],input[type=reset],summary',
  link: 'a[href],[role=link]',
  tab: '[role=tab]',
  menuitem: '[role=menuitem],[role=menuitemradio],[role=menuitemcheckbox]',
  textbox: 'input:not([type]),input[type=text],input[type=search],input[type=email],input[type=url],input[type=tel],input[type=password],textarea,[role=textbox],[role=searchbox]',
  combobox: 'select,[role=combobox],[role=listbox]',
  radio: 'input[type=radio],[role=radio]',
  checkbox: 'input[type=checkbox],[role=checkbox]',
  switch: '[role=switch]',
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  dialog: 'dialog,[role=dialog],[role=alertdialog]',
  row: 'tr,[role=row]',
  group: '[role=group],fieldset,article,section,li',
  option: 'option,[role=option]',
  main: 'main,[role=main]',
  navigation: 'nav,[role=navigation]',
};


export function matchText(pattern: Text, text: string): boolean {
  return typeof pattern === 'string' ? text.toLowerCase() === pattern.toLowerCase() : pattern.test(text);
}

function byIds(el: Element, ids: string): string {
  const doc = el.ownerDocument;
  return normalize(ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
}

function labelText(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return normalize(Array.from(labels, (l) => l.textContent).join(' '));
  return '';
}

/** A simplified accessible-name computation: enough for buttons, links, tabs and form controls. */
export function accessibleName(el: Element): string {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const name = byIds(el, labelledby);
    if (name) return name;
  }
  const aria = normalize(el.getAttribute('aria-label'));
  if (aria) return aria;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
    const type = (el as HTMLInputElement).type;
    if (tag === 'INPUT' && (type === 'button' || type === 'submit' || type === 'reset')) {
      return normalize((el as HTMLInputElement).value) || (type === 'submit' ? 'Submit' : '');
    }
    return labelText(el) || normalize(el.getAttribute('placeholder')) || normalize(el.getAttribute('title'));
  }
  return normalize(shownText(el)) || normalize(el.getAttribute('title'));
}

const INLINE = new Set(['A', 'ABBR', 'B', 'CODE', 'EM', 'I', 'KBD', 'LABEL', 'MARK', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'U']);

/** Text content without hidden or aria-hidden parts (a decorative caret, a priority number). */
function shownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true' || child.tagName === 'SCRIPT' || child.tagName === 'STYLE') continue;
      text += INLINE.has(child.tagName) ? shownText(child) : ` ${shownText(child)} `;
    }
  }
  return text;
}


// One evaluation of a page (a "pass") asks the same questions many times: which elements have
// this role, which text matches. Inside `inPass` the answers are kept until the pass ends.
let pass: WeakMap<object, Map<string, unknown>> | null = null;
/** Every element the last pass of each kind found (the current step's look, the idle look at the
 *  other steps): if one leaves the page, the page changed in a way that matters. Kept per kind, so
 *  the idle look does not make the current step's target forgotten. */
const lastFound = new Map<string, Set<Element>>();
let finding: Set<Element> | null = null;

/** Runs `work` with the answers to repeated DOM questions kept for its duration; `kind` names what
 *  it found for `foundLastPass` (an unnamed pass, such as diagnostics, records nothing). */
export function inPass<T>(work: () => T, kind?: string): T {
  if (pass) return work();
  pass = new WeakMap();
  finding = new Set();
  try {
    return work();
  } finally {
    if (kind) lastFound.set(kind, finding);
    pass = null;
    finding = null;
  }
}

/** Whether the last pass of some kind found this element (see `inPass`). */
export const foundLastPass = (el: Element): boolean => [...lastFound.values()].some((found) => found.has(el));

/** Whether something the last passes found has left the page. */
export function lostSinceLastPass(): boolean {
  for (const found of lastFound.values()) for (const el of found) if (!el.isConnected) return true;
  return false;
}

function memo<T>(root: ParentNode, key: string, compute: () => T): T {
  if (!pass) return compute();
  let answers = pass.get(root);
  if (!answers) pass.set(root, (answers = new Map()));
  if (!answers.has(key)) answers.set(key, compute());
  return answers.get(key) as T;
}

const textKey = (t: Text) => (typeof t === 'string' ? `s:${t}` : `r:${t.source}/${t.flags}`);

function all(root: ParentNode, selector: string): Element[] {
  return memo(root, `q:${selector}`, () => Array.from(root.querySelectorAll(selector)));
}

/** Trailing punctuation and spaces a name may carry ("Set up Duo Security."). */
const TRAILING = /[\s.:;,!?…*]+$/;

/** A name matches with its trailing punctuation and case ignored; when an aria-label or
 *  aria-labelledby says more than the visible text ("Set up Duo Security." on "Set up"), the
 *  visible text matches too. */
function nameMatches(pattern: Text, el: Element): boolean {
  const name = accessibleName(el);
  if (matchText(pattern, name) || matchText(pattern, name.replace(TRAILING, ''))) return true;
  if (!el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby')) return false;
  const shown = normalize(el.matches('input') ? (el as HTMLInputElement).value : shownText(el)).replace(TRAILING, '');
  return shown !== '' && matchText(pattern, shown);
}

function candidates(root: ParentNode, strategy: Strategy): Element[] {
  if ('role' in strategy) {
    return memo(root, `role:${strategy.role}:${textKey(strategy.name)}`, () =>
      all(root, ROLE_SELECTORS[strategy.role]).filter((el) => nameMatches(strategy.name, el)),
    );
  }
  if ('label' in strategy) return memo(root, `label:${textKey(strategy.label)}`, () => labelled(root, strategy.label));
  if ('dataSe' in strategy) return all(root, `[data-se="${CSS.escape(strategy.dataSe)}"]`);
  if ('text' in strategy) return memo(root, `text:${textKey(strategy.text)}`, () => byText(root, strategy.text));
  return all(root, strategy.css);
}

/** Where a strategy looks: a whole document narrows to its landmarks when the strategy names one. */
function searchRoots(root: ParentNode, strategy: Strategy): ParentNode[] {
  return strategy.scope && root.nodeType === 9 ? all(root, ROLE_SELECTORS[strategy.scope]) : [root];
}

export const LABELLED = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]),select,textarea,[role=textbox],[role=combobox],[role=switch]';

/** Form controls whose label (label[for], wrapping label, aria-labelledby, aria-label) matches. */
function labelled(root: ParentNode, pattern: Text): Element[] {
  const out: Element[] = [];
  // Radios and checkboxes are found by role: their labels name a choice, not a field.
  for (const el of all(root, LABELLED)) {
    if (labelNames(el).some((name) => matchText(pattern, name))) out.push(el);
  }
  return out;
}

/** A field's label as consoles write it: its accessible name (a required field's "*" and a
 *  trailing colon dropped), and for a widget named "label + current value" (MUI's
 *  aria-labelledby="<label id> <display id>") the label alone. */
function labelNames(el: Element): string[] {
  const name = accessibleName(el);
  const names = [name, name.replace(TRAILING, '')];
  const ids = el.getAttribute('aria-labelledby')?.trim().split(/\s+/) ?? [];
  if (ids.length > 1) names.push(byIds(el, ids[0]!).replace(TRAILING, ''));
  return names;
}

export const MAX_LABEL = 200;

/** The innermost elements whose whole visible text matches. */
function byText(root: ParentNode, pattern: Text): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue || !node.nodeValue.trim()) continue;
    let el = node.parentElement;
    // Climb while the text is only part of the element's text (e.g. "Okta" inside "<b>Ok</b>ta").
    while (el && !seen.has(el)) {
      seen.add(el);
      // Most text sits alone in its element: read the node, not the element's whole subtree.
      const text = el === node.parentElement && el.childNodes.length === 1 ? normalize(node.nodeValue) : normalize(el.textContent);
      if (matchText(pattern, text)) {
        out.push(el);
        break;
      }
      // Labels and names are short: stop climbing once the text is longer than any of them.
      if ((typeof pattern === 'string' && text.length >= pattern.length) || text.length > MAX_LABEL) break;
      el = el.parentElement;
    }
  }
  return out.filter((el) => el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE' && el.tagName !== 'OPTION');
}

/** The element the admin sees for a match: itself, or the visible widget standing in for a hidden
 *  native control (Chosen's container over a display:none <select>); a hidden select with no widget
 *  still counts while its field shows. Null when it does not pass the strategy's refinements. */
function shownFor(el: Element, strategy: Strategy): Element | null {
  if (strategy.scope && !el.closest(ROLE_SELECTORS[strategy.scope])) return null;
  let shown: Element | null = el;
  if (!isVisible(el) && !isOpenCombobox(el)) {
    shown = el.matches('select,input,textarea') ? proxyOf(el) : null;
    if (!shown && el.matches('select') && el.parentElement && isVisible(el.parentElement)) shown = el;
  }
  return shown && (!strategy.has || locate(el, strategy.has) !== null) ? shown : null;
}

export function locateAll(root: ParentNode, locator: Locator): Element[] {
  const scopes = locator.within ? innermost(locateAll(root, locator.within)) : [root];
  for (const strategy of locator.any) {
    const found: Element[] = [];
    for (const scope of scopes) {
      for (const searchRoot of searchRoots(scope, strategy)) {
        for (const el of candidates(searchRoot, strategy)) {
          const shown = shownFor(el, strategy);
          if (shown && !found.includes(shown)) found.push(shown);
        }
      }
    }
    if (found.length) {
      const out = locator.near ? nearest(root, found, locator.near) : found;
      if (finding) for (const el of out) finding.add(el);
      return out;
    }
  }
  return [];
}

/** Of the found elements, those sharing the smallest common ancestor with an anchor. */
function nearest(root: ParentNode, found: Element[], near: Locator): Element[] {
  return nearestTo(locateAll(root, near), found);
}

/** Of the found elements, those sharing the smallest common ancestor with one of the anchors. */
export function nearestTo(anchors: Node[], found: Element[]): Element[] {
  let best: Element[] = [];
  let bestClimb = Infinity;
  for (const anchor of anchors) {
    let climb = 0;
    for (let scope: Node | null = anchor; scope && climb < bestClimb; scope = scope.parentNode, climb++) {
      const inside = found.filter((el) => scope!.contains(el));
      if (inside.length) {
        best = inside;
        bestClimb = climb;
        break;
      }
    }
  }
  return best;
}

/** Drops scopes that contain another scope: "the row of Okta", not the table around it. */
function innermost(scopes: Element[]): Element[] {
  return scopes.filter((el) => !scopes.some((other) => other !== el && el.contains(other)));
}

export function locate(root: ParentNode, locator: Locator): Element | null {
  return locateAll(root, locator)[0] ?? null;
}

/** The value shown next to a label: a labelled control's value, a <dt>'s <dd>, a row header's cell,
 *  or the element right after the label. Returns null when the label is there but shows no value. */
export function valueNear(root: ParentNode, label: Text): { found: boolean; value: string | null } {
  const control = labelled(root, label).find(isVisible);
  if (control) return { found: true, value: readValue(control) };
  const labelEl = byText(root, label).find(isVisible);
  if (!labelEl) return { found: false, value: null };
  const holder = valueHolder(labelEl);
  if (!holder) return { found: true, value: null };
  const input = holder.matches('input,textarea') ? holder : holder.querySelector('input:not([type=hidden]),textarea');
  return { found: true, value: input ? readValue(input) : ownText(holder) };
}

function valueHolder(labelEl: Element): Element | null {
  const cell = labelEl.closest('dt,th,[role=rowheader]');
  if (cell?.tagName === 'DT') return nextElement(cell, 'DD');
  if (cell) return cell.nextElementSibling;
  return labelEl.nextElementSibling ?? labelEl.parentElement?.nextElementSibling ?? null;
}

function nextElement(el: Element, tag: string): Element | null {
  for (let n = el.nextElementSibling; n; n = n.nextElementSibling) if (n.tagName === tag) return n;
  return null;
}

/** Text of an element without the text of its buttons ("Copy", "Show"). */
function ownText(el: Element): string | null {
  const clone = el.cloneNode(true) as Element;
  for (const b of clone.querySelectorAll('button,[role=button],script,style,[hidden],[aria-hidden="true"]')) b.remove();
  const text = normalize(clone.textContent);
  return text || null;
}

function readValue(el: Element): string | null {
  const value = (el as HTMLInputElement).value;
  return value ? value : null;
}

/** For diagnostics: each strategy of a locator, in words, and how many visible elements it finds. */
export function explain(root: ParentNode, locator: Locator): { strategy: string; matched: number }[] {
  const say = (t: Text) => (typeof t === 'string' ? JSON.stringify(t) : String(t));
  return locator.any.map((st) => {
    const what =
      'role' in st ? `role ${st.role} named ${say(st.name)}`
      : 'label' in st ? `field labelled ${say(st.label)}`
      : 'dataSe' in st ? `[data-se="${st.dataSe}"]`
      : 'text' in st ? `text ${say(st.text)}`
      : `css ${st.css}`;
    const matched = locateAll(root, { any: [st], within: locator.within, describe: locator.describe }).length;
    return { strategy: `${what}${st.scope ? ` in ${st.scope}` : ''}${st.has ? ` containing ${st.has.describe}` : ''}`, matched };
  });
}

// Reading a value shown beside its label, by the value's shape. A console puts more than the value
// next to a label (Copy, Show and Hide controls, hints, tooltips, nested spans), in markup we never
// saw: so the value is the one text node or field whose own text has the expected shape, and the
// text of neighbouring nodes is never joined. Pure DOM reads.
import { isVisible, matchText, normalize, type Text } from './locate';

/** What one label's holder shows. */
export type Shown =
  /** Exactly one value of the right shape. */
  | { kind: 'value'; value: string; el: Element }
  /** Masked: dots, an empty placeholder, a "hidden" label, or a reveal control with no value. */
  | { kind: 'masked' }
  /** No value of the shape, but one token that looks like an attempt at it (checked elsewhere, for a precise message). */
  | { kind: 'near'; value: string }
  /** The label is there, its holder shows nothing usable. */
  | { kind: 'none' };

export interface ShapeSpec {
  /** The exact shape. */
  shape: RegExp;
  /** A control that reveals a masked value, tested on buttons and links inside the holder. */
  reveal?: RegExp;
}

const MASK = /^[•●*·∙⋅◦○\u2022\u25CF\u2219\s]{3,}$/;
const MASK_NAME = /\b(hidden|masked|concealed|redacted)\b/i;
/** A single token long enough to be a mistyped key, host or secret (no spaces: a sentence is a hint). */
const TOKEN = /^\S{8,200}$/;
const SKIP = 'script,style,template,noscript';
const CONTROL = 'button,[role=button],[role=menuitem],[role=tab],select,[role=combobox]';
/** How far up from the label the holder may start: label › cell › row › group › list. */
const MAX_CLIMB = 6;
const TRAILING = /[\s:*]+$/;

/** Label text as consoles write it: any case, odd whitespace, a trailing colon or asterisk. */
const labelMatches = (label: Text, text: string) => matchText(label, normalize(text).replace(TRAILING, ''));

/** The nodes that carry a label: a text node whose own text is the label, else the smallest
 *  element whose shown text is, else a field named by it (aria-label). Visible ones only. */
export function labelAnchors(root: ParentNode, label: Text): Node[] {
  const out: Node[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || parent.closest(SKIP)) continue;
    if (labelMatches(label, node.nodeValue)) {
      if (isVisible(parent)) out.push(node);
      continue;
    }
    // "Integration <b>key</b>": the label split over inline nodes; take the element that holds it all.
    for (let el: Element | null = parent, i = 0; el && i < 3; el = el.parentElement, i++) {
      const text = el.textContent ?? '';
      if (text.length > 80) break;
      if (labelMatches(label, text)) {
        if (!out.some((n) => el!.contains(n) || n === el) && isVisible(el)) out.push(el);
        break;
      }
    }
  }
  for (const el of root.querySelectorAll('input[aria-label],textarea[aria-label]')) {
    if (labelMatches(label, el.getAttribute('aria-label') ?? '') && isVisible(el)) out.push(el);
  }
  return out;
}

/** What the holder beside `anchor` shows. `others` are the anchors of the other labels: a holder
 *  never reaches into another label's row. */
export function shownBeside(anchor: Node, spec: ShapeSpec, others: Node[]): Shown {
  const holdsOther = (n: Node) => others.some((o) => o !== anchor && n !== anchor && n.contains(o) && !n.contains(anchor));
  const fenced = (n: Node) => others.some((o) => o !== anchor && n.contains(o));
  // A field named by the label (<label for>, aria-label) holds the value itself.
  const control = anchor instanceof Element ? fieldOf(anchor) : (anchor.parentElement && fieldOf(anchor.parentElement));
  if (control) {
    const shown = judge([control], spec);
    if (shown.kind !== 'none') return shown;
  }
  let best: Shown = { kind: 'none' };
  let cur: Node = anchor;
  for (let level = 0; level < MAX_CLIMB; level++) {
    // What follows the label at this level, up to the next label: a <dd> after its <dt>, the cells
    // after a row header, the span after a text node.
    const segment: Node[] = [];
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      if (holdsOther(sib)) break;
      segment.push(sib);
    }
    const shown = judge(segment, spec);
    if (shown.kind === 'value' || shown.kind === 'masked') return shown;
    if (shown.kind === 'near' && best.kind === 'none') best = shown;
    const parent: Element | null = cur.parentElement;
    if (!parent || fenced(parent) || parent.tagName === 'BODY' || parent.tagName === 'MAIN') break;
    cur = parent;
  }
  return best;
}

function fieldOf(el: Element): Element | null {
  if (el.matches('input,textarea')) return el;
  const label = el.closest('label');
  return (label as HTMLLabelElement | null)?.control ?? null;
}

interface Candidate {
  text: string;
  el: Element;
}

/** Looks at every text node and field in the holder, each on its own. */
function judge(nodes: Node[], spec: ShapeSpec): Shown {
  const values: Candidate[] = [];
  const tokens: string[] = [];
  let masked = false;
  let reveal = false;
  const consider = (text: string, el: Element) => {
    const value = text.trim();
    if (!value) return;
    if (spec.shape.test(value)) values.push({ text: value, el });
    else if (MASK.test(value)) masked = true;
    else if (TOKEN.test(value) && /[A-Za-z0-9]/.test(value)) tokens.push(value);
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && isVisible(parent)) consider(node.nodeValue ?? '', parent);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(SKIP) || !isVisible(el)) return;
    // Named "hidden": masked, whatever text it holds (CSS may be hiding the value in it).
    if (MASK_NAME.test(el.getAttribute('aria-label') ?? '') && !el.matches(CONTROL)) return void (masked = true);
    if (el.matches(CONTROL) || el.matches('a[href]')) {
      // Copy, Show, Hide: never the value. A control that reveals says the value is masked.
      if (spec.reveal && spec.reveal.test(normalize(el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value))) reveal = true;
      if (!el.matches('a[href]')) return;
    }
    if (el.matches('input,textarea')) {
      const field = el as HTMLInputElement;
      if (field.type === 'hidden' || field.type === 'checkbox' || field.type === 'radio') return;
      if (field.value === '' && (field.placeholder || field.type === 'password')) masked = true;
      else consider(field.value, el);
      return;
    }
    for (const child of el.childNodes) visit(child);
  };
  for (const node of nodes) visit(node);
  const distinct = [...new Set(values.map((v) => v.text))];
  if (distinct.length === 1) return { kind: 'value', value: distinct[0]!, el: values[0]!.el };
  if (distinct.length > 1) return { kind: 'none' };
  if (masked || reveal) return { kind: 'masked' };
  const near = [...new Set(tokens)];
  return near.length === 1 ? { kind: 'near', value: near[0]! } : { kind: 'none' };
}

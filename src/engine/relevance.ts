// Which page changes can matter to the open steps. A page that churns (a live table, a clock) must
// cost the guide almost nothing: a change that inserts nothing any open step could look for, and
// removes nothing the last look found, is not worth a look at the page.
import type { Cond, Step } from '../guides/types';
import { foundLastPass, LABELLED, lostSinceLastPass, matchText, MAX_LABEL, normalize, ROLE_SELECTORS, type Locator, type Text } from './locate';

export interface Interest {
  /** Elements any open step's strategies could find (buttons, headings, fields, data-se hooks…). */
  selector: string;
  /** Texts they look for anywhere. */
  texts: Text[];
  /** Names they look for on elements of a role (a cell inserted into a row changes the row's name). */
  names: { selector: string; name: Text }[];
}

const SAVED_KEY = /^DI[A-Z0-9]{18}$/;

/** What the open steps look for, gathered from their targets, pages, evidence, capture and fill. */
export function interestOf(steps: Step[], extra: Locator[] = []): Interest {
  const selectors = new Set<string>(['label', 'dialog', '[role=dialog]']);
  const texts: Text[] = [];
  const names: Interest['names'] = [];
  const locator = (l: Locator | undefined): void => {
    if (!l) return;
    for (const st of l.any) {
      if ('role' in st) selectors.add(ROLE_SELECTORS[st.role]), names.push({ selector: ROLE_SELECTORS[st.role], name: st.name });
      else if ('label' in st) selectors.add(LABELLED), texts.push(st.label);
      else if ('dataSe' in st) selectors.add(`[data-se="${CSS.escape(st.dataSe)}"]`);
      else if ('text' in st) texts.push(st.text);
      else selectors.add(st.css);
      locator(st.has);
    }
    locator(l.within);
    locator(l.near);
  };
  const cond = (c: Cond | undefined): void => {
    if (!c) return;
    if ('all' in c) c.all.forEach(cond);
    else if ('any' in c) c.any.forEach(cond);
    else if ('not' in c) cond(c.not);
    else if ('find' in c) locator(c.find);
    else if ('value' in c) locator(c.value);
    else if ('checked' in c) locator(c.checked);
    else if ('beside' in c) texts.push(c.beside, c.matches);
    else if ('savedKey' in c) texts.push(SAVED_KEY);
  };
  for (const step of steps) {
    locator(step.target);
    cond(step.at);
    cond(step.done);
    if (step.capture) {
      Object.values(step.capture.labels).forEach((ls) => texts.push(...ls));
      locator(step.capture.reveal);
    }
    step.fill?.fields.forEach((f) => locator(f.field));
  }
  extra.forEach(locator);
  return { selector: [...selectors].join(','), texts, names };
}

const textMatters = (interest: Interest, text: string) => {
  const t = normalize(text);
  return t !== '' && t.length <= MAX_LABEL && interest.texts.some((p) => matchText(p, t) || matchText(p, t.replace(/[\s:*]+$/, '')));
};

/** The element whose name or text a change inside `node` may change: the nearest one a strategy
 *  could find, else the node's own parent. */
const owner = (node: Node, interest: Interest): Element | null => {
  const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return parent?.closest(interest.selector) ?? parent ?? null;
};

function ownerMatters(node: Node, interest: Interest): boolean {
  const el = owner(node, interest);
  if (!el) return false;
  if (foundLastPass(el) || textMatters(interest, el.textContent ?? '')) return true;
  const text = normalize(el.textContent);
  return text.length <= MAX_LABEL && interest.names.some((n) => matchText(n.name, text) && el.matches(n.selector));
}

function addedMatters(node: Node, interest: Interest): boolean {
  if (node.nodeType === 3) return textMatters(interest, node.nodeValue ?? '');
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.matches(interest.selector) || el.querySelector(interest.selector)) return true;
  // Its own text, and each text in it (a row inserted with "Okta" in one cell).
  if (textMatters(interest, el.textContent ?? '')) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (textMatters(interest, t.nodeValue ?? '')) return true;
  return false;
}

/** Whether these mutations may change what the open steps see. */
export function mayMatter(records: MutationRecord[], interest: Interest): boolean {
  for (const r of records) {
    if (r.type === 'characterData') {
      if (textMatters(interest, r.target.nodeValue ?? '') || ownerMatters(r.target, interest)) return true;
      continue;
    }
    for (const n of r.addedNodes) if (addedMatters(n, interest)) return true;
    // What holds the change: a found element's name, or a text the steps look for, may have changed.
    if ((r.addedNodes.length || r.removedNodes.length) && ownerMatters(r.target, interest)) return true;
  }
  // Something the last look found has gone (a dialog closed, a target re-rendered).
  return lostSinceLastPass();
}

// "Show the guide where it is": a locator for the control the admin clicked, made of what the page
// shows (role, accessible name, label, landmark), never ids or classes, and never a value: a name
// that looks like a key, an address or a number is refused. Pure DOM reads.
import { accessibleName, type Role, type Strategy } from './locate';
import { nativeOf } from './controls';

/** What is kept per console account and step (storage.local): no values, no secret. */
export type Learned = { role: LearnableRole; name: string; scope?: 'main' | 'navigation' } | { label: string; scope?: 'main' | 'navigation' };

const INTERACTIVE =
  'a[href],button,input:not([type=hidden]),select,textarea,summary,label,[role=button],[role=link],[role=tab],[role=menuitem],[role=checkbox],[role=radio],[role=combobox],[role=switch],[role=option],[role=textbox]';
const FIELD = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=radio]):not([type=checkbox]),select,textarea,[role=combobox],[role=textbox]';
/** Shaped like a value rather than a control's name: keys, secrets, hosts, e-mail, long numbers. */
const VALUE_LIKE = /DI[A-Z0-9]{18}|[A-Za-z0-9]{24,}|api-[a-z0-9]+\.|@|\d{5,}/;
const MAX_NAME = 100;
const TRAILING = /[\s.:;,!?…*]+$/;

/** The roles a learned locator may name. */
export const LEARNABLE_ROLES = ['button', 'link', 'tab', 'menuitem', 'checkbox', 'radio', 'combobox', 'switch', 'option', 'textbox'] as const satisfies readonly Role[];
type LearnableRole = (typeof LEARNABLE_ROLES)[number];

function roleOf(el: Element): LearnableRole | null {
  const role = el.getAttribute('role');
  if (role && (LEARNABLE_ROLES as readonly string[]).includes(role)) return role as LearnableRole;
  const tag = el.tagName;
  if (tag === 'A') return 'link';
  if (tag === 'BUTTON' || tag === 'SUMMARY') return 'button';
  if (tag === 'SELECT') return 'combobox';
  if (tag === 'TEXTAREA') return 'textbox';
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
    if (type === 'checkbox' || type === 'radio') return type;
    return 'textbox';
  }
  return null;
}

/** The locator for what the admin clicked, or null when nothing usable names it. */
export function learnFrom(clicked: Element): Learned | null {
  let el = clicked.closest(INTERACTIVE);
  if (!el) return null;
  if (el.tagName === 'LABEL') el = (el as HTMLLabelElement).control ?? el;
  const scope = el.closest('nav,[role=navigation]') ? 'navigation' : el.closest('main,[role=main]') ? 'main' : undefined;
  const clean = (name: string) => {
    const text = name.replace(TRAILING, '');
    return text && text.length <= MAX_NAME && !VALUE_LIKE.test(text) ? text : null;
  };
  // A field by its label (a widget's own name says its current value too).
  const field = el.matches(FIELD) ? el : widgetField(el);
  if (field) {
    const labels = (field as HTMLInputElement).labels;
    const label = clean(labels?.length ? Array.from(labels, (l) => l.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() : field === el ? accessibleName(el) : '');
    if (label) return { label, ...(scope && { scope }) };
  }
  const role = roleOf(el);
  const name = role && clean(accessibleName(el));
  return role && name ? { role, name, ...(scope && { scope }) } : null;
}

/** The native field behind the widget a click landed in (Chosen's container a few levels up). */
function widgetField(el: Element): Element | null {
  for (let at: Element | null = el, i = 0; at && i < 4; at = at.parentElement, i++) {
    const native = nativeOf(at);
    if (native) return native;
  }
  return null;
}

/** A learned locator as a strategy the engine runs (names match case-insensitively, whole). */
export const asStrategy = (l: Learned): Strategy => ('label' in l ? { label: l.label, scope: l.scope } : { role: l.role, name: l.name, scope: l.scope });

/** Where the background keeps them (storage.local), by `duo:<admin host>` or `okta:<org>`. */
export const LEARNED_KEY = 'learned';

/** One account's learned locators as stored (the background validated each before storing). */
export function learnedIn(raw: unknown, scope: string): Record<string, Learned> {
  const mine = (raw as Record<string, unknown> | null | undefined)?.[scope];
  if (!mine || typeof mine !== 'object') return {};
  const ok = (l: unknown) => !!l && typeof l === 'object' && (typeof (l as { label?: unknown }).label === 'string' || typeof (l as { name?: unknown }).name === 'string');
  return Object.fromEntries(Object.entries(mine).filter(([, l]) => ok(l))) as Record<string, Learned>;
}

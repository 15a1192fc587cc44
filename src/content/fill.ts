// Writing values into the page's form so its framework keeps them: the native value setter, then
// the input and change events frameworks listen to (setting .value alone is lost on Save). A select
// hidden behind Chosen is set natively and Chosen told to re-read it; an ARIA combobox is opened and
// its option clicked, as the admin would.
import { controlValues, isCombobox, listboxOf, nativeOf } from '../engine/controls';
import type { Credentials } from '../engine/credentials';
import { locate, normalize } from '../engine/locate';
import { duoOidcEndpoints } from '../engine/oidc';
import type { FillSource, FillSpec } from '../guides/types';
import type { MessageKey } from '../i18n';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Planned {
  /** What the locator found: the field itself, or the widget the admin sees. */
  field: Element;
  value: string;
  name: MessageKey;
  /** The field already holds a different value. */
  conflict: boolean;
}

export function sourceValue(source: FillSource, creds: Credentials): string {
  if (typeof source === 'object') return source.literal;
  if (source === 'ikey' || source === 'skey' || source === 'host') return creds[source];
  return duoOidcEndpoints(creds.host)[source];
}

const isToggle = (el: Element): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
const same = (a: string, b: string) => normalize(a).toLowerCase() === normalize(b).toLowerCase();

/** The value a select should take: the option whose text or value matches. */
function optionValue(select: HTMLSelectElement, wanted: string): string | null {
  const option = Array.from(select.options).find((o) => same(o.textContent ?? '', wanted) || same(o.value, wanted));
  return option ? option.value : null;
}

/** Locates every field inside the form first: a form missing one is not filled at all. */
export function planFill(root: ParentNode, spec: FillSpec, creds: Credentials): { ok: true; plan: Planned[] } | { ok: false; missing: MessageKey[] } {
  const plan: Planned[] = [];
  const missing: MessageKey[] = [];
  for (const { source, field, name, replacesDefault } of spec.fields) {
    const el = locate(root, field);
    const native = el && nativeOf(el);
    let value: string | null = sourceValue(source, creds);
    if (native instanceof HTMLSelectElement) value = optionValue(native, value);
    // The secret goes only into a masked field: a plain text box named "Secret key" is not one.
    const fit = !!el && (isCombobox(el) ? source !== 'skey' : !!native && (source !== 'skey' || (native instanceof HTMLInputElement && native.type === 'password')));
    if (!el || !fit || value === null) {
      missing.push(name);
      continue;
    }
    const text = native && !(native instanceof HTMLSelectElement) && !isToggle(native) ? (native as Field).value : '';
    const conflict = !replacesDefault && text !== '' && text !== value;
    plan.push({ field: el, value, name, conflict });
  }
  return missing.length ? { ok: false, missing } : { ok: true, plan };
}

/** Fills in order; returns the names of the fields the page did not take (a combobox whose option
 *  never showed). */
export async function applyFill(plan: Planned[]): Promise<MessageKey[]> {
  const refused: MessageKey[] = [];
  for (const { field, value, name } of plan) {
    if (isCombobox(field)) {
      if (!(await choose(field as HTMLElement, value))) refused.push(name);
      continue;
    }
    const native = nativeOf(field) as Field;
    native.focus();
    if (isToggle(native)) {
      if (!native.checked) native.click();
    } else {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(native) as object, 'value')?.set;
      if (setter) setter.call(native, value);
      else native.value = value;
      native.dispatchEvent(new Event('input', { bubbles: true }));
      native.dispatchEvent(new Event('change', { bubbles: true }));
      // Chosen (jQuery) listens for these on the select and redraws the widget from it.
      if (native !== field) for (const type of ['liszt:updated', 'chosen:updated']) native.dispatchEvent(new Event(type, { bubbles: true }));
    }
    native.blur();
  }
  return refused;
}

const frame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));

async function until<T>(get: () => T | null, ms = 600): Promise<T | null> {
  for (const end = Date.now() + ms; ; await frame()) {
    const got = get();
    if (got || Date.now() > end) return got;
  }
}

/** Opens the combobox the ways widgets listen for (MUI on mousedown, others on click or ArrowDown),
 *  clicks the option with that text, and waits until the widget shows it. */
async function choose(combo: HTMLElement, wanted: string): Promise<boolean> {
  if (controlValues(combo).some((v) => same(v, wanted))) return true;
  combo.focus();
  const opens: (() => void)[] = [
    () => combo.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 })),
    () => combo.click(),
    () => combo.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })),
  ];
  let list: Element | null = null;
  for (const open of opens) {
    open();
    if ((list = await until(() => listboxOf(combo), 300))) break;
  }
  const option = list && Array.from(list.querySelectorAll('[role=option]')).find((o) => same(o.textContent ?? '', wanted));
  if (!option) {
    combo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return false;
  }
  (option as HTMLElement).click();
  return !!(await until(() => (controlValues(combo).some((v) => same(v, wanted)) ? true : null)));
}

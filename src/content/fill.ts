// Writing values into the page's form so its framework keeps them: the native value setter, then
// the input and change events frameworks listen to (setting .value alone is lost on Save).
import type { Credentials } from '../engine/credentials';
import { locate, normalize } from '../engine/locate';
import { duoOidcEndpoints } from '../engine/oidc';
import type { FillSource, FillSpec } from '../guides/types';
import type { MessageKey } from '../i18n';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Planned {
  field: Field;
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

const isToggle = (el: Field): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');

/** The value a select should take: the option whose text or value matches. */
function optionValue(select: HTMLSelectElement, wanted: string): string | null {
  const want = wanted.toLowerCase();
  const option = Array.from(select.options).find((o) => normalize(o.textContent).toLowerCase() === want || o.value.toLowerCase() === want);
  return option ? option.value : null;
}

/** Locates every field inside the form first: a form missing one is not filled at all. */
export function planFill(root: ParentNode, spec: FillSpec, creds: Credentials): { ok: true; plan: Planned[] } | { ok: false; missing: MessageKey[] } {
  const plan: Planned[] = [];
  const missing: MessageKey[] = [];
  for (const { source, field, name, replacesDefault } of spec.fields) {
    const el = locate(root, field) as Field | null;
    let value: string | null = sourceValue(source, creds);
    if (el instanceof HTMLSelectElement) value = optionValue(el, value);
    // The secret goes only into a masked field: a plain text box named "Secret key" is not one.
    const fit = !!el && 'value' in el && (source !== 'skey' || (el instanceof HTMLInputElement && el.type === 'password'));
    if (!el || !fit || value === null) {
      missing.push(name);
      continue;
    }
    const conflict = !replacesDefault && !isToggle(el) && !(el instanceof HTMLSelectElement) && el.value !== '' && el.value !== value;
    plan.push({ field: el, value, name, conflict });
  }
  return missing.length ? { ok: false, missing } : { ok: true, plan };
}

export function applyFill(plan: Planned[]): void {
  for (const { field, value } of plan) {
    field.focus();
    if (isToggle(field)) {
      if (!field.checked) field.click();
    } else {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
      if (setter) setter.call(field, value);
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    field.blur();
  }
}

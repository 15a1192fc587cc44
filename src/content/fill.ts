// Writing values into the page's form so its framework keeps them: the native value setter, then
// the input and change events frameworks listen to (setting .value alone is lost on Save).
import { locate } from '../engine/locate';
import type { FillSpec } from '../guides/types';

export interface Planned {
  field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  value: string;
  /** The field already holds a different value. */
  conflict: boolean;
  label: string;
}

/** Locates every field first: a form missing one is not filled at all. */
export function planFill(root: ParentNode, spec: FillSpec, values: Record<string, string>):
  { ok: true; plan: Planned[] } | { ok: false; missing: string[] } {
  const plan: Planned[] = [];
  const missing: string[] = [];
  for (const { source, field } of spec.fields) {
    const el = locate(root, field) as Planned['field'] | null;
    const value = values[source];
    if (!el || !('value' in el) || value === undefined) {
      missing.push(field.describe);
      continue;
    }
    plan.push({ field: el, value, conflict: el.value !== '' && el.value !== value, label: field.describe });
  }
  return missing.length ? { ok: false, missing } : { ok: true, plan };
}

export function applyFill(plan: Planned[]): void {
  for (const { field, value } of plan) {
    const proto = Object.getPrototypeOf(field) as object;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    field.focus();
    if (setter) setter.call(field, value);
    else field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.blur();
  }
}

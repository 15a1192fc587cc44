// Controls that are not what they seem: a native <select> hidden behind Chosen (Okta's Courage), an
// ARIA combobox over an aria-hidden input (MUI, as Odyssey renders it). The admin sees and clicks the
// visible widget; the value lives in the native control or in the widget's shown text. Pure DOM reads.
import { isVisible as visible, normalize } from './dom';

/** Chosen's own markers (`id_chzn` in Chosen 0.9, `id_chosen` in 1.x) and its container classes. */
const ENHANCED = '.chzn-container,.chosen-container,.select2-container';
const WIDGET = '[role=combobox],[role=listbox],[aria-haspopup]';
/** An option the admin picks in a widget's list: ARIA options, Chosen's and Select2's result items. */
export const OPTION = '[role=option],.chzn-results li,.chosen-results li,.select2-results li';

/** Chosen names its container after the select's id with every non-word character made "_". */
const chosenId = (id: string): string => id.replace(/[^\w]/g, '_');

/** The visible widget standing in for a hidden native control, if any. */
export function proxyOf(native: Element): Element | null {
  const doc = native.ownerDocument;
  if (native.id) {
    for (const suffix of ['_chzn', '_chosen']) {
      const el = doc.getElementById(`${chosenId(native.id)}${suffix}`);
      if (el && visible(el)) return el;
    }
  }
  for (let sib = native.nextElementSibling, i = 0; sib && i < 3; sib = sib.nextElementSibling, i++) {
    if (!visible(sib)) continue;
    if (sib.matches(`${ENHANCED},${WIDGET}`) || sib.querySelector(WIDGET)) return sib;
  }
  // A wrapper holding only this control and its widget.
  const wrapper = native.parentElement;
  if (wrapper && wrapper.querySelectorAll('select,input:not([type=hidden]),textarea').length === 1) {
    const widget = wrapper.querySelector(`${ENHANCED},[role=combobox]`);
    if (widget && widget !== native && visible(widget)) return widget;
  }
  return null;
}

/** The native control behind a widget (the hidden <select> of a Chosen container), else null. */
export function nativeOf(widget: Element): HTMLSelectElement | HTMLInputElement | null {
  if (widget.matches('select,input,textarea')) return widget as HTMLSelectElement;
  const id = widget.id.replace(/_(chzn|chosen)$/, '');
  if (id && id !== widget.id) {
    const el = widget.ownerDocument.getElementById(id);
    if (el?.matches('select')) return el as HTMLSelectElement;
    // The select's own id may hold characters Chosen replaced: match it back by Chosen's rule.
    for (const select of widget.ownerDocument.querySelectorAll('select[id]')) if (chosenId(select.id) === id) return select as HTMLSelectElement;
  }
  for (let sib = widget.previousElementSibling, i = 0; sib && i < 3; sib = sib.previousElementSibling, i++) {
    if (sib.matches('select')) return sib as HTMLSelectElement;
  }
  return null;
}

/** Whether the element is a widget whose value is its shown text (a combobox that is not a field). */
export const isCombobox = (el: Element): boolean => el.getAttribute('role') === 'combobox' && !el.matches('input,select,textarea');

/** What a control shows as chosen: a select's value and option text, a field's value, a widget's text
 *  and the value of the aria-hidden input beside it (MUI keeps the value there). */
export function controlValues(el: Element): string[] {
  const native = nativeOf(el);
  if (native instanceof HTMLSelectElement) return [native.value, normalize(native.selectedOptions[0]?.textContent)].filter(Boolean);
  if (native) return native.value ? [native.value] : [];
  const out = [normalize(el.textContent)];
  const hidden = el.parentElement?.querySelector('input[aria-hidden="true"],input[type=hidden]') as HTMLInputElement | null;
  if (hidden?.value) out.push(hidden.value);
  return out.filter(Boolean);
}

/** The list of options a combobox opened: the one it controls or owns, else the last one shown. */
export function listboxOf(combo: Element): Element | null {
  const doc = combo.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (combo.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const el = doc.getElementById(id);
      const list = el?.matches('[role=listbox]') ? el : el?.querySelector('[role=listbox]');
      if (list && visible(list)) return list;
    }
  }
  const shown = Array.from(doc.querySelectorAll('[role=listbox]')).filter((l) => visible(l) && !l.contains(combo));
  return shown.at(-1) ?? null;
}

/** A combobox whose list is showing: MUI makes the rest of the page aria-hidden while its menu is
 *  open, yet the admin sees the field and is choosing in it. */
export const isOpenCombobox = (el: Element): boolean =>
  isCombobox(el) && el.getAttribute('aria-expanded') === 'true' && listboxOf(el) !== null;

/** Whether a click landed on an option of this widget's list (the admin chose something). */
export function choseIn(widget: Element, clicked: Element): boolean {
  const option = clicked.closest(OPTION);
  if (!option) return false;
  if (widget.contains(option)) return true;
  const list = option.closest('[role=listbox]');
  return !!list && list === listboxOf(widget);
}

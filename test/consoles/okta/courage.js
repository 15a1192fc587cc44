// Courage-style forms (Okta's Backbone form library) for the simulated Okta admin console.
//
// Markup follows Courage conventions:
//   form.o-form[data-se="o-form"]
//     div.o-form-content[data-se="o-form-content"]
//       h2.o-form-head[data-se="o-form-head"]
//       div.o-form-error-container[data-se="o-form-error-container"]
//       div.o-form-fieldset-container[data-se="o-form-fieldset-container"]
//         div.o-form-fieldset[data-se="o-form-fieldset"] (Courage's default; "-{name}" in some shapes)
//           div.o-form-label[data-se="o-form-label"] > label[for]
//           div.o-form-input[data-se="o-form-input-container"]
//             span.o-form-input-name-{name}[data-se="o-form-input-{name}"] > input|select
//     div.o-form-button-bar[data-se="o-form-button-bar"]
//
// Like the real framework, the form keeps a MODEL that changes only on input/change
// events; submit validates and sends the model, never the DOM values.
//
// The selects the guide reads or fills (fields with `shaped: true`) take the seeded shape
// (test/consoles/shapes.ts): a native select, the REAL Courage Select with Chosen (Okta's code from
// @okta/okta-signin-widget, loaded as window.Courage from /_vendor/courage.js), or an MUI combobox.
// Buttons, data-se suffixes, aria-labels and hints follow the shapes too.
import { config, h, uid } from '/_static/common/ui.js';
import { muiSelect } from '/_static/okta/mui-select.js';

export const BLANK = 'This field cannot be left blank';
export const FORM_ERROR = 'We found some errors. Please review the form and make corrections.';

const TEXT_TYPES = new Set(['text', 'password', 'number', 'email', 'url', 'textarea']);
const HINT = 'Ask your Okta administrator if you are not sure.';

/** Courage's own Select view, Chosen on, bound to a Courage model mirrored into ours. */
function courageSelect(field, inputId, model, changed) {
  const { Model, Select } = window.Courage;
  const courageModel = new Model();
  courageModel.set(field.name, model[field.name] ?? '');
  const view = new Select({ model: courageModel, name: field.name, inputId, options: Object.fromEntries(field.options.map(([v, l]) => [v, l])) });
  courageModel.on(`change:${field.name}`, () => {
    model[field.name] = courageModel.get(field.name);
    changed();
  });
  view.render();
  return { element: view.el, control: view.el.querySelector('select') };
}

/** A button in the shape's kind: <button>, <input type=submit|button> or <a role=button>. */
function button(kind, { label, primary, submit, ariaLabel, onClick }) {
  const cls = `button ${primary ? 'button-primary' : 'button-clear'}`;
  const props = { class: cls, 'data-type': primary ? 'save' : 'cancel', 'aria-label': ariaLabel };
  if (kind === 'button') return h('button', { ...props, type: submit ? 'submit' : 'button', onClick }, label);
  if (kind === 'a') {
    return h('a', {
      ...props, href: '#', role: 'button',
      onClick: (e) => {
        e.preventDefault();
        if (submit) e.currentTarget.closest('form').requestSubmit();
        else if (onClick) onClick(e);
      },
    }, label);
  }
  return h('input', { ...props, type: submit ? 'submit' : 'button', value: label, onClick });
}

/**
 * @param spec {
 *   head?: string, headLevel?: 'h2'|'h3', explain?: string,
 *   model: object,
 *   fields: Array<Field>,
 *   save?: string, cancel?: string|null, buttonStyle?: 'input'|'button',
 *   onSubmit(model): Promise<void>  (throw ApiError from api() to show server errors),
 *   onCancel?(): void, onChange?(model): void, validate?(model): {[name]: message},
 *   className?: string,
 * }
 * Field: {
 *   name, label, type: 'text'|'password'|'number'|'select'|'radio'|'checkbox'|'textarea'|'section'|'custom',
 *   options?: Array<[value, label]>, optional?: boolean, explain?: string, prefix?: 'IF'|'AND'|'THEN',
 *   disabled?(model): boolean, hidden?(model): boolean, groupLabel?: string (radio without visible legend),
 *   render?(): Node (custom), level?: 'h3'|'h4' (section)
 * }
 */
export function courageForm(spec) {
  const shapes = config().shapes;
  const model = spec.model;
  const formId = uid('form');
  const fieldRefs = new Map();
  const errorContainer = h('div', { class: 'o-form-error-container', 'data-se': 'o-form-error-container' });
  const fieldsetContainer = h('div', { class: 'o-form-fieldset-container', 'data-se': 'o-form-fieldset-container' });

  function changed() {
    sync();
    if (spec.onChange) spec.onChange(model);
  }

  for (const field of spec.fields) {
    fieldsetContainer.appendChild(renderField(field));
  }

  function renderField(field) {
    if (field.type === 'section') {
      const tag = field.level || 'h3';
      return h(tag, { class: 'o-form-section-title' }, field.label);
    }
    if (field.type === 'custom') return field.render();

    const name = field.name;
    const wrapperClass = `o-form-input-name-${name} o-form-control`;
    const fieldset = h('div', { class: 'o-form-fieldset o-form-label-top', 'data-se': shapes.dataSeSuffix ? `o-form-fieldset-${name}` : 'o-form-fieldset' });
    const inputContainer = h('div', { class: 'o-form-input', 'data-se': 'o-form-input-container' });
    const ref = { field, fieldset, inputContainer, controls: [], errorEl: null };
    fieldRefs.set(name, ref);
    const prefix = field.prefix ? h('span', { class: 'o-form-condition-prefix', 'aria-hidden': 'true' }, field.prefix) : null;
    const optional = field.optional ? [' ', h('span', { class: 'o-form-label-optional' }, '(optional)')] : [];

    const selectShape = field.type === 'select' && field.shaped ? shapes.selects : 'native';
    if (selectShape !== 'native') {
      const id = uid('input');
      const labelId = uid('label');
      let shown;
      if (selectShape === 'chosen') {
        shown = courageSelect(field, id, model, changed);
      } else {
        const mui = muiSelect({ labelId, name, options: field.options, value: model[name] ?? '', onChange: (v) => ((model[name] = v), changed()) });
        shown = { element: h('span', { 'data-se': `o-form-input-${name}`, class: `${wrapperClass} okta-form-input-field` }, mui.element), control: mui.control };
      }
      ref.controls.push(shown.control);
      fieldset.append(
        h('div', { class: 'okta-form-label o-form-label', 'data-se': 'o-form-label' }, prefix, h('label', selectShape === 'chosen' ? { for: id } : { id: labelId }, field.label, ...optional)),
        inputContainer,
      );
      inputContainer.appendChild(shown.element);
    } else if (TEXT_TYPES.has(field.type) || field.type === 'select') {
      const id = uid('input');
      let control;
      if (field.type === 'select') {
        control = h(
          'select',
          { id, name, value: model[name] ?? '' },
          ...(field.options || []).map(([value, label, extra]) => h('option', { value, disabled: extra && extra.disabled }, label)),
        );
        control.value = model[name] ?? '';
      } else if (field.type === 'textarea') {
        control = h('textarea', { id, name, rows: '3', value: model[name] ?? '' });
      } else {
        control = h('input', {
          type: field.type,
          id,
          name,
          value: model[name] ?? '',
          autocomplete: field.type === 'password' ? 'new-password' : 'off',
          spellcheck: 'false',
        });
      }
      const update = (e) => {
        model[name] = e.target.value;
        changed();
      };
      control.addEventListener('input', update);
      control.addEventListener('change', update);
      ref.controls.push(control);
      fieldset.append(
        h('div', { class: 'okta-form-label o-form-label', 'data-se': 'o-form-label' }, prefix, h('label', { for: id }, field.label, ...optional)),
        inputContainer,
      );
      inputContainer.appendChild(h('span', { 'data-se': `o-form-input-${name}`, class: `${wrapperClass} okta-form-input-field input-fix` }, control));
    } else if (field.type === 'checkbox') {
      const id = uid('input');
      const control = h('input', { type: 'checkbox', id, name, checked: !!model[name] });
      control.addEventListener('change', (e) => {
        model[name] = e.target.checked;
        changed();
      });
      ref.controls.push(control);
      fieldset.append(inputContainer);
      inputContainer.appendChild(h('span', { 'data-se': `o-form-input-${name}`, class: `${wrapperClass} custom-checkbox` }, control, h('label', { for: id }, field.label)));
    } else if (field.type === 'radio') {
      const group = h('fieldset', { class: 'o-form-radio-group', 'aria-label': field.label ? undefined : field.groupLabel });
      if (field.label) group.appendChild(h('legend', { class: 'okta-form-label o-form-label', 'data-se': 'o-form-label' }, prefix, field.label));
      const span = h('span', { 'data-se': `o-form-input-${name}`, class: `${wrapperClass} custom-radio-group` });
      for (const [value, label] of field.options) {
        const id = uid('input');
        const control = h('input', { type: 'radio', id, name: `${formId}-${name}`, value, checked: model[name] === value });
        control.addEventListener('change', (e) => {
          if (e.target.checked) {
            model[name] = value;
            changed();
          }
        });
        ref.controls.push(control);
        span.appendChild(h('div', { class: 'custom-radio' }, control, h('label', { for: id }, label)));
      }
      inputContainer.appendChild(span);
      group.appendChild(inputContainer);
      fieldset.appendChild(group);
    } else {
      throw new Error(`unknown field type ${field.type}`);
    }
    const explain = field.explain || (shapes.hints && field.type !== 'radio' ? HINT : null);
    if (explain) {
      const explainId = uid('explain');
      inputContainer.appendChild(h('p', { class: 'okta-form-input-explain o-form-explain', id: explainId }, explain));
      for (const c of ref.controls) c.setAttribute('aria-describedby', explainId);
    }
    return fieldset;
  }

  function isActive(ref) {
    const f = ref.field;
    return !(f.disabled && f.disabled(model)) && !(f.hidden && f.hidden(model));
  }

  function sync() {
    for (const ref of fieldRefs.values()) {
      const f = ref.field;
      const disabled = !!(f.disabled && f.disabled(model));
      const hidden = !!(f.hidden && f.hidden(model));
      ref.fieldset.hidden = hidden;
      ref.fieldset.classList.toggle('o-form-disabled', disabled);
      for (const c of ref.controls) c.disabled = disabled || !!f.alwaysDisabled;
    }
  }

  function clearErrors() {
    errorContainer.replaceChildren();
    errorContainer.classList.remove('o-form-has-errors');
    errorContainer.removeAttribute('role');
    for (const ref of fieldRefs.values()) {
      ref.fieldset.classList.remove('o-form-has-errors');
      if (ref.errorEl) ref.errorEl.remove();
      ref.errorEl = null;
      for (const c of ref.controls) {
        c.removeAttribute('aria-invalid');
        const describedBy = (c.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.startsWith('error-'));
        if (describedBy.length) c.setAttribute('aria-describedby', describedBy.join(' '));
        else c.removeAttribute('aria-describedby');
      }
    }
  }

  /** errors: { [fieldName]: message }, extra: string[] (form-level) */
  function setErrors(errors, extra = []) {
    clearErrors();
    const names = Object.keys(errors);
    if (!names.length && !extra.length) return;
    errorContainer.classList.add('o-form-has-errors');
    errorContainer.setAttribute('role', 'alert');
    errorContainer.appendChild(
      h(
        'div',
        { class: 'okta-form-infobox-error infobox infobox-error' },
        h('span', { class: 'icon error-16', 'aria-hidden': 'true' }),
        h('p', {}, FORM_ERROR),
        extra.length ? h('ul', { class: 'o-form-error-list' }, ...extra.map((m) => h('li', {}, m))) : null,
      ),
    );
    let first = null;
    for (const name of names) {
      const ref = fieldRefs.get(name);
      if (!ref) continue;
      const errId = uid('error');
      ref.fieldset.classList.add('o-form-has-errors');
      ref.errorEl = h(
        'p',
        { class: 'okta-form-input-error o-form-input-error o-form-explain', id: errId, role: 'alert' },
        h('span', { class: 'icon icon-16 error-16-small', 'aria-hidden': 'true' }),
        ' ',
        errors[name],
      );
      ref.inputContainer.appendChild(ref.errorEl);
      for (const c of ref.controls) {
        c.setAttribute('aria-invalid', 'true');
        c.setAttribute('aria-describedby', [c.getAttribute('aria-describedby'), errId].filter(Boolean).join(' '));
      }
      first = first || ref.controls[0];
    }
    if (first) first.focus();
  }

  function validate() {
    const errors = {};
    for (const [name, ref] of fieldRefs) {
      const f = ref.field;
      if (!isActive(ref) || f.optional || f.type === 'checkbox') continue;
      if (!TEXT_TYPES.has(f.type) && f.type !== 'select' && f.type !== 'radio') continue;
      const v = model[name];
      if (v === undefined || v === null || String(v).trim() === '') errors[name] = BLANK;
    }
    if (spec.validate) Object.assign(errors, spec.validate(model) || {});
    return errors;
  }

  const saveLabel = spec.save || 'Save';
  const kind = shapes.buttons === 'as-is' ? (spec.buttonStyle === 'button' ? 'button' : 'input') : shapes.buttons === 'submit' ? 'input' : shapes.buttons;
  const named = (label) => (shapes.ariaLabel ? `${label} (${spec.head || 'settings'})` : undefined);
  const saveBtn = button(kind, { label: saveLabel, primary: true, submit: true, ariaLabel: named(saveLabel) });
  const buttons = [saveBtn];
  if (spec.cancel !== null) {
    const cancel = spec.cancel || 'Cancel';
    buttons.push(button(kind, { label: cancel, ariaLabel: named(cancel), onClick: () => spec.onCancel && spec.onCancel() }));
  }

  const headTag = spec.headLevel || 'h2';
  const form = h(
    'form',
    { method: 'POST', action: '', class: `o-form o-form-edit-mode ${spec.className || ''}`.trim(), 'data-se': 'o-form', id: formId, novalidate: true },
    h(
      'div',
      { class: 'o-form-content o-form-theme clearfix', 'data-se': 'o-form-content' },
      spec.head ? h(headTag, { class: 'okta-form-title o-form-head', 'data-se': 'o-form-head' }, spec.head) : null,
      spec.explain ? h('p', { class: 'okta-form-subtitle o-form-explain', 'data-se': 'o-form-explain' }, spec.explain) : null,
      errorContainer,
      fieldsetContainer,
    ),
    h('div', { class: 'o-form-button-bar', 'data-se': 'o-form-button-bar' }, ...buttons),
  );

  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    const errors = validate();
    if (Object.keys(errors).length) {
      setErrors(errors);
      return;
    }
    clearErrors();
    busy = true;
    saveBtn.setAttribute('aria-disabled', 'true');
    try {
      await spec.onSubmit(model);
    } catch (err) {
      const causes = (err && err.data && err.data.errorCauses) || [];
      const fieldErrors = {};
      const extra = [];
      for (const c of causes) {
        const m = /^([\w.]+): (.*)$/.exec(c.errorSummary || '');
        const name = m && (spec.errorFieldMap?.[m[1]] || m[1]);
        if (m && fieldRefs.has(name)) fieldErrors[name] = m[2];
        else extra.push(c.errorSummary);
      }
      if (!causes.length) extra.push((err && err.message) || 'Something went wrong.');
      setErrors(fieldErrors, extra);
    } finally {
      busy = false;
      saveBtn.removeAttribute('aria-disabled');
    }
  });

  sync();
  return { form, model, setErrors, clearErrors, sync };
}

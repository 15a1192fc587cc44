// The Okta application's Details in a seeded shape (test/consoles/shapes.ts: duoLabel, duoHolder,
// hints): each value's label in a dt, th, label, div or span, the value held as
// test/unit/capture.test.ts's HOLDERS hold it, a masked secret as dots beside Show and Copy.
import { h } from '/_static/common/ui.js';

const HINT = 'Keep this value private.';

/** The value's holder children, by shape (a Copy button where the shape has one). */
function holder(shape, value, copy) {
  switch (shape) {
    case 'input': return [h('input', { type: 'text', readonly: true, value, spellcheck: 'false', 'aria-label': 'Value' }), ' ', copy()];
    case 'code': return [h('code', {}, value), copy()];
    case 'span': return [h('span', {}, value)];
    case 'div': return [h('div', {}, value)];
    case 'textarea': return [h('textarea', { readonly: true, rows: '1', 'aria-label': 'Value' }, value)];
    case 'copy-before': return [copy(), ' ', h('span', {}, value)];
    default: return [h('span', {}, h('span', { class: 'mono' }, h('span', {}, value))), h('span', { role: 'tooltip' }, 'Click to copy')];
  }
}

/** One row: the label in its tag, the holder beside it. */
function row(tag, label, children) {
  switch (tag) {
    case 'dt': return h('div', { class: 'details-row' }, h('dt', {}, label), h('dd', {}, ...children));
    case 'th': return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ...children));
    case 'label': return h('div', { class: 'field' }, h('label', {}, label), h('div', { class: 'value' }, ...children));
    case 'div': return h('div', { class: 'grid-row' }, h('div', { class: 'k' }, label), h('div', { class: 'v' }, ...children));
    default: return h('p', {}, h('span', { class: 'k' }, label), ' ', h('span', { class: 'v' }, ...children));
  }
}

function wrap(tag, rows) {
  if (tag === 'dt') return h('dl', { class: 'details-list' }, ...rows);
  if (tag === 'th') return h('table', { class: 'details-table' }, h('tbody', {}, ...rows));
  return h('div', { class: 'details-grid' }, ...rows);
}

/**
 * @param {{ tag: string, holder: string, hints: boolean, labels: {ikey, skey, host},
 *   app: {ikey, apiHost, type}, secret(): string|null, masked: boolean,
 *   showHide(shown: boolean, rerender: (shown: boolean) => void): Node, copyBtn(get): Node, copySecret(): Node }} o
 */
export function shapedDetails(o) {
  const hint = () => (o.hints ? [' ', h('p', { class: 'help' }, HINT)] : []);
  const value = (v) => [...holder(o.holder, v, () => o.copyBtn(() => v)), ...hint()];
  const secretRow = row(o.tag, o.labels.skey, []);
  const secretHolder = secretRow.lastElementChild;
  const renderSecret = (shown) => {
    const children = shown ? value(o.secret()) : [h('span', { class: 'masked-value' }, '••••••••'), ' '];
    if (o.masked) children.push(' ', o.showHide(shown, renderSecret));
    if (!shown) children.push(' ', o.copySecret());
    secretHolder.replaceChildren(...children);
  };
  renderSecret(!o.masked);
  return wrap(o.tag, [
    row(o.tag, o.labels.ikey, value(o.app.ikey)),
    secretRow,
    row(o.tag, o.labels.host, value(o.app.apiHost)),
    row(o.tag, 'Type', [h('span', {}, o.app.type)]),
  ]);
}

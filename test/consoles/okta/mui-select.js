// A select as Okta's Odyssey design system renders it with MUI's Select (reference §1): a
// div[role=combobox][aria-haspopup=listbox] named by "<label id> <own id>" (label + current value)
// over an aria-hidden native input holding the value; mousedown, or ArrowDown/Up, Enter or Space,
// opens a popover menu portalled to <body>: ul[role=listbox] of li[role=option]. Like MUI's Modal,
// the open menu makes everything else in <body> aria-hidden until it closes. Hand-written from
// MUI's documented markup (Odyssey needs React and MUI, not installed here).
import { h, uid } from '/_static/common/ui.js';

/**
 * @param {{ labelId: string, name: string, options: Array<[string, string]>, value: string,
 *   onChange(value: string): void }} spec
 * @returns {{ element: Node, control: HTMLElement, input: HTMLInputElement }}
 */
export function muiSelect({ labelId, name, options, value, onChange }) {
  const displayId = uid('mui-select');
  const textOf = (v) => (options.find(([k]) => k === v) || [v, ''])[1];
  const display = h(
    'div',
    { id: displayId, role: 'combobox', tabindex: '0', class: 'MuiSelect-select MuiInputBase-input', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-labelledby': `${labelId} ${displayId}` },
    textOf(value),
  );
  const input = h('input', { 'aria-hidden': 'true', tabindex: '-1', class: 'MuiSelect-nativeInput', name, value });
  const root = h('div', { class: 'MuiInputBase-root MuiOutlinedInput-root' }, display, h('span', { class: 'MuiSelect-icon', 'aria-hidden': 'true' }, '▾'), input);
  let menu = null;
  let hiddenSiblings = [];

  function close(focus = true) {
    if (!menu) return;
    menu.remove();
    menu = null;
    for (const el of hiddenSiblings) el.removeAttribute('aria-hidden');
    hiddenSiblings = [];
    display.setAttribute('aria-expanded', 'false');
    display.removeAttribute('aria-controls');
    if (focus) display.focus();
  }

  function pick(v) {
    close();
    if (v === input.value) return;
    input.value = v;
    display.textContent = textOf(v);
    onChange(v);
  }

  function open() {
    if (menu) return;
    const listId = uid('mui-menu');
    const items = options.map(([k, text]) =>
      h('li', { role: 'option', tabindex: '-1', class: 'MuiMenuItem-root', 'data-value': k, 'aria-selected': String(k === input.value), onClick: () => pick(k) }, text),
    );
    const list = h('ul', { role: 'listbox', id: listId, tabindex: '-1', class: 'MuiMenu-list', 'aria-labelledby': labelId }, ...items);
    list.addEventListener('keydown', (e) => {
      const at = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
        next.focus();
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (at >= 0) pick(items[at].dataset.value);
      } else if (e.key === 'Escape' || e.key === 'Tab') {
        e.preventDefault();
        close();
      }
    });
    const box = display.getBoundingClientRect();
    const paper = h('div', { class: 'MuiPaper-root MuiMenu-paper mui-menu-paper', style: `left:${box.left}px;top:${box.bottom}px;min-width:${box.width}px` }, list);
    const backdrop = h('div', { class: 'MuiBackdrop-root mui-backdrop', 'aria-hidden': 'true', onClick: () => close() });
    menu = h('div', { role: 'presentation', class: 'MuiPopover-root MuiMenu-root mui-popover' }, backdrop, paper);
    hiddenSiblings = [...document.body.children].filter((el) => !el.hasAttribute('aria-hidden') && el.tagName !== 'SCRIPT');
    for (const el of hiddenSiblings) el.setAttribute('aria-hidden', 'true');
    document.body.appendChild(menu);
    display.setAttribute('aria-expanded', 'true');
    display.setAttribute('aria-controls', listId);
    (items.find((li) => li.dataset.value === input.value) || items[0]).focus();
  }

  display.addEventListener('mousedown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    open();
  });
  display.addEventListener('keydown', (e) => {
    if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(e.key)) {
      e.preventDefault();
      open();
    }
  });
  return { element: root, control: display, input };
}

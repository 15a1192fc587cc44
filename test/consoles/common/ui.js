// Small DOM helpers shared by the simulated consoles. No framework, no build.

let idCounter = 0;

/** A unique element id. */
export function uid(prefix = 'el') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

const BOOLEAN_ATTRS = new Set(['checked', 'disabled', 'readonly', 'required', 'selected', 'hidden', 'multiple', 'autofocus']);

/**
 * h('button', { class: 'btn', onClick: fn, 'aria-label': 'x' }, 'text', childNode)
 * - `onX` props add event listeners (onClick -> click, onInput -> input ...)
 * - `value` is applied after children (so it works for <select>)
 * - boolean attributes take true/false
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [key, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (key === 'class') el.className = v;
    else if (key === 'text') el.textContent = v;
    else if (key === 'value') value = v;
    else if (key.startsWith('on') && typeof v === 'function') el.addEventListener(key.slice(2).toLowerCase(), v);
    else if (BOOLEAN_ATTRS.has(key)) el.setAttribute(key, '');
    else el.setAttribute(key, v === true ? '' : String(v));
  }
  append(el, children);
  if (value !== undefined) {
    if (tag !== 'select' && tag !== 'textarea') el.setAttribute('value', String(value));
    el.value = String(value);
  }
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replace all children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let cachedConfig;
/** The page config the server injected (never holds a secret). */
export function config() {
  if (!cachedConfig) {
    const node = document.getElementById('console-config');
    cachedConfig = JSON.parse(node ? node.textContent : '{}');
  }
  return cachedConfig;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait like a real console fetching data before it renders. */
export function renderDelay() {
  const ms = Number(config().variant?.renderDelayMs ?? 300);
  return sleep(ms);
}

/** A loading indicator, as consoles show while views load. */
export function spinner(text = 'Loading…') {
  return h('div', { class: 'loading', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export class ApiError extends Error {
  constructor(status, data) {
    super((data && (data.errorSummary || data.message)) || `HTTP ${status}`);
    this.status = status;
    this.data = data;
  }
}

/** Same-origin JSON call. Okta pages send the X-Okta-XsrfToken header like the real console. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const xsrf = document.getElementById('_xsrfToken');
  if (xsrf && xsrf.value) headers['X-Okta-XsrfToken'] = xsrf.value;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  const text = await res.text();
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { message: text };
    }
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: role="dialog" aria-modal="true" aria-labelledby=<title id>.
 * The body element (`.modal-body`) is the scrolling container.
 * While open, the app root gets aria-hidden="true" (as modal libraries do).
 * Returns { dialog, body, titleEl, setTitle(text), close() }.
 */
export function openDialog({ title, className = '', onClose, appRoot = document.getElementById('app'), size = '' }) {
  const titleId = uid('dialog-title');
  const titleEl = h('h2', { id: titleId, class: 'modal-title' }, title);
  const closeBtn = h('button', { type: 'button', class: 'modal-close', 'aria-label': 'Close' }, h('span', { 'aria-hidden': 'true' }, '×'));
  const body = h('div', { class: 'modal-body' });
  // Seeded shapes (test/consoles/shapes.ts): role=dialog with a name, or SimpleModal's markup as
  // Courage's dialogs use it, a #simplemodal-container with no role and no name.
  const withRole = config().shapes?.dialogRole !== false;
  const content = [h('div', { class: 'modal-header' }, titleEl, closeBtn), body];
  const dialog = withRole
    ? h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, class: `modal ${size} ${className}`.trim(), tabindex: '-1' }, ...content)
    : h('div', { id: 'simplemodal-container', class: `simplemodal-container modal ${size} ${className}`.trim(), tabindex: '-1' }, h('div', { class: 'simplemodal-wrap' }, h('div', { class: 'simplemodal-data' }, ...content)));
  const overlay = h('div', { class: 'modal-overlay', id: withRole ? undefined : 'simplemodal-overlay' }, dialog);
  const previouslyFocused = document.activeElement;
  let closed = false;

  function close(reason) {
    if (closed) return;
    closed = true;
    document.removeEventListener('keydown', onKey, true);
    overlay.remove();
    if (appRoot) appRoot.removeAttribute('aria-hidden');
    if (previouslyFocused && previouslyFocused.isConnected) previouslyFocused.focus();
    if (onClose) onClose(reason);
  }

  function onKey(e) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close('escape');
    } else if (e.key === 'Tab') {
      const items = [...dialog.querySelectorAll(FOCUSABLE)].filter((n) => n.offsetParent !== null);
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  }

  closeBtn.addEventListener('click', () => close('close'));
  document.addEventListener('keydown', onKey, true);
  document.body.appendChild(overlay);
  if (appRoot) appRoot.setAttribute('aria-hidden', 'true');
  dialog.focus();

  return {
    dialog,
    body,
    titleEl,
    setTitle(text) {
      titleEl.textContent = text;
    },
    focusFirst() {
      const first = body.querySelector(FOCUSABLE);
      if (first) first.focus();
    },
    close,
  };
}

/**
 * A menu button: <button aria-haspopup="menu" aria-expanded> + <ul role="menu"> of
 * <button role="menuitem">. items: [{ label, onSelect, disabled }] or a function returning them.
 */
export function menuButton({ label, items, buttonClass = 'button', align = 'left', buttonAttrs = {} }) {
  const menuId = uid('menu');
  const button = h('button', {
    type: 'button',
    class: buttonClass,
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': menuId,
    ...buttonAttrs,
  });
  append(button, Array.isArray(label) ? label : [label]);
  const menu = h('ul', { id: menuId, role: 'menu', class: `menu menu-${align}`, hidden: true, 'aria-label': buttonAttrs['aria-label'] || undefined });
  const wrapper = h('div', { class: 'menu-wrapper' }, button, menu);

  function itemsList() {
    return [...menu.querySelectorAll('[role="menuitem"]:not([disabled])')];
  }

  function open() {
    const list = typeof items === 'function' ? items() : items;
    mount(
      menu,
      list.map((item) =>
        h(
          'li',
          { role: 'none' },
          h(
            'button',
            {
              type: 'button',
              role: 'menuitem',
              tabindex: '-1',
              disabled: item.disabled,
              onClick: () => {
                close();
                item.onSelect();
              },
            },
            item.label,
          ),
        ),
      ),
    );
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const first = itemsList()[0];
    if (first) first.focus();
    setTimeout(() => document.addEventListener('click', onDocClick, true), 0);
  }

  function close(refocus = false) {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('click', onDocClick, true);
    if (refocus) button.focus();
  }

  function onDocClick(e) {
    if (!wrapper.contains(e.target)) close();
  }

  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  button.addEventListener('keydown', (e) => {
    if ((e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') && menu.hidden) {
      e.preventDefault();
      open();
    }
  });
  menu.addEventListener('keydown', (e) => {
    const list = itemsList();
    const i = list.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      list[(i + 1) % list.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      list[(i - 1 + list.length) % list.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close();
    }
  });

  return { element: wrapper, button, menu, open, close };
}

/**
 * Tabs: <div role="tablist" aria-label> of <button role="tab" aria-selected aria-controls>
 * and one <div role="tabpanel" aria-labelledby> per tab.
 * tabs: [{ id, label, render(panel) }]; onSelect(id) is called after a tab is chosen.
 */
export function tabs({ label, items, selected, onSelect }) {
  const tablist = h('div', { role: 'tablist', 'aria-label': label, class: 'tabs' });
  const panels = h('div', { class: 'tab-panels' });
  const entries = items.map((item) => {
    const tabId = uid('tab');
    const panelId = uid('tabpanel');
    const tab = h('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, class: 'tab' }, item.label);
    const panel = h('div', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, class: 'tab-panel', tabindex: '0' });
    tablist.appendChild(tab);
    panels.appendChild(panel);
    return { item, tab, panel };
  });

  function select(id, notify = true) {
    for (const e of entries) {
      const on = e.item.id === id;
      e.tab.setAttribute('aria-selected', String(on));
      e.tab.tabIndex = on ? 0 : -1;
      e.tab.classList.toggle('is-selected', on);
      e.panel.hidden = !on;
      if (on) e.item.render(e.panel);
    }
    if (notify && onSelect) onSelect(id);
  }

  for (const e of entries) {
    e.tab.addEventListener('click', () => select(e.item.id));
    e.tab.addEventListener('keydown', (ev) => {
      const i = entries.indexOf(e);
      let next = null;
      if (ev.key === 'ArrowRight') next = entries[(i + 1) % entries.length];
      if (ev.key === 'ArrowLeft') next = entries[(i - 1 + entries.length) % entries.length];
      if (next) {
        ev.preventDefault();
        next.tab.focus();
        select(next.item.id);
      }
    });
  }
  select(selected ?? items[0].id, false);
  return { element: h('div', { class: 'tabs-container' }, tablist, panels), tablist, select };
}

/** Polite live-region announcement (also visible as a toast). */
export function toast(text, kind = 'success') {
  let region = document.getElementById('toast-region');
  if (!region) {
    region = h('div', { id: 'toast-region', class: 'toast-region', role: 'status', 'aria-live': 'polite' });
    document.body.appendChild(region);
  }
  const node = h('div', { class: `toast toast-${kind}` }, text);
  region.appendChild(node);
  setTimeout(() => node.remove(), 4000);
}

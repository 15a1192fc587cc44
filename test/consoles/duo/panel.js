// Simulated Duo Admin Panel: a single-page app (history.pushState navigation,
// content rendered after the variant's renderDelayMs).
import { api, config, h, menuButton, mount, renderDelay, sleep, spinner, toast, uid } from '/_static/common/ui.js';
import { shapedDetails } from '/_static/duo/details.js';
import { pageAuthLog, universalPromptSection } from '/_static/duo/verify.js';

const cfg = config();
const variant = cfg.variant;
const shapes = cfg.shapes;
const catalogUi = variant.duoUi === 'catalog';
const main = document.getElementById('main');
// topBar 'pinned': the document scrolls under a position:sticky top bar (duo.css).
if (variant.topBar === 'pinned') document.documentElement.classList.add('top-bar-pinned');

// ------------------------------------------------------------------ app list
// [name, protection type, supported features]
const SSO = '2FA with SSO hosted by Duo (Single Sign-On)';
const CATALOG = [
  ['1Password', SSO, ['SSO']],
  ['Adobe Creative Cloud', SSO, ['SSO', 'Provisioning']],
  ['Admin API', 'Partner API', []],
  ['Amazon Web Services', SSO, ['SSO']],
  ['Atlassian Cloud', SSO, ['SSO']],
  ['Auth API', '2FA', ['2FA']],
  ['AWS Directory Service', '2FA', ['2FA']],
  ['Barracuda SSL VPN', '2FA', ['2FA']],
  ['Box', SSO, ['SSO']],
  ['Check Point', '2FA', ['2FA']],
  ['Cisco ASA', '2FA', ['2FA']],
  ['Cisco ASA SSL VPN', '2FA', ['2FA']],
  ['Cisco ISE RADIUS', '2FA', ['2FA']],
  ['Citrix Gateway', '2FA', ['2FA']],
  ['Confluence', '2FA', ['2FA']],
  ['Dropbox', SSO, ['SSO']],
  ['Epic Hyperspace', '2FA', ['2FA']],
  ['F5 BIG-IP APM', '2FA', ['2FA']],
  ['Fortinet FortiGate SSL VPN', '2FA', ['2FA']],
  ['GitHub Enterprise Cloud', SSO, ['SSO']],
  ['Google Workspace', SSO, ['SSO', 'Provisioning']],
  ['Jira', '2FA', ['2FA']],
  ['Juniper SSL VPN', '2FA', ['2FA']],
  ['LDAP Proxy', '2FA', ['2FA']],
  ['Linux SSH (PAM)', '2FA', ['2FA']],
  ['Microsoft ADFS', '2FA', ['2FA']],
  ['Microsoft Entra ID', '2FA', ['2FA', 'Provisioning']],
  ['Microsoft OWA', '2FA', ['2FA']],
  ['Microsoft RDP', '2FA', ['2FA']],
  ['NetScaler', '2FA', ['2FA']],
  ['Okta', '2FA', ['2FA']],
  ['OpenVPN', '2FA', ['2FA']],
  ['Oracle E-Business Suite', SSO, ['SSO']],
  ['Palo Alto GlobalProtect', '2FA', ['2FA', 'SSO']],
  ['RADIUS', '2FA', ['2FA']],
  ['Salesforce', SSO, ['SSO', 'Provisioning']],
  ['ServiceNow', SSO, ['SSO']],
  ['Slack', SSO, ['SSO', 'Provisioning']],
  ['Splunk', '2FA', ['2FA']],
  ['UNIX Application', '2FA', ['2FA']],
  ['VMware Horizon View', '2FA', ['2FA']],
  ['Web SDK', '2FA', ['2FA']],
  ['Windows Logon', '2FA', ['2FA']],
  ['Workday', SSO, ['SSO']],
  ['Zoom', SSO, ['SSO']],
].map(([name, protectionType, features]) => ({ name, protectionType, features }));

const DOCS_URL = 'https://duo.com/docs';

// --------------------------------------------------------------- chrome

/** A filter box's handler for a table of applications, and the row it shows when nothing matches. */
function rowFilter(rows) {
  const empty = h('tr', { hidden: true }, h('td', { colspan: '3', class: 'muted' }, 'No applications match your filter.'));
  const onFilter = (e) => {
    const q = e.target.value.trim().toLowerCase();
    let shown = 0;
    for (const r of rows) {
      r.hidden = !!q && !r.dataset.name.includes(q);
      if (!r.hidden) shown += 1;
    }
    empty.hidden = shown > 0;
  };
  return { empty, onFilter };
}

function renderChrome() {
  const searchId = uid('global-search');
  mount(
    document.getElementById('duo-header'),
    h('a', { href: '/', class: 'duo-logo', 'aria-label': 'Duo Admin Panel home' }, 'duo'),
    h(
      'form',
      { class: 'global-search', role: 'search', onSubmit: (e) => e.preventDefault() },
      h('label', { for: searchId, class: 'visually-hidden' }, 'Search for users, groups, applications, or devices'),
      h('input', { id: searchId, type: 'search', placeholder: 'Search for users, groups, applications, or devices' }),
    ),
    h(
      'div',
      { class: 'account' },
      h('span', { class: 'account-label' }, 'Account'),
      h('span', { class: 'account-name', 'data-account-name': '' }, cfg.duo.accountName),
      cfg.duo.federal ? h('span', { class: 'badge badge-federal' }, 'Federal') : null,
    ),
    h('div', { class: 'admin-user' }, cfg.duo.adminName),
  );

  const subLink = catalogUi
    ? { href: '/applications/catalog', label: 'Application Catalog' }
    : { href: '/applications/protect/types', label: 'Protect an Application' };
  const link = (href, label) => h('a', { href, class: 'nav-link' }, label);
  mount(
    document.getElementById('duo-sidebar'),
    h(
      'nav',
      { 'aria-label': 'Main', class: 'duo-nav' },
      h(
        'ul',
        {},
        h('li', {}, link('/', 'Dashboard')),
        h('li', {}, link('/device-insight', 'Device Insight')),
        h('li', {}, link('/policies', 'Policies')),
        h(
          'li',
          {},
          link('/applications', 'Applications'),
          h('ul', { class: 'duo-subnav' }, h('li', {}, link(subLink.href, subLink.label))),
        ),
        h('li', {}, link('/users', 'Users')),
        h('li', {}, link('/groups', 'Groups')),
        h('li', {}, link('/reports', 'Reports'), h('ul', { class: 'duo-subnav' }, h('li', {}, link('/reports/authentication', 'Authentication Log')))),
        h('li', {}, link('/settings', 'Settings')),
      ),
    ),
  );
}

function markCurrentNav(path) {
  for (const a of document.querySelectorAll('#duo-sidebar a')) {
    const href = a.getAttribute('href');
    if (href === path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// ----------------------------------------------------------------- router

let renderToken = 0;

export function navigate(path, state = null) {
  history.pushState(state, '', path);
  route();
}

function onDocumentClick(e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  if (url.pathname === location.pathname && url.hash) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
}

const ROUTES = [
  [/^\/$/, pageDashboard],
  [/^\/applications\/?$/, pageApplications],
  [/^\/applications\/protect\/types\/?$/, pageProtect],
  [/^\/applications\/catalog\/?$/, pageCatalog],
  [/^\/applications\/(DI[A-Z0-9]{18})\/?$/, pageApplication],
  [/^\/device-insight\/?$/, () => stub('Device Insight')],
  [/^\/policies\/?$/, () => stub('Policies')],
  [/^\/users\/?$/, pageUsers],
  [/^\/groups\/?$/, () => stub('Groups')],
  [/^\/reports\/?$/, () => stub('Reports')],
  [/^\/reports\/authentication\/?$/, pageAuthLog],
  [/^\/settings\/?$/, () => stub('Settings')],
];

async function route() {
  const token = ++renderToken;
  const path = location.pathname;
  markCurrentNav(path);
  mount(main, spinner());
  main.scrollTop = 0;
  await renderDelay();
  if (token !== renderToken) return;
  let view;
  try {
    const match = ROUTES.find(([re]) => re.test(path));
    view = match ? await match[1](...path.match(match[0]).slice(1)) : notFound();
  } catch (err) {
    console.warn('duo console: view failed', err && err.message);
    view = notFound();
  }
  if (token !== renderToken) return;
  mount(main, view.node);
  document.title = `${view.title} | Duo Admin Panel`;
  if (view.after) view.after();
}

function notFound() {
  return {
    title: 'Page not found',
    node: h(
      'div',
      { class: 'page' },
      h('h1', {}, 'Page not found'),
      h('p', {}, 'The page you requested could not be found.'),
      h('p', {}, h('a', { href: '/' }, 'Go to the Dashboard')),
    ),
  };
}

function stub(title) {
  return {
    title,
    node: h('div', { class: 'page' }, h('h1', {}, title), h('p', { class: 'muted' }, `${title} is not simulated in this test console.`)),
  };
}

// ----------------------------------------------------------------- pages

async function pageDashboard() {
  const apps = (await api('GET', '/api/duo/applications')).response;
  const menu = menuButton({
    label: 'Add New...',
    buttonClass: 'btn btn-primary',
    align: 'right',
    items: [
      { label: 'User', onSelect: () => navigate('/users') },
      { label: 'Group', onSelect: () => navigate('/groups') },
      { label: 'Application', onSelect: () => navigate(catalogUi ? '/applications/catalog' : '/applications/protect/types') },
      { label: 'Administrator', onSelect: () => navigate('/settings') },
    ],
  });
  const card = (label, value) => h('div', { class: 'stat-card' }, h('p', { class: 'stat-value' }, String(value)), h('p', { class: 'stat-label' }, label));
  return {
    title: 'Dashboard',
    node: h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-header' }, h('h1', {}, 'Dashboard'), h('div', { class: 'page-actions' }, menu.element)),
      h('section', { class: 'stats', 'aria-label': 'Account summary' }, card('Users', 128), card('Applications', apps.length), card('Bypass codes', 3)),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'auth-log-h' },
        h('h2', { id: 'auth-log-h' }, 'Authentication Log'),
        h(
          'table',
          { class: 'table' },
          h('thead', {}, h('tr', {}, ...['Timestamp (UTC)', 'Result', 'User', 'Application'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            h('tr', {}, h('td', {}, '2026-11-27 09:14:02'), h('td', {}, 'Granted'), h('td', {}, 'jdoe'), h('td', {}, 'Microsoft RDP')),
            h('tr', {}, h('td', {}, '2026-11-27 08:51:40'), h('td', {}, 'Granted'), h('td', {}, 'asmith'), h('td', {}, 'Cisco ASA SSL VPN')),
          ),
        ),
      ),
    ),
  };
}

async function pageApplications() {
  const apps = (await api('GET', '/api/duo/applications')).response;
  const filterId = uid('app-filter');
  const rows = apps.map((app) =>
    h(
      'tr',
      { 'data-name': app.name.toLowerCase() },
      h('td', {}, h('a', { href: `/applications/${app.ikey}` }, app.name)),
      h('td', {}, app.type),
      h('td', {}, app.protectionType),
    ),
  );
  const { empty, onFilter } = rowFilter(rows);
  const primary = catalogUi
    ? h('a', { href: '/applications/catalog', class: 'btn btn-primary' }, 'Application Catalog')
    : h('a', { href: '/applications/protect/types', class: 'btn btn-primary' }, 'Protect an Application');
  return {
    title: 'Applications',
    node: h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-header' }, h('h1', {}, 'Applications'), h('div', { class: 'page-actions' }, primary)),
      h('p', { class: 'muted' }, `${apps.length} protected applications`),
      h(
        'div',
        { class: 'toolbar' },
        h('label', { for: filterId }, 'Filter by name'),
        h('input', { id: filterId, type: 'text', class: 'input', onInput: onFilter }),
      ),
      h(
        'table',
        { class: 'table' },
        h('caption', { class: 'visually-hidden' }, 'Protected applications'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Protection Type'))),
        h('tbody', {}, ...rows, empty),
      ),
    ),
  };
}

async function protect(app, button) {
  button.disabled = true;
  const busy = h('span', { class: 'inline-status', role: 'status' }, 'Adding…');
  button.after(busy);
  try {
    const created = (await api('POST', '/api/duo/applications', { type: app.name, name: app.name, protectionType: app.protectionType })).response;
    navigate(`/applications/${created.ikey}`, { flash: `Successfully added ${created.name} to protected applications` });
  } catch (err) {
    busy.textContent = 'Could not add the application.';
    button.disabled = false;
  }
}

async function pageProtect() {
  const filterId = uid('protect-filter');
  const rows = CATALOG.map((app) => {
    const btn = h('button', { type: 'button', class: 'btn btn-primary btn-small', onClick: () => protect(app, btn) }, 'Protect');
    return h(
      'tr',
      { 'data-name': app.name.toLowerCase() },
      h('td', {}, h('span', { class: 'app-name' }, app.name), h('br'), h('a', { href: DOCS_URL, class: 'small', target: '_blank', rel: 'noopener' }, 'Documentation')),
      h('td', {}, app.protectionType),
      h('td', { class: 'cell-action' }, btn),
    );
  });
  const { empty, onFilter } = rowFilter(rows);
  return {
    title: 'Protect an Application',
    node: h(
      'div',
      { class: 'page' },
      h('nav', { 'aria-label': 'Breadcrumb', class: 'breadcrumb' }, h('ol', {}, h('li', {}, h('a', { href: '/applications' }, 'Applications')), h('li', { 'aria-current': 'page' }, 'Protect an Application'))),
      h('h1', {}, 'Protect an Application'),
      h('p', { class: 'muted' }, 'Find the application you want to protect, then click Protect.'),
      h(
        'div',
        { class: 'toolbar' },
        h('label', { for: filterId }, 'Filter applications'),
        h('input', { id: filterId, type: 'text', class: 'input', onInput: onFilter }),
      ),
      h(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-label': 'Applications you can protect', tabindex: '0' },
        h(
          'table',
          { class: 'table table-protect' },
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, 'Application'), h('th', { scope: 'col' }, 'Protection Type'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Action'))),
          ),
          h('tbody', {}, ...rows, empty),
        ),
      ),
    ),
  };
}

async function pageCatalog() {
  const searchId = uid('catalog-search');
  const featureId = uid('catalog-features');
  const state = { q: '', feature: '' };
  const tiles = CATALOG.map((app) => {
    const titleId = uid('tile-title');
    const btn = h('button', { type: 'button', class: 'btn btn-secondary btn-small', onClick: () => protect(app, btn) }, h('span', { 'aria-hidden': 'true' }, '+ '), 'Add');
    const li = h(
      'li',
      { class: 'tile-item' },
      h(
        'article',
        { class: 'tile', 'aria-labelledby': titleId },
        h('h3', { id: titleId, class: 'tile-title' }, app.name),
        h('p', { class: 'tile-desc' }, app.protectionType),
        h('ul', { class: 'feature-labels', 'aria-label': 'Features' }, ...app.features.map((f) => h('li', { class: 'label' }, f))),
        h('div', { class: 'tile-actions' }, btn),
      ),
    );
    return { app, li };
  });
  const empty = h('p', { class: 'muted', hidden: true }, 'No applications match your search.');
  const apply = () => {
    let shown = 0;
    for (const t of tiles) {
      const okQ = !state.q || t.app.name.toLowerCase().includes(state.q);
      const okF = !state.feature || t.app.features.includes(state.feature);
      t.li.hidden = !(okQ && okF);
      if (!t.li.hidden) shown += 1;
    }
    empty.hidden = shown > 0;
  };
  return {
    title: 'Application Catalog',
    node: h(
      'div',
      { class: 'page' },
      h('nav', { 'aria-label': 'Breadcrumb', class: 'breadcrumb' }, h('ol', {}, h('li', {}, h('a', { href: '/applications' }, 'Applications')), h('li', { 'aria-current': 'page' }, 'Application Catalog'))),
      h('h1', {}, 'Application Catalog'),
      h(
        'div',
        { class: 'toolbar' },
        h('label', { for: searchId }, 'Search applications'),
        h('input', {
          id: searchId,
          type: 'search',
          class: 'input',
          onInput: (e) => {
            state.q = e.target.value.trim().toLowerCase();
            apply();
          },
        }),
        h('label', { for: featureId }, 'Supported features'),
        h(
          'select',
          {
            id: featureId,
            class: 'input',
            onChange: (e) => {
              state.feature = e.target.value;
              apply();
            },
          },
          h('option', { value: '' }, 'All features'),
          h('option', { value: '2FA' }, '2FA'),
          h('option', { value: 'SSO' }, 'SSO'),
          h('option', { value: 'Provisioning' }, 'Provisioning'),
        ),
      ),
      h('ul', { class: 'tiles', 'aria-label': 'Applications' }, ...tiles.map((t) => t.li)),
      empty,
    ),
  };
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    toast('Copied to clipboard');
  } catch {
    toast('Could not copy to the clipboard', 'error');
  }
}

async function fetchSecret(ikey) {
  const data = await api('GET', `/api/duo/applications/${ikey}/secret`);
  return data.response.secret;
}

async function pageApplication(ikey) {
  let app;
  try {
    app = (await api('GET', `/api/duo/applications/${ikey}`)).response;
  } catch {
    return notFound();
  }
  const masked = variant.secretMasked;
  // Unmasked variant: the secret is part of the initial render.
  let secret = masked ? null : await fetchSecret(ikey);
  const clientLabels = variant.duoLabels === 'client';
  const L = clientLabels
    ? { ikey: 'Client ID', skey: 'Client secret', host: 'API hostname', skeyLower: 'client secret' }
    : { ikey: 'Integration key', skey: 'Secret key', host: 'API hostname', skeyLower: 'secret key' };
  const flash = history.state && history.state.flash;

  const copyBtn = (get) => h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: async () => copyText(await get()) }, 'Copy');
  // Show fetches the secret (~200 ms) and re-renders it in place; Hide drops it from the DOM again.
  const showHideButton = (shown, rerender) =>
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small btn-link',
        'aria-label': `${shown ? 'Hide' : 'Show'} ${L.skeyLower}`,
        onClick: async (e) => {
          if (shown) {
            secret = null;
            rerender(false);
            return;
          }
          e.currentTarget.disabled = true;
          await sleep(200);
          secret = await fetchSecret(ikey);
          rerender(true);
        },
      },
      shown ? 'Hide' : 'Show',
    );

  let details;
  if (shapes.duoLabel !== 'as-is' || shapes.duoHolder !== 'as-is') {
    details = shapedDetails({
      tag: shapes.duoLabel === 'as-is' ? (clientLabels ? 'th' : 'dt') : shapes.duoLabel,
      holder: shapes.duoHolder === 'as-is' ? (clientLabels ? 'span' : 'input') : shapes.duoHolder,
      hints: shapes.hints,
      labels: L,
      app,
      secret: () => secret,
      masked,
      showHide: showHideButton,
      copyBtn,
      copySecret: () => copyBtn(async () => secret ?? (await fetchSecret(ikey))),
    });
  } else if (!clientLabels) {
    // <dl>: <dt><label for> … <dd><input readonly> + Copy
    const ikeyId = uid('ikey');
    const skeyId = uid('skey');
    const hostId = uid('host');
    const skeyLabel = h('label', masked ? {} : { for: skeyId }, L.skey);
    const skeyDd = h('dd', {});
    const renderSecret = (shown) => {
      const children = [];
      if (shown) {
        skeyLabel.htmlFor = skeyId;
        children.push(h('input', { id: skeyId, type: 'text', class: 'copy-input', readonly: true, value: secret, spellcheck: 'false' }));
      } else {
        skeyLabel.removeAttribute('for');
        children.push(h('span', { class: 'masked-value' }, '••••••••'));
      }
      if (masked) children.push(showHideButton(shown, renderSecret));
      children.push(copyBtn(async () => secret ?? (await fetchSecret(ikey))));
      mount(skeyDd, ...children);
    };
    renderSecret(!masked);
    details = h(
      'dl',
      { class: 'details-list' },
      h(
        'div',
        { class: 'details-row' },
        h('dt', {}, h('label', { for: ikeyId }, L.ikey)),
        h('dd', {}, h('input', { id: ikeyId, type: 'text', class: 'copy-input', readonly: true, value: app.ikey, spellcheck: 'false' }), copyBtn(() => app.ikey)),
      ),
      h('div', { class: 'details-row' }, h('dt', {}, skeyLabel), skeyDd),
      h(
        'div',
        { class: 'details-row' },
        h('dt', {}, h('label', { for: hostId }, L.host)),
        h('dd', {}, h('input', { id: hostId, type: 'text', class: 'copy-input', readonly: true, value: app.apiHost, spellcheck: 'false' }), copyBtn(() => app.apiHost)),
      ),
      // What kind of application this is: the guide reads keys only from an Okta application.
      h('div', { class: 'details-row' }, h('dt', {}, 'Type'), h('dd', {}, app.type)),
    );
  } else {
    // <table>: <th scope="row">Label</th><td>value text + Copy</td>
    const secretTd = h('td', {});
    const renderSecret = (shown) => {
      const children = [shown ? h('span', { class: 'detail-value' }, secret) : h('span', { class: 'detail-value masked-value' }, '••••••••'), ' '];
      if (masked) children.push(showHideButton(shown, renderSecret), ' ');
      children.push(copyBtn(async () => secret ?? (await fetchSecret(ikey))));
      mount(secretTd, ...children);
    };
    renderSecret(!masked);
    details = h(
      'table',
      { class: 'details-table' },
      h(
        'tbody',
        {},
        h('tr', {}, h('th', { scope: 'row' }, L.ikey), h('td', {}, h('span', { class: 'detail-value' }, app.ikey), ' ', copyBtn(() => app.ikey))),
        h('tr', {}, h('th', { scope: 'row' }, L.skey), secretTd),
        h('tr', {}, h('th', { scope: 'row' }, L.host), h('td', {}, h('span', { class: 'detail-value' }, app.apiHost), ' ', copyBtn(() => app.apiHost))),
        h('tr', {}, h('th', { scope: 'row' }, 'Type'), h('td', {}, h('span', { class: 'detail-value' }, app.type))),
      ),
    );
  }

  // Settings (name) — a framework model again, saved on "Save".
  const settingsModel = { name: app.name };
  const nameId = uid('app-name');
  const settingsStatus = h('p', { class: 'inline-status', role: 'status' });
  const settingsForm = h(
    'form',
    {
      class: 'settings-form',
      novalidate: true,
      onSubmit: async (e) => {
        e.preventDefault();
        try {
          const saved = (await api('POST', `/api/duo/applications/${ikey}`, { name: settingsModel.name })).response;
          settingsStatus.textContent = 'Saved.';
          pageTitle.textContent = saved.name;
        } catch (err) {
          settingsStatus.textContent = (err.data && err.data.message) || 'Could not save.';
        }
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: nameId }, 'Name'),
      h('input', {
        id: nameId,
        type: 'text',
        class: 'input',
        value: app.name,
        onInput: (e) => (settingsModel.name = e.target.value),
        onChange: (e) => (settingsModel.name = e.target.value),
      }),
      h('p', { class: 'help' }, 'Duo Push users will see this when approving transactions.'),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save'),
    settingsStatus,
  );

  const pageTitle = h('h1', {}, app.name);
  return {
    title: app.name,
    node: h(
      'div',
      { class: 'page' },
      h('nav', { 'aria-label': 'Breadcrumb', class: 'breadcrumb' }, h('ol', {}, h('li', {}, h('a', { href: '/applications' }, 'Applications')), h('li', { 'aria-current': 'page' }, app.name))),
      pageTitle,
      flash ? h('div', { class: 'alert alert-success', role: 'status' }, flash) : null,
      h('p', { class: 'muted' }, 'See the ', h('a', { href: `${DOCS_URL}/okta`, target: '_blank', rel: 'noopener' }, `${app.type} documentation`), ` to integrate Duo into your ${app.type} deployment.`),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'details-heading' },
        h('h2', { id: 'details-heading' }, 'Details'),
        details,
        h('p', { class: 'warning-text' }, `Don't write down your ${L.skeyLower} or share it with anyone.`),
      ),
      universalPromptSection(app),
      h('section', { class: 'card', 'aria-labelledby': 'settings-heading' }, h('h2', { id: 'settings-heading' }, 'Settings'), settingsForm),
    ),
  };
}

async function pageUsers() {
  const users = [
    ['jdoe', 'Jane Doe', 'Active'],
    ['asmith', 'Alex Smith', 'Active'],
    ['bwong', 'Bo Wong', 'Bypass'],
  ];
  return {
    title: 'Users',
    node: h(
      'div',
      { class: 'page' },
      h('h1', {}, 'Users'),
      h(
        'table',
        { class: 'table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Username'), h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Status'))),
        h('tbody', {}, ...users.map((u) => h('tr', {}, ...u.map((c) => h('td', {}, c))))),
      ),
    ),
  };
}

// ------------------------------------------------------------------ start

renderChrome();
document.addEventListener('click', onDocumentClick);
window.addEventListener('popstate', () => route());
route();

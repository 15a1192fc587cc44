// Simulated Okta admin console: shared chrome (header, rockstar-style side nav,
// footer with cell / engine / release) and a router by location.pathname.
// Top-level pages are full page loads; views inside a page change in place.
import { config, h, mount, renderDelay, spinner, uid } from '/_static/common/ui.js';
import dashboard from '/_static/okta/pages/dashboard.js';
import multifactorClassic from '/_static/okta/pages/multifactor-classic.js';
import authenticators from '/_static/okta/pages/authenticators.js';
import { classicAuthenticationPage, globalSessionPolicyPage } from '/_static/okta/pages/signon.js';
import authenticationPolicies from '/_static/okta/pages/authn-policies.js';
import identityProviders from '/_static/okta/pages/idps.js';
import features from '/_static/okta/pages/features.js';
import accessTesting from '/_static/okta/pages/access-testing.js';

const cfg = config();
const okta = cfg.okta;
// topBar 'pinned': the document scrolls under a position:fixed top bar (okta.css).
if (cfg.variant?.topBar === 'pinned') document.documentElement.classList.add('top-bar-pinned');
const classic = okta.engine === 'classic';

const SECURITY_ITEMS = classic
  ? [
      ['General', '/admin/access/general'],
      ['HealthInsight', '/admin/access/healthinsight'],
      ['Authentication', '/admin/access/policies'],
      ['Multifactor', '/admin/access/multifactor'],
      ['Identity Providers', '/admin/access/identity-providers'],
      ['API', '/admin/access/api/tokens'],
    ]
  : [
      ['General', '/admin/access/general'],
      ['HealthInsight', '/admin/access/healthinsight'],
      ['Authenticators', '/admin/access/multifactor'],
      ['Authentication Policies', '/admin/authn/authentication-policies'],
      ['Global Session Policy', '/admin/access/policies'],
      ['Identity Providers', '/admin/access/identity-providers'],
      ['API', '/admin/access/api/tokens'],
    ];

const NAV = [
  {
    id: 'DASHBOARD',
    label: 'Dashboard',
    items: [
      ['Dashboard', '/admin/dashboard'],
      ['Tasks', '/admin/tasks'],
      ['Agents', '/admin/agents'],
      ['Notifications', '/admin/notifications'],
    ],
  },
  {
    id: 'DIRECTORY',
    label: 'Directory',
    items: [
      ['People', '/admin/users'],
      ['Groups', '/admin/groups'],
      ['Profile Editor', '/admin/universaldirectory'],
      ['Directory Integrations', '/admin/people/directories'],
    ],
  },
  {
    id: 'APPLICATIONS',
    label: 'Applications',
    items: [
      ['Applications', '/admin/apps/active'],
      ['Self Service', '/admin/apps/self-service'],
    ],
  },
  { id: 'SECURITY', label: 'Security', items: SECURITY_ITEMS },
  {
    id: 'REPORTS',
    label: 'Reports',
    items: [
      ['Reports', '/admin/reports'],
      ['System Log', '/report/system_log_2'],
      // Identity Engine only (help.okta.com/oie "Access Testing Tool").
      ...(classic ? [] : [['Access Testing Tool', '/admin/access-testing-tool']]),
    ],
  },
  {
    id: 'SETTINGS',
    label: 'Settings',
    items: [
      ['Account', '/admin/settings/account'],
      ['Features', '/admin/settings/features'],
      ['Downloads', '/admin/settings/downloads'],
    ],
  },
];

const path = location.pathname.replace(/\/+$/, '') || '/';

function renderHeader() {
  const searchId = uid('admin-search');
  mount(
    document.getElementById('admin-header'),
    h('a', { href: '/admin/dashboard', class: 'okta-logo', 'aria-label': 'Okta Admin Console home' }, 'okta'),
    h('span', { class: 'org-name' }, okta.displayName),
    h(
      'form',
      { class: 'admin-search', role: 'search', onSubmit: (e) => e.preventDefault() },
      h('label', { for: searchId, class: 'visually-hidden' }, 'Search for people, apps and groups'),
      h('input', { id: searchId, type: 'search', placeholder: 'Search for people, apps and groups' }),
    ),
    h(
      'div',
      { class: 'header-right' },
      h('a', { href: `${okta.endUserUrl}/app/UserHome`, class: 'header-link' }, 'My end user dashboard'),
      h('span', { class: 'admin-user' }, okta.adminUser, h('span', { class: 'admin-org' }, okta.org)),
    ),
  );
}

function renderSideNav() {
  const sections = NAV.map((section) => {
    const listId = `nav-${section.id}`;
    const containsCurrent = section.items.some(([, href]) => href === path);
    const toggle = h('button', { type: 'button', class: 'nav-section-toggle', 'aria-expanded': String(containsCurrent), 'aria-controls': listId }, section.label);
    const list = h(
      'ul',
      { id: listId, class: 'nav-items', hidden: !containsCurrent },
      ...section.items.map(([label, href]) =>
        h(
          'li',
          {},
          h('a', { class: 'nav-item--wrapper', href, 'aria-current': href === path ? 'page' : undefined }, h('p', { class: 'nav-item--label' }, label)),
        ),
      ),
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    });
    return h('li', { class: 'side-nav-section', 'data-se': `o-side-nav-item-${section.id}` }, toggle, list);
  });
  mount(document.getElementById('side-nav'), h('nav', { class: 'o-side-nav', 'aria-label': 'Admin console' }, h('ul', { class: 'nav-sections' }, ...sections)));
}

function renderFooter() {
  const engineLetter = classic ? 'C' : 'E';
  mount(
    document.getElementById('admin-footer'),
    h('p', {}, '© 2026 Okta, Inc. ', h('a', { href: '/admin/privacy' }, 'Privacy')),
    h('p', { class: 'footer-version', 'data-se': 'footer-version' }, `Cell: ${okta.cell} Production ${engineLetter} ${okta.release}`),
  );
}

function stub(title) {
  return {
    title,
    render(el) {
      mount(el, h('h1', {}, title), h('p', { class: 'subtle' }, `${title} is not simulated in this test console.`));
    },
  };
}

const notFound = {
  title: 'Page Not Found',
  render(el) {
    mount(el, h('h1', {}, 'Page Not Found'), h('p', {}, "The page you're looking for doesn't exist."), h('p', {}, h('a', { href: '/admin/dashboard' }, 'Go to the Dashboard')));
  },
};

function pickPage() {
  switch (path) {
    case '/admin/dashboard':
      return dashboard;
    case '/admin/access/multifactor':
      return classic ? multifactorClassic : authenticators;
    case '/admin/access/policies':
      return classic ? classicAuthenticationPage : globalSessionPolicyPage;
    case '/admin/authn/authentication-policies':
      return classic ? notFound : authenticationPolicies;
    case '/admin/access/identity-providers':
      return identityProviders;
    case '/admin/settings/features':
      return features;
    case '/admin/access-testing-tool':
      return classic ? notFound : accessTesting;
    default: {
      for (const section of NAV) {
        for (const [label, href] of section.items) if (href === path) return stub(label);
      }
      return notFound;
    }
  }
}

async function start() {
  renderHeader();
  renderSideNav();
  renderFooter();
  const pageEl = document.getElementById('page');
  const page = pickPage();
  document.title = `${page.title} | ${okta.displayName} - Okta Admin Console`;
  mount(pageEl, spinner());
  await renderDelay();
  try {
    await page.render(pageEl);
  } catch (err) {
    console.warn('okta console: page failed', err && err.message);
    mount(pageEl, h('h1', {}, page.title), h('p', { class: 'infobox infobox-error' }, 'Something went wrong loading this page.'));
  }
}

start();

// Okta end-user pages: /app/UserHome (My Apps). The sign-in pages (/signin/…) are the real
// Sign-In Widget's (signin.js).
import { config, h, mount, renderDelay, spinner } from '/_static/common/ui.js';

const cfg = config();
const okta = cfg.okta;
const app = document.getElementById('app');
const path = location.pathname.replace(/\/+$/, '') || '/';

function userHome() {
  document.title = `My Apps | ${okta.displayName}`;
  const apps = ['Slack', 'Google Workspace', 'Salesforce', 'Zoom'];
  mount(
    app,
    h(
      'header',
      { class: 'enduser-header' },
      h('span', { class: 'okta-logo' }, 'okta'),
      h('span', { class: 'org-name' }, okta.displayName),
      h('div', { class: 'header-right' }, h('a', { class: 'button button-primary', href: `${okta.adminUrl}/admin/dashboard` }, 'Admin'), h('span', { class: 'admin-user' }, okta.adminUser)),
    ),
    h(
      'main',
      { id: 'main', class: 'enduser-main' },
      h('h1', {}, 'My Apps'),
      h('ul', { class: 'app-tiles', 'aria-label': 'Apps' }, ...apps.map((a) => h('li', {}, h('a', { href: '#', class: 'app-tile' }, a)))),
    ),
  );
}

async function start() {
  mount(app, spinner());
  await renderDelay();
  if (path === '/app/UserHome') return userHome();
  document.title = 'Page Not Found';
  mount(app, h('main', { id: 'main', class: 'enduser-main' }, h('h1', {}, 'Page Not Found'), h('p', {}, h('a', { href: '/app/UserHome' }, 'Go to My Apps'))));
}

start();

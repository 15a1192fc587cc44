// Okta end-user pages: /app/UserHome (My Apps) and /signin/enroll (Sign-In Widget MFA enrollment).
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

function widgetShell(...content) {
  return h(
    'main',
    { id: 'main', class: 'widget-page' },
    h(
      'div',
      { id: 'okta-sign-in', class: 'auth-container main-container no-beacon' },
      h('div', { class: 'okta-sign-in-header auth-header' }, h('span', { class: 'okta-logo auth-org-logo' }, okta.displayName)),
      h('div', { class: 'auth-content' }, h('div', { class: 'auth-content-inner' }, ...content)),
    ),
  );
}

function enrollChoices() {
  const setup = h('a', { href: '#', class: 'button', 'data-se': 'enroll-factor' }, 'Setup');
  setup.addEventListener('click', (e) => {
    e.preventDefault();
    enrollDuo();
  });
  mount(
    app,
    widgetShell(
      h(
        'div',
        { class: 'enroll-choices' },
        h(
          'form',
          { class: 'o-form', 'data-se': 'o-form', novalidate: true, onSubmit: (e) => e.preventDefault() },
          h(
            'div',
            { class: 'o-form-content o-form-theme clearfix', 'data-se': 'o-form-content' },
            h('h2', { class: 'okta-form-title o-form-head', 'data-se': 'o-form-head' }, 'Set up multifactor authentication'),
            h('p', { class: 'okta-form-subtitle o-form-explain', 'data-se': 'o-form-explain' }, 'Your company requires multifactor authentication to add an additional layer of security when signing in to your Okta account'),
            h(
              'div',
              { class: 'o-form-fieldset-container', 'data-se': 'o-form-fieldset-container' },
              h('p', { class: 'list-title' }, 'Required'),
              h(
                'ul',
                { class: 'enroll-factor-list' },
                h(
                  'li',
                  { class: 'enroll-factor-row clearfix', 'data-se': 'enroll-factor-row-duo' },
                  h('div', { class: 'enroll-factor-icon-container' }, h('div', { class: 'factor-icon mfa-duo', 'aria-hidden': 'true' })),
                  h(
                    'div',
                    { class: 'enroll-factor-description' },
                    h('h3', { class: 'enroll-factor-label' }, 'Duo Security'),
                    h('p', {}, 'Use Push Notification, SMS, or Voice Call to authenticate.'),
                    h('div', { class: 'enroll-factor-button' }, setup),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

async function enrollDuo() {
  mount(app, widgetShell(spinner()));
  await renderDelay();
  const back = h('a', { href: '#', class: 'link help js-back', 'data-se': 'back-link' }, 'Back to factor list');
  back.addEventListener('click', (e) => {
    e.preventDefault();
    enrollChoices();
  });
  mount(
    app,
    widgetShell(
      h(
        'div',
        { class: 'o-form', 'data-se': 'o-form' },
        h('h2', { class: 'okta-form-title o-form-head', 'data-se': 'o-form-head' }, 'Setup Duo Security'),
        h('div', { class: 'duo-iframe-placeholder', 'data-se': 'duo-container', role: 'region', 'aria-label': 'Duo Security enrollment' }, h('p', {}, 'Duo Security enrollment'), h('p', { class: 'subtle' }, '(The Duo Prompt would load here.)')),
        h('div', { class: 'auth-footer' }, back),
      ),
    ),
  );
}

async function start() {
  mount(app, spinner());
  await renderDelay();
  if (path === '/app/UserHome') return userHome();
  if (path === '/signin/enroll') {
    document.title = `${okta.displayName} - Sign In`;
    return enrollChoices();
  }
  document.title = 'Page Not Found';
  mount(app, h('main', { id: 'main', class: 'enduser-main' }, h('h1', {}, 'Page Not Found'), h('p', {}, h('a', { href: '/app/UserHome' }, 'Go to My Apps'))));
}

start();

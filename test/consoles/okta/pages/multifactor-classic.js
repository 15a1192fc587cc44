// Classic Engine: Security > Multifactor (/admin/access/multifactor).
// Tabs "Factor Types" / "Factor Enrollment" (#policies). Factor list on the left;
// "#duo" (or any factor id) selects a factor, so a reload keeps the selection.
import { api, h, menuButton, mount, renderDelay, spinner, tabs, toast, uid } from '/_static/common/ui.js';
import { courageForm } from '/_static/okta/courage.js';

const FACTORS = [
  { id: 'okta_verify', name: 'Okta Verify', status: 'Active', text: 'Okta Verify is a mobile app that verifies a user’s identity with a push notification or a six-digit code.' },
  { id: 'sms', name: 'SMS Authentication', status: 'Inactive', text: 'Users receive a one-time code by text message.' },
  { id: 'call', name: 'Voice Call Authentication', status: 'Inactive', text: 'Users receive a one-time code by phone call.' },
  { id: 'google_otp', name: 'Google Authenticator', status: 'Inactive', text: 'Users enter a time-based code from Google Authenticator.' },
  { id: 'duo', name: 'Duo Security', status: null, text: 'Duo Security is a third-party factor. Users verify their identity with Duo Push, a passcode or a phone call in the Duo Prompt.' },
  { id: 'yubikey', name: 'YubiKey', status: 'Inactive', text: 'Users verify with a YubiKey one-time password.' },
  { id: 'question', name: 'Security Question', status: 'Inactive', text: 'Users answer a security question.' },
  { id: 'email', name: 'Email Authentication', status: 'Inactive', text: 'Users receive a one-time code by email.' },
];

const USERNAME_FORMATS = [
  ['OKTA_USERNAME', 'Okta username'],
  ['EMAIL', 'Email'],
  ['SAM_ACCOUNT_NAME', 'SAM Account Name'],
];

function factorFromHash() {
  const id = location.hash.replace(/^#/, '');
  return FACTORS.find((f) => f.id === id) ? id : null;
}

export default {
  title: 'Multifactor',
  async render(el) {
    let selectedFactor = factorFromHash() || 'okta_verify';
    let renderToken = 0;
    const detail = h('div', { class: 'factor-detail', id: uid('factor-detail') });

    const factorLinks = FACTORS.map((f) => h('a', { href: `#${f.id}`, class: 'factor-link', 'data-factor': f.id }, f.name));
    const factorList = h(
      'nav',
      { class: 'factor-list', 'aria-label': 'Factor types' },
      h('ul', {}, ...factorLinks.map((a) => h('li', {}, a))),
    );

    async function selectFactor(id) {
      selectedFactor = id;
      const token = ++renderToken;
      for (const a of factorLinks) {
        if (a.dataset.factor === id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
      mount(detail, spinner());
      await renderDelay();
      if (token !== renderToken) return;
      const f = FACTORS.find((x) => x.id === id);
      if (id === 'duo') await renderDuo(detail);
      else renderSimpleFactor(detail, f);
    }

    function renderFactorTypes(panel) {
      if (!panel.firstChild) {
        panel.append(h('div', { class: 'factor-layout' }, factorList, detail));
        selectFactor(selectedFactor);
      }
    }

    function renderEnrollment(panel) {
      mount(panel, spinner());
      renderDelay().then(async () => {
        const duo = await api('GET', '/api/v1/org/factors/duo');
        const active = FACTORS.filter((f) => (f.id === 'duo' ? duo.status === 'ACTIVE' : f.status === 'Active'));
        mount(
          panel,
          h('div', { class: 'section-header' }, h('h2', {}, 'Multifactor Enrollment Policies'), h('button', { type: 'button', class: 'button' }, 'Add Multifactor Policy')),
          h(
            'section',
            { class: 'card', 'aria-label': 'Default Policy' },
            h('h3', {}, 'Default Policy'),
            h('p', { class: 'subtle' }, 'The default MFA enrollment policy applies to everyone.'),
            h(
              'table',
              { class: 'data-list-table' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Factor'), h('th', { scope: 'col' }, 'Enrollment'))),
              h('tbody', {}, ...active.map((f) => h('tr', {}, h('td', {}, f.name), h('td', {}, 'Optional')))),
            ),
          ),
        );
      });
    }

    const tabSet = tabs({
      label: 'Multifactor',
      items: [
        { id: 'factors', label: 'Factor Types', render: renderFactorTypes },
        { id: 'policies', label: 'Factor Enrollment', render: renderEnrollment },
      ],
      selected: location.hash === '#policies' ? 'policies' : 'factors',
      onSelect: (id) => history.replaceState(null, '', id === 'policies' ? '#policies' : `#${selectedFactor}`),
    });

    window.addEventListener('hashchange', () => {
      if (location.hash === '#policies') return tabSet.select('policies', false);
      const id = factorFromHash();
      if (id) {
        tabSet.select('factors', false);
        if (id !== selectedFactor || !detail.firstChild) selectFactor(id);
      }
    });

    mount(el, h('h1', {}, 'Multifactor'), tabSet.element);
  },
};

function renderSimpleFactor(container, f) {
  mount(
    container,
    h('div', { class: 'factor-header' }, h('h2', {}, f.name), h('span', { class: `status-label status-${f.status.toLowerCase()}` }, f.status)),
    h('p', {}, f.text),
  );
}

async function renderDuo(container) {
  let factor = await api('GET', '/api/v1/org/factors/duo');
  const errorBox = h('div', { class: 'infobox infobox-error', role: 'alert', hidden: true });
  const statusSlot = h('div', { class: 'status-control' });
  const settingsBody = h('div', { class: 'settings-body' });
  const editBtn = h('button', { type: 'button', class: 'button', onClick: () => showForm() }, 'Edit');

  function renderStatus() {
    const active = factor.status === 'ACTIVE';
    const menu = menuButton({
      label: [active ? 'Active' : 'Inactive', h('span', { class: 'caret', 'aria-hidden': 'true' }, ' ▾')],
      buttonClass: `button status-button ${active ? 'status-active' : 'status-inactive'}`,
      align: 'right',
      items: [
        {
          label: active ? 'Deactivate' : 'Activate',
          onSelect: async () => {
            errorBox.hidden = true;
            try {
              factor = await api('POST', `/api/v1/org/factors/duo/lifecycle/${active ? 'deactivate' : 'activate'}`, {});
              renderStatus();
              toast(`Duo Security is ${factor.status === 'ACTIVE' ? 'active' : 'inactive'}`);
            } catch (err) {
              const causes = (err.data && err.data.errorCauses) || [];
              errorBox.textContent = causes.length ? causes.map((c) => c.errorSummary.replace(/^\w+: /, '')).join(' ') : err.message;
              errorBox.hidden = false;
            }
          },
        },
      ],
    });
    mount(statusSlot, menu.element);
  }

  function showView() {
    const s = factor.settings;
    const format = s ? (USERNAME_FORMATS.find(([v]) => v === s.userNameFormat) || [null, s.userNameFormat])[1] : null;
    editBtn.hidden = false;
    mount(
      settingsBody,
      s
        ? h(
            'dl',
            { class: 'kv settings-view' },
            h('dt', {}, 'Integration key'),
            h('dd', {}, s.integrationKey),
            h('dt', {}, 'Secret key'),
            h('dd', {}, '••••••••••'),
            h('dt', {}, 'API Hostname'),
            h('dd', {}, s.host),
            h('dt', {}, 'Duo Security Username Format'),
            h('dd', {}, format),
          )
        : h('p', { class: 'subtle settings-view' }, 'Duo Security is not configured. Click Edit to enter your Duo Security settings.'),
    );
  }

  function showForm() {
    editBtn.hidden = true;
    const s = factor.settings || {};
    const { form } = courageForm({
      model: {
        integrationKey: s.integrationKey || '',
        secretKey: '',
        host: s.host || '',
        userNameFormat: s.userNameFormat || 'OKTA_USERNAME',
      },
      fields: [
        { name: 'integrationKey', label: 'Integration key', type: 'text' },
        { name: 'secretKey', label: 'Secret key', type: 'password' },
        { name: 'host', label: 'API Hostname', type: 'text' },
        { name: 'userNameFormat', label: 'Duo Security Username Format', type: 'select', options: USERNAME_FORMATS, shaped: true },
      ],
      save: 'Save',
      cancel: 'Cancel',
      onCancel: showView,
      async onSubmit(model) {
        factor = await api('POST', '/api/v1/org/factors/duo', {
          integrationKey: model.integrationKey,
          secretKey: model.secretKey,
          host: model.host,
          userNameFormat: model.userNameFormat,
        });
        showView();
        toast('Duo Security settings saved');
      },
    });
    mount(settingsBody, form);
    const first = form.querySelector('input:not([type="hidden"])');
    if (first) first.focus();
  }

  const settingsHeadingId = uid('duo-settings');
  mount(
    container,
    h('div', { class: 'factor-header' }, h('h2', {}, 'Duo Security'), statusSlot),
    errorBox,
    h('p', {}, FACTORS.find((f) => f.id === 'duo').text),
    h(
      'section',
      { class: 'card', 'aria-labelledby': settingsHeadingId },
      h('div', { class: 'section-header' }, h('h3', { id: settingsHeadingId }, 'Duo Security Settings'), editBtn),
      settingsBody,
    ),
  );
  renderStatus();
  showView();
}

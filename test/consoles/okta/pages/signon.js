// Okta sign-on policies at /admin/access/policies:
//  - Classic Engine: Security > Authentication (tabs Password / Sign On), "Add Rule" dialog,
//    MFA wording per variant.ruleWording ('old': Prompt for Factor; 'new': MFA is Required ...).
//  - Identity Engine: Security > Global Session Policy, "Add rule" dialog.
// The dialog body is the scrolling container; the MFA section and the submit button sit below its fold.
import { api, config, h, mount, openDialog, renderDelay, spinner, tabs, toast, uid } from '/_static/common/ui.js';
import { courageForm } from '/_static/okta/courage.js';

const PROMPT_LABELS_OLD = { DEVICE: 'Per Device', ALWAYS: 'Every Time', SESSION: 'Per Session' };
const PROMPT_LABELS_NEW = {
  ALWAYS: 'At every sign in',
  DEVICE: 'When signing in with a new device cookie',
  SESSION: 'After MFA lifetime expires for the device cookie',
};

function mfaSummary(r) {
  const s = (r.actions && r.actions.signon) || {};
  if (s.access === 'DENY') return '—';
  if (!s.requireFactor) return 'Not required';
  const wording = config().variant.ruleWording === 'new' || config().okta.engine === 'oie' ? PROMPT_LABELS_NEW : PROMPT_LABELS_OLD;
  return `Required (${wording[s.factorPromptMode] || s.factorPromptMode})`;
}

function rulesTable(rules, { nameHeader }) {
  return h(
    'table',
    { class: 'data-list-table rules-table' },
    h('caption', { class: 'visually-hidden' }, 'Rules'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Priority'),
        h('th', { scope: 'col' }, nameHeader),
        h('th', { scope: 'col' }, 'Access'),
        h('th', { scope: 'col' }, 'Multifactor'),
        h('th', { scope: 'col' }, 'Status'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rules.map((r) =>
        h(
          'tr',
          { 'data-rule-id': r.id },
          h('td', {}, String(r.priority)),
          h('td', {}, r.name),
          h('td', {}, r.actions?.signon?.access === 'DENY' ? 'Denied' : 'Allowed'),
          h('td', {}, mfaSummary(r)),
          h('td', {}, r.status === 'ACTIVE' ? 'Active' : 'Inactive'),
        ),
      ),
    ),
  );
}

function buildSignOnRule(model, { oie, mfaRequired }) {
  const exclude = String(model.excludeUsers || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const signon = {
    access: model.access,
    requireFactor: mfaRequired,
    rememberDeviceByDefault: false,
    factorLifetime: 15,
    session: {
      usePersistentCookie: false,
      maxSessionIdleMinutes: Number(model.maxIdle),
      maxSessionLifetimeMinutes: Number(model.maxLifetime),
    },
  };
  if (mfaRequired) signon.factorPromptMode = model.factorPromptMode;
  if (oie) signon.primaryFactor = model.primaryFactor;
  const conditions = {
    people: { users: { exclude } },
    network: { connection: model.network },
    authContext: { authType: model.authType },
  };
  if (oie) conditions.identityProvider = { provider: model.identityProvider };
  return { type: 'SIGN_ON', name: model.name.trim(), conditions, actions: { signon } };
}

/** Opens the Add Rule dialog; resolves after a rule was created (or the dialog closed). */
function openAddRuleDialog(policy, { oie, onCreated }) {
  const wordingNew = oie || config().variant.ruleWording === 'new';
  const dlg = openDialog({ title: oie ? 'Add rule' : 'Add Rule', size: 'modal-large' });
  const model = {
    name: '',
    excludeUsers: '',
    network: 'ANYWHERE',
    identityProvider: 'ANY',
    authType: 'ANY',
    behavior: 'ANY',
    access: 'ALLOW',
    primaryFactor: 'PASSWORD_IDP_ANY_FACTOR',
    requireFactor: false,
    mfa: 'NOT_REQUIRED',
    factorPromptMode: 'DEVICE',
    maxLifetime: '0',
    maxIdle: '120',
  };
  const ipOptions = [
    ['ANYWHERE', 'Anywhere'],
    ['ZONE_IN', 'In zone'],
    ['ZONE_NOT_IN', 'Not in zone'],
  ];
  const fields = [
    { name: 'name', label: oie ? 'Rule name' : 'Rule Name', type: 'text' },
    { name: 'excludeUsers', label: oie ? 'Exclude users' : 'Exclude Users', type: 'text', optional: true, explain: 'Enter usernames separated by commas.' },
    { type: 'section', label: 'Conditions' },
    { name: 'network', label: "User's IP is", prefix: 'IF', type: 'select', options: ipOptions },
  ];
  if (oie) {
    fields.push({
      name: 'identityProvider',
      label: 'Identity provider is',
      prefix: 'AND',
      type: 'select',
      options: [
        ['ANY', 'Any'],
        ['OKTA', 'Okta'],
        ['SPECIFIC_IDP', 'Specific IdP'],
      ],
    });
  }
  fields.push(
    {
      name: 'authType',
      label: 'Authenticates via',
      prefix: 'AND',
      type: 'select',
      options: [
        ['ANY', 'Any'],
        ['RADIUS', 'RADIUS'],
      ],
    },
    {
      name: 'behavior',
      label: 'Behavior is',
      prefix: 'AND',
      type: 'select',
      options: [
        ['ANY', 'Any behavior'],
        ['NEW_CITY', 'New City'],
        ['NEW_COUNTRY', 'New Country'],
        ['NEW_DEVICE', 'New Device'],
      ],
    },
    { type: 'section', label: 'Actions' },
    {
      name: 'access',
      label: 'Access is',
      prefix: 'THEN',
      type: 'select',
      options: [
        ['ALLOW', 'Allowed'],
        ['DENY', 'Denied'],
      ],
    },
  );
  if (oie) {
    fields.push({
      name: 'primaryFactor',
      label: 'Establish the user session with',
      type: 'radio',
      options: [
        ['PASSWORD_IDP_ANY_FACTOR', 'Any factor used to meet the Authentication Policy requirements'],
        ['PASSWORD_IDP', 'A password'],
      ],
    });
  }
  if (wordingNew) {
    fields.push(
      {
        name: 'mfa',
        label: 'Multifactor authentication (MFA) is',
        type: 'radio',
        options: [
          ['REQUIRED', 'Required'],
          ['NOT_REQUIRED', 'Not required'],
        ],
      },
      {
        name: 'factorPromptMode',
        label: 'Users will be prompted for MFA',
        type: 'radio',
        options: Object.entries(PROMPT_LABELS_NEW),
        disabled: (m) => m.mfa !== 'REQUIRED',
      },
    );
  } else {
    fields.push(
      { name: 'requireFactor', label: 'Prompt for Factor', type: 'checkbox' },
      {
        name: 'factorPromptMode',
        type: 'radio',
        groupLabel: 'Factor prompt frequency',
        options: [
          ['DEVICE', 'Per Device'],
          ['ALWAYS', 'Every Time'],
          ['SESSION', 'Per Session'],
        ],
        disabled: (m) => !m.requireFactor,
      },
    );
  }
  fields.push(
    {
      name: 'maxLifetime',
      label: oie ? 'Maximum Okta global session lifetime' : 'Max Okta session lifetime',
      type: 'select',
      options: [
        ['0', 'No time limit'],
        ['120', '2 hours'],
        ['1440', '1 day'],
        ['10080', '7 days'],
      ],
    },
    {
      name: 'maxIdle',
      label: oie ? 'Maximum Okta global session idle time' : 'Expire session after user has been idle on Okta for',
      type: 'select',
      options: [
        ['15', '15 minutes'],
        ['60', '1 hour'],
        ['120', '2 hours'],
      ],
    },
  );

  const { form } = courageForm({
    model,
    fields,
    save: oie ? 'Create rule' : 'Create Rule',
    cancel: 'Cancel',
    buttonStyle: oie ? 'button' : 'input',
    onCancel: () => dlg.close('cancel'),
    async onSubmit(m) {
      const mfaRequired = wordingNew ? m.mfa === 'REQUIRED' : !!m.requireFactor;
      const body = buildSignOnRule(m, { oie, mfaRequired });
      await api('POST', `/api/v1/policies/${policy.id}/rules`, body);
      dlg.close('created');
      toast(`Rule "${body.name}" created`);
      onCreated();
    },
  });
  mount(dlg.body, form);
  dlg.focusFirst();
}

async function renderPolicyDetail(container, policy, { oie }) {
  mount(container, spinner());
  await renderDelay();
  const rules = await api('GET', `/api/v1/policies/${policy.id}/rules`);
  const refresh = () => renderPolicyDetail(container, policy, { oie });
  mount(
    container,
    h(
      'div',
      { class: 'policy-detail-header' },
      h('div', {}, h('h2', { 'data-se': 'policy-name' }, policy.name), h('p', { class: 'subtle' }, policy.description)),
      h('span', { class: 'status-label status-active' }, 'Active'),
    ),
    h(
      'div',
      { class: 'section-header' },
      h('h3', {}, 'Rules'),
      h('button', { type: 'button', class: 'button button-primary', onClick: () => openAddRuleDialog(policy, { oie, onCreated: refresh }) }, oie ? 'Add rule' : 'Add Rule'),
    ),
    rulesTable(rules, { nameHeader: oie ? 'Rule name' : 'Rule Name' }),
  );
}

function policyList(policies, onSelect, label) {
  const buttons = policies.map((p) =>
    h('button', { type: 'button', class: 'policy-item', 'data-policy-id': p.id, onClick: () => choose(p) }, h('span', { class: 'policy-priority', 'aria-hidden': 'true' }, String(p.priority)), ' ', p.name),
  );
  function choose(p) {
    for (const b of buttons) {
      if (b.dataset.policyId === p.id) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
    onSelect(p);
  }
  return { element: h('ul', { class: 'policy-list', 'aria-label': label }, ...buttons.map((b) => h('li', {}, b))), choose };
}

async function renderSignOnPolicies(panel, { oie }) {
  mount(panel, spinner());
  await renderDelay();
  const policies = await api('GET', '/api/v1/policies?type=OKTA_SIGN_ON');
  const detail = h('div', { class: 'policy-detail' });
  const list = policyList(policies, (p) => renderPolicyDetail(detail, p, { oie }), oie ? 'Global session policies' : 'Okta sign-on policies');
  mount(
    panel,
    h(
      'div',
      { class: 'policy-layout' },
      h(
        'div',
        { class: 'policy-sidebar' },
        h('button', { type: 'button', class: 'button' }, oie ? 'Add policy' : 'Add New Okta Sign-on Policy'),
        list.element,
      ),
      detail,
    ),
  );
  if (policies[0]) list.choose(policies[0]);
}

export const classicAuthenticationPage = {
  title: 'Authentication',
  render(el) {
    const tabSet = tabs({
      label: 'Authentication',
      items: [
        {
          id: 'password',
          label: 'Password',
          render: (panel) =>
            mount(
              panel,
              h(
                'div',
                { class: 'policy-layout' },
                h('div', { class: 'policy-sidebar' }, h('button', { type: 'button', class: 'button' }, 'Add New Password Policy'), h('ul', { class: 'policy-list', 'aria-label': 'Password policies' }, h('li', {}, h('button', { type: 'button', class: 'policy-item', 'aria-current': 'true' }, h('span', { class: 'policy-priority', 'aria-hidden': 'true' }, '1'), ' Default Policy')))),
                h(
                  'div',
                  { class: 'policy-detail' },
                  h('h2', {}, 'Default Policy'),
                  h('p', { class: 'subtle' }, 'The default policy applies in all situations if no other policy applies.'),
                  h('dl', { class: 'kv' }, h('dt', {}, 'Minimum length'), h('dd', {}, '8 characters'), h('dt', {}, 'Password expires after'), h('dd', {}, 'Never')),
                ),
              ),
            ),
        },
        { id: 'signon', label: 'Sign On', render: (panel) => renderSignOnPolicies(panel, { oie: false }) },
      ],
      selected: 'password',
    });
    mount(el, h('h1', {}, 'Authentication'), tabSet.element);
  },
};

export const globalSessionPolicyPage = {
  title: 'Global Session Policy',
  async render(el) {
    const panel = h('div', { id: uid('gsp') });
    mount(
      el,
      h('h1', {}, 'Global Session Policy'),
      h('p', { class: 'subtle' }, 'Global session policies control who can access Okta and how a user session is established.'),
      panel,
    );
    await renderSignOnPolicies(panel, { oie: true });
  },
};

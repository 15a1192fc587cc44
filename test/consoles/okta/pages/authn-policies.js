// Identity Engine: Security > Authentication Policies (/admin/authn/authentication-policies).
// A policy opens in place at #authentication-policies/policy/<id>/ with tabs Rules / Applications;
// "Add rule" opens the "Add Rule" dialog.
import { api, h, mount, openDialog, renderDelay, spinner, tabs, toast } from '/_static/common/ui.js';
import { courageForm } from '/_static/okta/courage.js';

const AUTH_WITH = [
  ['PASSWORD_IDP_ANOTHER_FACTOR', 'Password / IdP + Another factor', { factorMode: '2FA', constraints: [{ knowledge: { types: ['password'] } }] }],
  ['ANY_2', 'Any 2 factor types', { factorMode: '2FA', constraints: [] }],
  ['ANY_1', 'Any 1 factor type', { factorMode: '1FA', constraints: [] }],
  ['POSSESSION', 'Possession factor', { factorMode: '1FA', constraints: [{ possession: {} }] }],
];

function authSummary(rule) {
  const vm = rule.actions?.appSignOn?.verificationMethod;
  if (!vm) return '—';
  const match = AUTH_WITH.find(([, , v]) => v.factorMode === vm.factorMode && JSON.stringify(v.constraints) === JSON.stringify(vm.constraints || []));
  return match ? match[1] : vm.factorMode === '2FA' ? 'Any 2 factor types' : 'Any 1 factor type';
}

function policyIdFromHash() {
  const m = /^#authentication-policies\/policy\/([^/]+)\/?/.exec(location.hash);
  return m ? m[1] : null;
}

export default {
  title: 'Authentication Policies',
  async render(el) {
    const body = h('div', {});
    mount(el, h('h1', {}, 'Authentication Policies'), body);

    async function show() {
      const id = policyIdFromHash();
      mount(body, spinner());
      await renderDelay();
      const policies = await api('GET', '/api/v1/policies?type=ACCESS_POLICY');
      const policy = id && policies.find((p) => p.id === id);
      if (policy) return renderPolicy(policy);
      renderList(policies);
    }

    function renderList(policies) {
      mount(
        body,
        h(
          'div',
          { class: 'section-header' },
          h('p', { class: 'subtle' }, 'Authentication policies define the requirements users must meet before they access an app.'),
          h('button', { type: 'button', class: 'button button-primary', onClick: openAddPolicy }, 'Add a policy'),
        ),
        h(
          'table',
          { class: 'data-list-table' },
          h('caption', { class: 'visually-hidden' }, 'Authentication policies'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Description'))),
          h(
            'tbody',
            {},
            ...policies.map((p) => h('tr', {}, h('td', {}, h('a', { href: `#authentication-policies/policy/${p.id}/` }, p.name)), h('td', {}, p.description))),
          ),
        ),
      );
    }

    function openAddPolicy() {
      const dlg = openDialog({ title: 'Add policy' });
      const { form } = courageForm({
        model: { name: '', description: '' },
        fields: [
          { name: 'name', label: 'Name', type: 'text' },
          { name: 'description', label: 'Description', type: 'textarea', optional: true },
        ],
        save: 'Save',
        cancel: 'Cancel',
        buttonStyle: 'button',
        onCancel: () => dlg.close('cancel'),
        async onSubmit(m) {
          const created = await api('POST', '/api/v1/policies', { type: 'ACCESS_POLICY', name: m.name.trim(), description: m.description });
          dlg.close('saved');
          location.hash = `#authentication-policies/policy/${created.id}/`;
        },
      });
      mount(dlg.body, form);
      dlg.focusFirst();
    }

    async function renderPolicy(policy) {
      const rulesPanel = async (panel) => {
        mount(panel, spinner());
        await renderDelay();
        const rules = await api('GET', `/api/v1/policies/${policy.id}/rules`);
        mount(
          panel,
          h(
            'div',
            { class: 'section-header' },
            h('p', { class: 'subtle' }, 'Rules are evaluated in priority order.'),
            h('button', { type: 'button', class: 'button button-primary', onClick: () => openAddRule(policy, () => rulesPanel(panel)) }, 'Add rule'),
          ),
          h(
            'table',
            { class: 'data-list-table rules-table' },
            h('caption', { class: 'visually-hidden' }, 'Rules'),
            h(
              'thead',
              {},
              h('tr', {}, h('th', { scope: 'col' }, 'Priority'), h('th', { scope: 'col' }, 'Rule name'), h('th', { scope: 'col' }, 'Access'), h('th', { scope: 'col' }, 'User must authenticate with')),
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
                  h('td', {}, r.actions?.appSignOn?.access === 'DENY' ? 'Denied' : 'Allowed'),
                  h('td', {}, authSummary(r)),
                ),
              ),
            ),
          ),
        );
      };
      const tabSet = tabs({
        label: policy.name,
        items: [
          { id: 'rules', label: 'Rules', render: rulesPanel },
          { id: 'apps', label: 'Applications', render: (panel) => mount(panel, h('p', { class: 'subtle' }, 'No applications use this policy.')) },
        ],
        selected: 'rules',
      });
      mount(
        body,
        h('p', { class: 'breadcrumb' }, h('a', { href: '#' }, '← Back to all authentication policies')),
        h('h2', { 'data-se': 'policy-name' }, policy.name),
        h('p', { class: 'subtle' }, policy.description),
        tabSet.element,
      );
    }

    function openAddRule(policy, onCreated) {
      const dlg = openDialog({ title: 'Add Rule', size: 'modal-large' });
      const { form } = courageForm({
        model: { name: '', groups: 'ANY', network: 'ANYWHERE', access: 'ALLOW', authWith: 'ANY_2' },
        fields: [
          { name: 'name', label: 'Rule name', type: 'text' },
          { type: 'section', label: 'Conditions' },
          {
            name: 'groups',
            label: "User's group membership includes",
            prefix: 'IF',
            type: 'select',
            options: [
              ['ANY', 'Any group'],
              ['INCLUDE', 'At least one of the following groups'],
            ],
          },
          {
            name: 'network',
            label: "User's IP is",
            prefix: 'AND',
            type: 'select',
            options: [
              ['ANYWHERE', 'Any IP'],
              ['ZONE_IN', 'In any of the following zones'],
              ['ZONE_NOT_IN', 'Not in any of the following zones'],
            ],
          },
          { type: 'section', label: 'Actions' },
          {
            name: 'access',
            label: 'Access is',
            prefix: 'THEN',
            type: 'select',
            options: [
              ['ALLOW', 'Allowed after successful authentication'],
              ['DENY', 'Denied'],
            ],
          },
          {
            name: 'authWith',
            label: 'User must authenticate with',
            prefix: 'AND',
            type: 'select',
            options: AUTH_WITH.map(([v, l]) => [v, l]),
            disabled: (m) => m.access === 'DENY',
          },
        ],
        save: 'Save',
        cancel: 'Cancel',
        buttonStyle: 'button',
        onCancel: () => dlg.close('cancel'),
        async onSubmit(m) {
          const verificationMethod = { type: 'ASSURANCE', ...AUTH_WITH.find(([v]) => v === m.authWith)[2] };
          const body = {
            type: 'ACCESS_POLICY',
            name: m.name.trim(),
            conditions: {
              people: { groups: { include: m.groups === 'ANY' ? [] : ['everyone'] } },
              network: { connection: m.network },
            },
            actions: { appSignOn: { access: m.access, verificationMethod } },
          };
          await api('POST', `/api/v1/policies/${policy.id}/rules`, body);
          dlg.close('created');
          toast(`Rule "${body.name}" created`);
          onCreated();
        },
      });
      mount(dlg.body, form);
      dlg.focusFirst();
    }

    window.addEventListener('hashchange', show);
    await show();
  },
};

// Reports › Access Testing Tool, on Identity Engine orgs only (Okta documents it there alone):
// evaluates the org's policies for a user and an app, as Okta's Policy API `/simulate` does
// (developer.okta.com "Test your policies with access simulations": app sign-in, authenticator
// enrollment and global session policies). The fields' labels, Application and Username, and Run
// test are Okta's (help.okta.com/oie "Access Testing Tool"); the markup, plain selects where Okta
// has search boxes, and the results table with its columns are a guess (test/consoles/README.md).
import { api, config, h, mount, uid } from '/_static/common/ui.js';

const APPS = ['Okta Dashboard', 'Okta Admin Console', 'Salesforce.com'];
const ENROLL = { REQUIRED: 'Required', OPTIONAL: 'Optional' };

/** The first active rule by priority that does not exclude the user. */
function matching(rules, user) {
  return [...rules]
    .sort((a, b) => Number(a.priority) - Number(b.priority))
    .find((r) => r.status !== 'INACTIVE' && !(r.conditions?.people?.users?.exclude ?? []).includes(user));
}

async function simulate(app, user) {
  const rows = [];
  const [signOn] = await api('GET', '/api/v1/policies?type=OKTA_SIGN_ON');
  const signOnRule = matching(await api('GET', `/api/v1/policies/${signOn.id}/rules`), user);
  const mfa = (on) => (on ? 'Required' : 'Not required');
  const [authenticators, idps] = await Promise.all([api('GET', '/api/v1/authenticators'), api('GET', '/api/v1/idps')]);
  // An IdP authenticator is shown under its identity provider's name.
  const nameOf = (a) => (a.key === 'external_idp' ? `${idps.find((i) => i.id === a.provider?.configuration?.idpId)?.name ?? a.name} (${a.name})` : a.name);
  const [enrollment] = await api('GET', '/api/v1/policies?type=AUTHENTICATOR_ENROLLMENT');
  const settings = enrollment.settings?.authenticators ?? [];
  const levelOf = (a) => settings.find((s) => s.key === a.key && (!s.id || s.id === a.id))?.enroll?.self;
  const eligible = authenticators.filter((a) => a.status === 'ACTIVE' && a.key !== 'okta_password' && ENROLL[levelOf(a)]);
  const names = eligible.map(nameOf).join(', ') || '—';
  rows.push(['Global session policy', signOn.name, signOnRule?.name ?? '—', 'Allowed', mfa(signOnRule?.actions?.signon?.requireFactor), names]);
  const access = (await api('GET', '/api/v1/policies?type=ACCESS_POLICY')).find((p) => p.name === app);
  if (access) {
    const appRule = matching(await api('GET', `/api/v1/policies/${access.id}/rules`), user);
    const twoFactors = appRule?.actions?.appSignOn?.verificationMethod?.factorMode === '2FA';
    rows.push(['App sign-in policy', access.name, appRule?.name ?? '—', 'Allowed', mfa(twoFactors), names]);
  }
  const required = eligible.filter((a) => levelOf(a) === 'REQUIRED').map(nameOf);
  rows.push(['Authenticator enrollment policy', enrollment.name, 'Default Rule', 'Allowed', required.length ? `Required: ${required.join(', ')}` : 'Not required', names]);
  return rows;
}

export default {
  title: 'Access Testing Tool',
  async render(el) {
    const okta = config().okta;
    const users = [`pat.tester@${okta.org}.example`, okta.adminUser];
    const model = { app: '', user: '' };
    const field = (name, label, options, placeholder) => {
      const id = uid(name);
      return h(
        'div',
        { class: 'att-field' },
        h('label', { for: id }, label),
        h('select', { id, name, onChange: (e) => (model[name] = e.target.value) }, h('option', { value: '' }, placeholder), ...options.map((o) => h('option', { value: o }, o))),
      );
    };
    const results = h('section', { class: 'card', 'aria-labelledby': 'att-results', hidden: true });
    const error = h('p', { class: 'infobox infobox-error', role: 'alert', hidden: true });
    const form = h(
      'form',
      {
        class: 'att-form',
        novalidate: true,
        onSubmit: async (e) => {
          e.preventDefault();
          error.hidden = !!(model.app && model.user);
          error.textContent = 'Choose an application and a user.';
          if (!model.app || !model.user) return;
          const rows = await simulate(model.app, model.user);
          const cols = ['Policy type', 'Policy', 'Matched rule', 'Access', 'Multifactor authentication (MFA)', 'Authenticators'];
          mount(
            results,
            h('h2', { id: 'att-results' }, 'Results'),
            h('p', { class: 'subtle' }, `${model.user} signing in to ${model.app}`),
            h(
              'table',
              { class: 'data-list-table' },
              h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))),
              h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
            ),
          );
          results.hidden = false;
        },
      },
      h('div', { class: 'att-fields' }, field('app', 'Application', APPS, 'Select an app'), field('user', 'Username', users, 'Select a user')),
      error,
      h('div', { class: 'att-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, 'Run test')),
    );
    mount(
      el,
      h('h1', {}, 'Access Testing Tool'),
      h('p', { class: 'subtle' }, 'Test which policies and rules apply when a user signs in to an app.'),
      h('section', { class: 'card', 'aria-label': 'Test conditions' }, form),
      results,
    );
  },
};

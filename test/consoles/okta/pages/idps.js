// Security > Identity Providers (/admin/access/identity-providers), both engines.
// "Add identity provider" -> tile chooser (radio tiles + "Next") -> "Configure OpenID Connect IdP" form.
import { api, config, h, mount, renderDelay, spinner, toast, uid } from '/_static/common/ui.js';
import { courageForm } from '/_static/okta/courage.js';

const IDP_TYPES = [
  { type: 'SAML2', name: 'SAML 2.0 IdP', text: 'Connect to any identity provider that supports SAML 2.0.' },
  { type: 'OIDC', name: 'OpenID Connect IdP', text: 'Connect to any identity provider that supports OpenID Connect.' },
  { type: 'GOOGLE', name: 'Google', text: 'Let users sign in with their Google account.' },
  { type: 'MICROSOFT', name: 'Microsoft', text: 'Let users sign in with their Microsoft account.' },
  { type: 'FACEBOOK', name: 'Facebook', text: 'Let users sign in with Facebook.' },
  { type: 'APPLE', name: 'Apple', text: 'Let users sign in with Apple.' },
];

const TYPE_LABEL = { OIDC: 'OpenID Connect', SAML2: 'SAML 2.0', GOOGLE: 'Google', MICROSOFT: 'Microsoft', FACEBOOK: 'Facebook', APPLE: 'Apple' };
const USAGE_LABEL = { SSO_ONLY: 'SSO only', FACTOR_ONLY: 'Factor only' };

export default {
  title: 'Identity Providers',
  async render(el) {
    const body = h('div', {});
    mount(el, h('h1', {}, 'Identity Providers'), body);

    async function showList() {
      mount(body, spinner());
      await renderDelay();
      const idps = await api('GET', '/api/v1/idps');
      mount(
        body,
        h(
          'div',
          { class: 'section-header' },
          h('p', { class: 'subtle' }, 'Let users sign in with an external identity provider, or use one as a factor.'),
          h('button', { type: 'button', class: 'button button-primary', onClick: showChooser }, 'Add identity provider'),
        ),
        h(
          'table',
          { class: 'data-list-table' },
          h('caption', { class: 'visually-hidden' }, 'Identity providers'),
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'IdP Usage'), h('th', { scope: 'col' }, 'Status')),
          ),
          h(
            'tbody',
            {},
            ...(idps.length
              ? idps.map((i) =>
                  h(
                    'tr',
                    { 'data-idp-id': i.id },
                    h('td', {}, i.name),
                    h('td', {}, TYPE_LABEL[i.type] || i.type),
                    h('td', {}, USAGE_LABEL[i.idpUsage] || '—'),
                    h('td', {}, h('span', { class: 'status-label status-active' }, i.status === 'ACTIVE' ? 'Active' : 'Inactive')),
                  ),
                )
              : [h('tr', {}, h('td', { colspan: '4', class: 'subtle' }, 'No identity providers have been added.'))]),
          ),
        ),
      );
    }

    async function showChooser() {
      mount(body, spinner());
      await renderDelay();
      const groupName = uid('idp-type');
      const state = { type: null };
      const error = h('p', { class: 'infobox infobox-error', role: 'alert', hidden: true }, 'Select an identity provider type.');
      // A Classic org lists no OpenID Connect IdP until Okta Support enables four features (variant oidcIdp).
      const missing = config().okta.engine === 'classic' && config().variant.oidcIdp === 'missing';
      const tiles = IDP_TYPES.filter((t) => !(missing && t.type === 'OIDC')).map((t) => {
        const id = uid('idp-tile');
        const descId = uid('idp-tile-desc');
        return h(
          'div',
          { class: 'idp-tile' },
          h('input', {
            type: 'radio',
            id,
            name: groupName,
            value: t.type,
            'aria-describedby': descId,
            onChange: (e) => {
              if (e.target.checked) state.type = t.type;
            },
          }),
          h('label', { for: id, class: 'idp-tile-title' }, t.name),
          h('p', { id: descId, class: 'subtle' }, t.text),
        );
      });
      mount(
        body,
        h('p', { class: 'breadcrumb' }, h('a', { href: location.pathname }, '← Back to Identity Providers')),
        h('h2', {}, 'Add identity provider'),
        error,
        h('fieldset', { class: 'idp-tiles' }, h('legend', {}, 'Select an identity provider type'), ...tiles),
        h(
          'div',
          { class: 'o-form-button-bar' },
          h(
            'button',
            {
              type: 'button',
              class: 'button button-primary',
              onClick: () => {
                if (!state.type) {
                  error.hidden = false;
                  return;
                }
                showConfigure(IDP_TYPES.find((t) => t.type === state.type));
              },
            },
            'Next',
          ),
          h('button', { type: 'button', class: 'button button-clear', onClick: showList }, 'Cancel'),
        ),
      );
    }

    async function showConfigure(t) {
      mount(body, spinner());
      await renderDelay();
      if (t.type !== 'OIDC') {
        mount(
          body,
          h('h2', {}, `Configure ${t.name}`),
          h('p', {}, 'This identity provider type is not simulated in this test console.'),
          h('button', { type: 'button', class: 'button', onClick: showList }, 'Cancel'),
        );
        return;
      }
      const { form } = courageForm({
        head: 'Configure OpenID Connect IdP',
        model: {
          name: '',
          idpUsage: 'SSO_ONLY',
          scopes: 'openid profile email',
          clientId: '',
          authType: 'client_secret_post',
          clientSecret: '',
          issuer: '',
          authorizationEndpoint: '',
          tokenEndpoint: '',
          jwksEndpoint: '',
          userInfoEndpoint: '',
          userNameTemplate: 'idpuser.email',
          matchType: 'USERNAME',
        },
        fields: [
          { type: 'section', label: 'General Settings' },
          { name: 'name', label: 'Name', type: 'text' },
          {
            name: 'idpUsage',
            label: 'IdP Usage',
            type: 'select',
            shaped: true,
            options: [
              ['SSO_ONLY', 'SSO only'],
              ['FACTOR_ONLY', 'Factor only'],
            ],
          },
          { type: 'section', label: 'Client Details' },
          { name: 'scopes', label: 'Scopes', type: 'text', explain: 'Separate scopes with spaces.' },
          { name: 'clientId', label: 'Client ID', type: 'text' },
          {
            name: 'authType',
            label: 'Authentication type',
            type: 'radio',
            options: [
              ['client_secret_post', 'Client secret'],
              ['private_key_jwt', 'Public key/private key'],
            ],
          },
          { name: 'clientSecret', label: 'Client Secret', type: 'password', hidden: (m) => m.authType !== 'client_secret_post' },
          { type: 'section', label: 'Endpoints' },
          { name: 'issuer', label: 'Issuer', type: 'text' },
          { name: 'authorizationEndpoint', label: 'Authorization endpoint', type: 'text' },
          { name: 'tokenEndpoint', label: 'Token endpoint', type: 'text' },
          { name: 'jwksEndpoint', label: 'JWKS endpoint', type: 'text' },
          { name: 'userInfoEndpoint', label: 'Userinfo endpoint', type: 'text', optional: true },
          { type: 'section', label: 'Authentication Settings' },
          { name: 'userNameTemplate', label: 'IdP username', type: 'text' },
          {
            name: 'matchType',
            label: 'Match against',
            type: 'select',
            options: [
              ['USERNAME', 'Okta Username'],
              ['EMAIL', 'Email'],
              ['USERNAME_OR_EMAIL', 'Okta Username or Email'],
            ],
          },
        ],
        save: 'Finish',
        cancel: 'Cancel',
        buttonStyle: 'button',
        errorFieldMap: {
          client_id: 'clientId',
          client_secret: 'clientSecret',
          authorization: 'authorizationEndpoint',
          token: 'tokenEndpoint',
          jwks: 'jwksEndpoint',
        },
        onCancel: showList,
        async onSubmit(m) {
          const endpoints = {
            authorization: { url: m.authorizationEndpoint.trim(), binding: 'HTTP-REDIRECT' },
            token: { url: m.tokenEndpoint.trim(), binding: 'HTTP-POST' },
            jwks: { url: m.jwksEndpoint.trim(), binding: 'HTTP-REDIRECT' },
          };
          if (m.userInfoEndpoint.trim()) endpoints.userInfo = { url: m.userInfoEndpoint.trim(), binding: 'HTTP-REDIRECT' };
          const client = { client_id: m.clientId.trim(), token_endpoint_auth_method: m.authType };
          if (m.authType === 'client_secret_post') client.client_secret = m.clientSecret;
          await api('POST', '/api/v1/idps', {
            type: 'OIDC',
            name: m.name.trim(),
            idpUsage: m.idpUsage,
            protocol: {
              type: 'OIDC',
              scopes: m.scopes.split(/\s+/).filter(Boolean),
              credentials: { client },
              issuer: { url: m.issuer.trim() },
              endpoints,
            },
            policy: {
              provisioning: { action: 'DISABLED' },
              subject: { userNameTemplate: { template: m.userNameTemplate }, matchType: m.matchType },
              maxClockSkew: 0,
            },
          });
          toast(`${m.name.trim()} added`);
          showList();
        },
      });
      mount(body, h('p', { class: 'breadcrumb' }, h('a', { href: location.pathname }, '← Back to Identity Providers')), form);
    }

    await showList();
  },
};

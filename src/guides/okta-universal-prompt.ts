// Duo Universal Prompt through an Okta OpenID Connect identity provider (Factor only), then an IdP
// authenticator. Duo's supported path since 2024-03-30 (../shared/reference/duo-okta-consoles.md §0,
// §3.6). The endpoints are derived from the API hostname by src/engine/oidc.ts.
import type { Locator } from '../engine/locate';
import { duoSteps } from './duo';
import { addTileStep, authenticatorsSteps, enrollmentSteps, field, heading, named, oktaAdminStep, securityNav } from './okta-shared';
import type { Cond, Flow } from './types';

// Verified paths (reference §3.3): evidence in a list only counts on its own page.
const IDPS = /^\/admin\/access\/identity-providers/;
const AUTHENTICATORS = /^\/admin\/access\/multifactor/;
const issuer: Locator = field(/^issuer$/i, 'issuer');
const idpForm: Cond = { find: issuer };
const idpChoice: Locator = { any: [{ label: /^(idp|identity provider)$/i }], describe: 'the “IdP” choice' };

export const oktaUniversalPrompt: Flow = {
  id: 'okta-universal-prompt',
  title: 'Duo Universal Prompt: Okta OIDC identity provider',
  summary: 'Security › Identity Providers › OpenID Connect IdP (Factor only), then an IdP authenticator. Duo’s supported path; Classic orgs need four features from Okta Support.',
  steps: [
    ...duoSteps,
    oktaAdminStep,
    {
      id: 'up.idps',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Security › Identity Providers',
      instruction: 'In the side navigation open Security, then Identity Providers.',
      href: '/admin/access/identity-providers',
      target: securityNav(/^identity providers$/i, '“Identity Providers” under Security'),
      done: { find: heading(/^identity providers$/i, 'Identity Providers') },
    },
    {
      id: 'up.add-idp',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Add identity provider',
      instruction: 'Click Add identity provider.',
      target: { any: [{ role: 'button', name: /^add identity provider$/i }, { role: 'link', name: /^add identity provider$/i }], describe: '“Add identity provider”' },
      done: { find: named(/^openid connect idp$/i, 'OpenID Connect IdP') },
    },
    {
      id: 'up.oidc-type',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Choose OpenID Connect IdP',
      instruction: 'Choose OpenID Connect IdP, then click Next. (Missing on a Classic org? Okta Support must enable the features it needs first.)',
      target: {
        any: [
          { role: 'radio', name: /^openid connect idp$/i },
          { role: 'button', name: /^(add|select)$/i },
        ],
        near: named(/^openid connect idp$/i, 'OpenID Connect IdP'),
        describe: 'the “OpenID Connect IdP” choice',
      },
      done: { any: [idpForm, { checked: { any: [{ role: 'radio', name: /^openid connect idp$/i }], describe: 'OpenID Connect IdP chosen' } }] },
    },
    {
      id: 'up.oidc-next',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Next',
      instruction: 'Click Next.',
      target: { any: [{ role: 'button', name: /^next$/i }], describe: '“Next” under the identity provider types' },
      done: idpForm,
    },
    {
      id: 'up.fill',
      console: 'okta-admin',
      group: 'okta',
      kind: 'fill',
      title: 'Fill the OpenID Connect IdP form',
      instruction: 'Fill the IdP form with the Duo client ID, client secret and the endpoints derived from the API hostname. Check every value before Finish.',
      target: { any: [{ css: 'form', has: issuer }], describe: 'the OpenID Connect IdP form' },
      at: idpForm,
      fill: {
        paths: /^\/admin\/access\/identity-providers/,
        fields: [
          { name: 'Name', source: { literal: 'Duo Security' }, field: field(/^name$/i, 'name') },
          { name: 'IdP Usage', source: { literal: 'Factor only' }, field: field(/^idp usage$/i, 'idpUsage') },
          { name: 'Scopes', source: { literal: 'openid profile email' }, field: field(/^scopes$/i, 'scopes'), replacesDefault: true },
          { name: 'Client ID', source: 'ikey', field: field(/^client id$/i, 'clientId') },
          { name: 'Authentication type', source: { literal: 'Client secret' }, field: { any: [{ role: 'radio', name: /^client secret$/i }], describe: 'Authentication type: Client secret' } },
          { name: 'Client Secret', source: 'skey', field: field(/^client secret$/i, 'clientSecret') },
          { name: 'Issuer', source: 'issuer', field: issuer },
          { name: 'Authorization endpoint', source: 'authorize', field: field(/^authorization endpoint$/i, 'authorizationEndpoint') },
          { name: 'Token endpoint', source: 'token', field: field(/^token endpoint$/i, 'tokenEndpoint') },
          { name: 'JWKS endpoint', source: 'jwks', field: field(/^jwks endpoint$/i, 'jwksEndpoint') },
          { name: 'IdP username', source: { literal: 'idpuser.preferred_username' }, field: field(/^idp username$/i, 'userNameTemplate'), replacesDefault: true },
        ],
      },
    },
    {
      id: 'up.finish',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Finish',
      instruction: 'Check the values, then click Finish. The IdP must be Active.',
      target: { any: [{ role: 'button', name: /^finish$/i }], describe: '“Finish” under the IdP form' },
      done: { all: [{ path: IDPS }, { not: idpForm }, { find: { any: [{ role: 'row', name: /duo/i, scope: 'main' }], describe: 'the Duo IdP in the list' } }] },
      proves: ['up.fill'],
    },
    ...authenticatorsSteps('up'),
    addTileStep('up.idp-tile', /^idp authenticator$/i, 'Add IdP Authenticator', { find: idpChoice }),
    {
      id: 'up.idp-choose',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Choose the Duo IdP',
      instruction: 'Under IdP, choose the Duo Security identity provider you just added.',
      target: idpChoice,
      done: { value: idpChoice, matches: /duo/i },
    },
    {
      id: 'up.idp-add',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Add the IdP authenticator',
      instruction: 'Click Add.',
      target: { any: [{ role: 'button', name: /^add$/i }], within: { any: [{ css: 'form', has: idpChoice }], describe: 'the IdP authenticator form' }, describe: '“Add”' },
      done: {
        all: [{ path: AUTHENTICATORS }, { not: { find: idpChoice } }, { find: { any: [{ role: 'row', name: /idp authenticator/i, scope: 'main' }], describe: 'IdP Authenticator in the list' } }],
      },
      proves: ['up.idp-choose'],
    },
    ...enrollmentSteps('up', /^idp authenticator$/i, 'IdP Authenticator'),
    {
      id: 'up.features',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      optional: true,
      title: 'Optional: skip the verify screen',
      instruction: 'Settings › Features: turn on “Skip the verify screen and redirect to the IdP authenticator” so users go straight to Duo.',
      href: '/admin/settings/features',
      target: { any: [{ role: 'switch', name: /skip the verify screen/i }], describe: 'the “Skip the verify screen…” feature' },
      done: { checked: { any: [{ role: 'switch', name: /skip the verify screen/i }], describe: 'the feature turned on' } },
    },
  ],
};

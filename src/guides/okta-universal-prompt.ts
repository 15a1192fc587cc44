// Duo Universal Prompt through an Okta OpenID Connect identity provider (Factor only), then an IdP
// authenticator. Duo's supported path since 2024-03-30 (../shared/reference/duo-okta-consoles.md §0,
// §3.6). The endpoints are derived from the API hostname by src/engine/oidc.ts.
import type { Locator } from '../engine/locate';
import { duoSteps } from './duo';
import { duoActivateSteps, duoLogSteps } from './duo-verify';
import { addTileStep, authenticatorsSteps, enrollmentSteps, idpEnrollTestStep, field, heading, named, oktaAdminStep, securityNav } from './okta-shared';
import { accessTestSteps } from './okta-verify';
import type { Cond, Flow, Warning } from './types';

// Verified paths (reference §3.3): evidence in a list only counts on its own page.
const IDPS = /^\/admin\/access\/identity-providers/;
const AUTHENTICATORS = /^\/admin\/access\/multifactor/;
const issuer: Locator = field(/^issuer$/i, 'issuer', 'look_field_issuer');
const idpForm: Cond = { find: issuer };
// Okta's help names the menu "Identity Provider (IdP)"; older pages say "IdP".
const idpChoice: Locator = { any: [{ label: /^(idp|identity provider( \(idp\))?)$/i }], describe: 'look_idp_choice' };
// Okta writes the type "OpenID Connect IdP", "OpenID Connect IDP" or just "OpenID Connect".
const OIDC = /^openid connect( idp)?$/i;
const idpUsername: Locator = field(/^idp username$/i, 'userNameTemplate', 'look_field_idp_username');

// Where each warning matters: a Classic org whose Add identity provider lists no OpenID Connect IdP
// (four features Okta Support turns on), and a Duo Federal account (no OIDC IdP factor).
const NO_OIDC: Warning = {
  text: 'warn_classic_no_oidc',
  copy: 'classic_oidc_features_request',
  when: {
    all: [
      { find: { any: [{ role: 'radio', name: /^saml 2\.0( idp)?$/i }, { text: /^saml 2\.0( idp)?$/i, scope: 'main' }], describe: 'look_identity_provider_types' } },
      { not: { find: named(OIDC, 'look_openid_connect_idp_type') } },
    ],
  },
};
const FEDERAL: Warning = { text: 'warn_federal_no_up', federal: true };


export const oktaUniversalPrompt: Flow = {
  id: 'okta-universal-prompt',
  title: 'okta_universal_prompt_title',
  summary: 'okta_universal_prompt_summary',
  steps: [
    ...duoSteps,
    oktaAdminStep,
    {
      id: 'up.idps',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'up_idps_title',
      instruction: 'up_idps_instruction',
      href: '/admin/access/identity-providers',
      warn: [FEDERAL],
      target: securityNav(/^identity providers$/i, 'look_identity_providers_in_side_navigation'),
      done: { find: heading(/^identity providers$/i, 'look_identity_providers_heading') },
    },
    {
      id: 'up.add-idp',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'up_add_idp_title',
      instruction: 'up_add_idp_instruction',
      warn: [NO_OIDC, FEDERAL],
      target: { any: [{ role: 'button', name: /^add identity provider$/i }, { role: 'link', name: /^add identity provider$/i }], describe: 'look_add_identity_provider' },
      done: { find: named(OIDC, 'look_openid_connect_idp_type') },
    },
    {
      id: 'up.oidc-type',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'up_oidc_type_title',
      instruction: 'up_oidc_type_instruction',
      warn: [NO_OIDC, FEDERAL],
      target: {
        any: [
          { role: 'radio', name: OIDC },
          { role: 'button', name: /^(add|select|next)$/i },
        ],
        near: named(OIDC, 'look_openid_connect_idp_type'),
        describe: 'look_openid_connect_idp_choice',
      },
      done: { any: [idpForm, { checked: { any: [{ role: 'radio', name: OIDC }], describe: 'look_openid_connect_idp_chosen' } }] },
    },
    {
      id: 'up.oidc-next',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'up_oidc_next_title',
      instruction: 'up_oidc_next_instruction',
      target: { any: [{ role: 'button', name: /^next$/i }], describe: 'look_next_under_identity_provider_types' },
      done: idpForm,
    },
    {
      id: 'up.fill',
      console: 'okta-admin',
      group: 'okta',
      kind: 'fill',
      title: 'up_fill_title',
      instruction: 'up_fill_instruction',
      target: { any: [{ css: 'form', has: issuer }], describe: 'look_openid_connect_idp_form' },
      at: idpForm,
      fill: {
        paths: /^\/admin\/access\/identity-providers/,
        fields: [
          { name: 'field_name', source: { literal: 'Duo Security' }, field: field(/^name$/i, 'name', 'look_field_name') },
          { name: 'field_idp_usage', source: { literal: 'Factor only' }, field: field(/^idp usage$/i, 'idpUsage', 'look_field_idp_usage') },
          { name: 'field_scopes', source: { literal: 'openid profile email' }, field: field(/^scopes$/i, 'scopes', 'look_field_scopes'), replacesDefault: true },
          { name: 'field_client_id', source: 'ikey', field: field(/^client id$/i, 'clientId', 'look_field_client_id') },
          { name: 'field_authentication_type', source: { literal: 'Client secret' }, field: { any: [{ role: 'radio', name: /^client secret$/i }], describe: 'look_authentication_type_client_secret' } },
          { name: 'field_client_secret', source: 'skey', field: field(/^client secret$/i, 'clientSecret', 'look_field_client_secret') },
          { name: 'field_issuer', source: 'issuer', field: issuer },
          { name: 'field_authorization_endpoint', source: 'authorize', field: field(/^authorization endpoint$/i, 'authorizationEndpoint', 'look_field_authorization_endpoint') },
          { name: 'field_token_endpoint', source: 'token', field: field(/^token endpoint$/i, 'tokenEndpoint', 'look_field_token_endpoint') },
          { name: 'field_jwks_endpoint', source: 'jwks', field: field(/^jwks endpoint$/i, 'jwksEndpoint', 'look_field_jwks_endpoint') },
          { name: 'field_idp_username', source: { literal: 'idpuser.preferred_username' }, field: idpUsername, replacesDefault: true },
        ],
      },
    },
    {
      id: 'up.username',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'up_username_title',
      instruction: 'up_username_instruction',
      help: 'up_username_help',
      username: true,
      target: idpUsername,
      done: { value: idpUsername, matches: /^idpuser\.preferred_username$/ },
    },
    {
      id: 'up.finish',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'up_finish_title',
      instruction: 'up_finish_instruction',
      target: { any: [{ role: 'button', name: /^finish$/i }], describe: 'look_finish_under_idp_form' },
      done: { all: [{ path: IDPS }, { not: idpForm }, { find: { any: [{ role: 'row', name: /duo/i, scope: 'main' }], describe: 'look_duo_idp_list' } }] },
      proves: ['up.fill', 'up.username'],
    },
    ...authenticatorsSteps('up'),
    addTileStep('up.idp-tile', /^idp authenticator$/i, 'authenticator_idp', { find: idpChoice }),
    {
      id: 'up.idp-choose',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'up_idp_choose_title',
      instruction: 'up_idp_choose_instruction',
      target: idpChoice,
      done: { value: idpChoice, matches: /duo/i },
    },
    {
      id: 'up.idp-add',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'up_idp_add_title',
      instruction: 'up_idp_add_instruction',
      target: { any: [{ role: 'button', name: /^add$/i }], within: { any: [{ css: 'form', has: idpChoice }], describe: 'look_idp_authenticator_form' }, describe: 'look_add' },
      done: {
        all: [{ path: AUTHENTICATORS }, { not: { find: idpChoice } }, { find: { any: [{ role: 'row', name: /idp authenticator/i, scope: 'main' }], describe: 'look_idp_authenticator_list' } }],
      },
      proves: ['up.idp-choose'],
    },
    ...enrollmentSteps('up', /^idp authenticator$/i, 'authenticator_idp'),
    {
      id: 'up.features',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      optional: true,
      title: 'up_features_title',
      instruction: 'up_features_instruction',
      href: '/admin/settings/features',
      target: { any: [{ role: 'switch', name: /skip the verify screen/i }], describe: 'look_skip_verify_screen_feature' },
      done: { checked: { any: [{ role: 'switch', name: /skip the verify screen/i }], describe: 'look_skip_verify_feature_on' } },
    },
    ...accessTestSteps,
    { ...idpEnrollTestStep, warn: [{ text: 'warn_verify_screen' }] },
    ...duoLogSteps,
    ...duoActivateSteps,
  ],
};

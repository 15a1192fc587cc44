// Okta Classic Engine: the Duo Security factor (Security › Multifactor) and a sign-on rule.
// Labels: ../shared/reference/duo-okta-consoles.md §3.4 and §3.5.
import type { Locator } from '../engine/locate';
import { duoSteps } from './duo';
import { duoLogSteps } from './duo-verify';
import { duoKeyField, duoKeysFill, classicEnrollTestStep, field, heading, oktaAdminStep, ruleDialog, ruleSteps, securityNav } from './okta-shared';
import type { Cond, Flow } from './types';

const duoForm: Locator = duoKeyField;
const duoFormShown: Cond = { find: duoForm };
const duoHeading: Locator = heading(/^duo security$/i, 'look_duo_security_heading');
// Cheap tests first: the path (verified, reference §3.3) before a search of the page's text.
const MULTIFACTOR = /^\/admin\/access\/multifactor/;
const saved: Cond = { all: [{ path: MULTIFACTOR }, { not: duoFormShown }, { savedKey: true }] };
const factorActive: Cond = {
  find: { any: [{ role: 'button', name: /^active$/i, scope: 'main' }], near: duoHeading, describe: 'look_factor_status_active' },
};

export const oktaClassic: Flow = {
  id: 'okta-classic',
  title: 'okta_classic_title',
  summary: 'okta_classic_summary',
  steps: [
    ...duoSteps,
    oktaAdminStep,
    {
      id: 'classic.multifactor',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'classic_multifactor_title',
      instruction: 'classic_multifactor_instruction',
      href: '/admin/access/multifactor',
      target: securityNav(/^multifactor$/i, 'look_multifactor_in_side_navigation'),
      done: { any: [{ path: MULTIFACTOR }, { find: heading(/^multifactor$/i, 'look_multifactor_heading') }] },
    },
    {
      id: 'classic.factor',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'classic_factor_title',
      instruction: 'classic_factor_instruction',
      target: {
        any: [
          { role: 'link', name: /^duo security$/i, scope: 'main' },
          { role: 'button', name: /^duo security$/i, scope: 'main' },
          { role: 'tab', name: /^factor types$/i },
        ],
        describe: 'look_duo_security_list_factor_types',
      },
      done: { find: heading(/^duo security settings$/i, 'look_duo_security_settings_heading') },
    },
    {
      id: 'classic.edit',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'classic_edit_title',
      instruction: 'classic_edit_instruction',
      target: {
        any: [{ role: 'button', name: /^edit$/i }, { role: 'link', name: /^edit$/i }],
        near: heading(/^duo security settings$/i, 'look_duo_security_settings_heading'),
        describe: 'look_edit_beside_duo_security_settings',
      },
      done: duoFormShown,
    },
    {
      id: 'classic.fill',
      console: 'okta-admin',
      group: 'okta',
      kind: 'fill',
      title: 'classic_fill_title',
      instruction: 'classic_fill_instruction',
      target: {
        any: [{ dataSe: 'o-form', has: duoForm }, { css: 'form', has: duoForm }],
        describe: 'look_duo_security_settings_form',
      },
      at: duoFormShown,
      fill: duoKeysFill(MULTIFACTOR, 'field_api_hostname_classic'),
    },
    {
      id: 'classic.username',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'classic_username_title',
      instruction: 'classic_username_instruction',
      help: 'classic_username_help',
      username: true,
      target: field(/^duo security username format$/i, 'userNameFormat', 'look_field_username_format'),
      at: duoFormShown,
      advanceOn: 'change',
    },
    {
      id: 'classic.save',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'classic_save_title',
      instruction: 'classic_save_instruction',
      target: {
        any: [{ role: 'button', name: /^save$/i }],
        within: { any: [{ css: 'form', has: duoForm }], describe: 'look_duo_security_form' },
        describe: 'look_save_under_duo_security_form',
      },
      done: saved,
      proves: ['classic.fill', 'classic.username'],
    },
    {
      id: 'classic.activate',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'classic_activate_title',
      instruction: 'classic_activate_instruction',
      target: {
        any: [{ role: 'menuitem', name: /^activate$/i }, { role: 'button', name: /^inactive$/i, scope: 'main' }],
        near: duoHeading,
        describe: 'look_inactive_status_button_then_activate',
      },
      done: factorActive,
      // Okta activates only a configured factor.
      proves: ['classic.fill', 'classic.username', 'classic.save'],
    },
    {
      id: 'classic.authentication',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'classic_authentication_title',
      instruction: 'classic_authentication_instruction',
      href: '/admin/access/policies',
      target: securityNav(/^authentication$/i, 'look_authentication_in_side_navigation'),
      done: { any: [{ path: /^\/admin\/access\/policies/ }, { find: heading(/^authentication$/i, 'look_authentication_heading') }] },
    },
    {
      id: 'classic.signon',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'classic_signon_title',
      instruction: 'classic_signon_instruction',
      target: { any: [{ role: 'tab', name: /^sign on$/i }], describe: 'look_sign_on_tab' },
      done: { checked: { any: [{ role: 'tab', name: /^sign on$/i }], describe: 'look_sign_on_tab' } },
    },
    {
      id: 'classic.add-rule',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'classic_add_rule_title',
      instruction: 'classic_add_rule_instruction',
      target: {
        any: [
          { role: 'button', name: /^add rule$/i, scope: 'main' },
          { role: 'link', name: /^default policy$/i },
          { role: 'button', name: /^default policy$/i },
        ],
        describe: 'look_add_rule_default_policy',
      },
      done: { find: ruleDialog },
    },
    ...ruleSteps('classic', /^create rule$/i, true),
    // No Access Testing Tool here: Okta has it for Identity Engine orgs only (okta-verify.ts).
    classicEnrollTestStep,
    ...duoLogSteps,
  ],
};

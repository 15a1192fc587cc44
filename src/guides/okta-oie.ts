// Okta Identity Engine: the Duo Security authenticator (traditional prompt), its enrollment policy
// and a Global Session Policy rule. Labels: ../shared/reference/duo-okta-consoles.md §3.6.
import type { Locator } from '../engine/locate';
import { duoSteps } from './duo';
import { duoLogSteps } from './duo-verify';
import {
  addTileStep, authenticatorsSteps, duoKeyField, duoKeysFill, enrollmentSteps, oieEnrollTestStep, field, heading, oktaAdminStep, ruleDialog, ruleSteps, securityNav,
} from './okta-shared';
import { accessTestSteps } from './okta-verify';
import type { Cond, Flow, Warning } from './types';

const duoForm: Locator = duoKeyField;
const formShown: Cond = { find: duoForm };
// The Duo Security authenticator uses the traditional prompt, which the third-generation widget lacks.
const WIDGET: Warning[] = [{ text: 'warn_widget_generation' }];

export const oktaOie: Flow = {
  id: 'okta-oie',
  title: 'okta_oie_title',
  summary: 'okta_oie_summary',
  steps: [
    ...duoSteps,
    oktaAdminStep,
    ...authenticatorsSteps('oie'),
    { ...addTileStep('oie.duo-tile', /^duo security$/i, 'authenticator_duo_security', formShown), warn: WIDGET },
    {
      id: 'oie.fill',
      console: 'okta-admin',
      group: 'okta',
      kind: 'fill',
      title: 'oie_fill_title',
      instruction: 'oie_fill_instruction',
      target: { any: [{ dataSe: 'o-form', has: duoForm }, { css: 'form', has: duoForm }], describe: 'look_duo_security_form' },
      at: formShown,
      warn: WIDGET,
      // The Duo form opens from Security › Authenticators (reference §3.3).
      fill: duoKeysFill(/^\/admin\/access\/multifactor/, 'field_api_hostname'),
    },
    {
      id: 'oie.username',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'oie_username_title',
      instruction: 'oie_username_instruction',
      help: 'oie_username_help',
      username: true,
      target: field(/^duo security username format$/i, 'userNameTemplate', 'look_field_username_format'),
      at: formShown,
      advanceOn: 'change',
    },
    {
      id: 'oie.add',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'oie_add_title',
      instruction: 'oie_add_instruction',
      target: { any: [{ role: 'button', name: /^add$/i }], within: { any: [{ css: 'form', has: duoForm }], describe: 'look_duo_security_form' }, describe: 'look_add_under_form' },
      done: {
        all: [
          { path: /^\/admin\/access\/multifactor/ },
          { not: formShown },
          { find: { any: [{ role: 'row', name: /duo security/i, scope: 'main' }], describe: 'look_duo_security_list' } },
        ],
      },
      proves: ['oie.fill', 'oie.username'],
    },
    ...enrollmentSteps('oie', /^duo security$/i, 'authenticator_duo_security'),
    {
      id: 'oie.global-session',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'oie_global_session_title',
      instruction: 'oie_global_session_instruction',
      href: '/admin/access/policies',
      target: securityNav(/^global session policy$/i, 'look_global_session_policy_in_side_navigation'),
      done: { find: heading(/^global session policy$/i, 'look_global_session_policy_heading') },
    },
    {
      id: 'oie.add-rule',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'oie_add_rule_title',
      instruction: 'oie_add_rule_instruction',
      target: {
        any: [{ role: 'button', name: /^add rule$/i, scope: 'main' }, { role: 'link', name: /^default policy$/i }, { role: 'button', name: /^default policy$/i }],
        describe: 'look_add_rule_default_policy',
      },
      done: { find: ruleDialog },
    },
    ...ruleSteps('oie', /^create rule$/i),
    ...accessTestSteps,
    oieEnrollTestStep,
    ...duoLogSteps,
  ],
};

// Okta Identity Engine: the Duo Security authenticator (traditional prompt), its enrollment policy
// and a Global Session Policy rule. Labels: ../shared/reference/duo-okta-consoles.md §3.6.
import type { Locator } from '../engine/locate';
import { duoSteps } from './duo';
import {
  addTileStep, authenticatorsSteps, duoKeyField, duoKeysFill, enrollmentSteps, enrollTestStep, field, heading, oktaAdminStep, ruleDialog, ruleSteps, securityNav,
} from './okta-shared';
import type { Cond, Flow } from './types';

const duoForm: Locator = duoKeyField;
const formShown: Cond = { find: duoForm };

export const oktaOie: Flow = {
  id: 'okta-oie',
  title: 'Okta Identity Engine: Duo Security authenticator',
  summary: 'Security › Authenticators › Duo Security, an enrollment policy and a Global Session Policy rule. Duo traditional prompt.',
  steps: [
    ...duoSteps,
    oktaAdminStep,
    ...authenticatorsSteps('oie'),
    addTileStep('oie.duo-tile', /^duo security$/i, 'Add Duo Security', formShown),
    {
      id: 'oie.fill',
      console: 'okta-admin',
      group: 'okta',
      kind: 'fill',
      title: 'Fill the Duo keys',
      instruction: 'Fill Integration key, Secret key and API hostname with the values read from Duo.',
      target: { any: [{ dataSe: 'o-form', has: duoForm }, { css: 'form', has: duoForm }], describe: 'the Duo Security form' },
      at: formShown,
      // The Duo form opens from Security › Authenticators (reference §3.3).
      fill: duoKeysFill(/^\/admin\/access\/multifactor/, 'API hostname'),
    },
    {
      id: 'oie.username',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Choose the Duo Security username format',
      instruction: 'Pick the username format: it must be the name your users have in Duo.',
      help: 'Okta username: the full Okta login (user@example.com). Email: the primary email address. SAM Account Name: the Active Directory logon name, for users imported from AD.',
      target: field(/^duo security username format$/i, 'userNameTemplate'),
      at: formShown,
      advanceOn: 'change',
    },
    {
      id: 'oie.add',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Add the authenticator',
      instruction: 'Click Add.',
      target: { any: [{ role: 'button', name: /^add$/i }], within: { any: [{ css: 'form', has: duoForm }], describe: 'the Duo Security form' }, describe: '“Add” under the form' },
      done: {
        all: [
          { path: /^\/admin\/access\/multifactor/ },
          { not: formShown },
          { find: { any: [{ role: 'row', name: /duo security/i, scope: 'main' }], describe: 'Duo Security in the list' } },
        ],
      },
      proves: ['oie.fill', 'oie.username'],
    },
    ...enrollmentSteps('oie', /^duo security$/i, 'Duo Security'),
    {
      id: 'oie.global-session',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Security › Global Session Policy',
      instruction: 'In the side navigation open Security, then Global Session Policy.',
      href: '/admin/access/policies',
      target: securityNav(/^global session policy$/i, '“Global Session Policy” under Security'),
      done: { find: heading(/^global session policy$/i, 'Global Session Policy') },
    },
    {
      id: 'oie.add-rule',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Default Policy › Add rule',
      instruction: 'Select the Default Policy (or your users’ policy), then click Add rule.',
      target: {
        any: [{ role: 'button', name: /^add rule$/i, scope: 'main' }, { role: 'link', name: /^default policy$/i }, { role: 'button', name: /^default policy$/i }],
        describe: '“Add rule” on the Default Policy',
      },
      done: { find: ruleDialog },
    },
    ...ruleSteps('oie', /^create rule$/i),
    enrollTestStep,
  ],
};

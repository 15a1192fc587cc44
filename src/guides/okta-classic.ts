// Okta Classic Engine: the Duo Security factor (Security › Multifactor) and a sign-on rule.
// Labels: ../shared/reference/duo-okta-consoles.md §3.4 and §3.5.
import type { Locator } from '../engine/locate';
import { duoSteps } from './duo';
import { duoKeyField, duoKeysFill, enrollTestStep, field, heading, oktaAdminStep, ruleDialog, ruleSteps, securityNav } from './okta-shared';
import type { Cond, Flow } from './types';

const duoForm: Locator = duoKeyField;
const duoFormShown: Cond = { find: duoForm };
const duoHeading: Locator = heading(/^duo security$/i, 'the Duo Security heading');
// Cheap tests first: the path (verified, reference §3.3) before a search of the page's text.
const MULTIFACTOR = /^\/admin\/access\/multifactor/;
const saved: Cond = { all: [{ path: MULTIFACTOR }, { not: duoFormShown }, { savedKey: true }] };
const factorActive: Cond = {
  find: { any: [{ role: 'button', name: /^active$/i, scope: 'main' }], near: duoHeading, describe: 'the factor status “Active”' },
};

export const oktaClassic: Flow = {
  id: 'okta-classic',
  title: 'Okta Classic Engine: Duo Security factor',
  summary: 'Security › Multifactor › Duo Security, then a sign-on rule that prompts for it. Duo traditional prompt; the only option for Duo Federal.',
  steps: [
    ...duoSteps,
    oktaAdminStep,
    {
      id: 'classic.multifactor',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Security › Multifactor',
      instruction: 'In the side navigation open Security, then Multifactor.',
      href: '/admin/access/multifactor',
      target: securityNav(/^multifactor$/i, '“Multifactor” under Security in the side navigation'),
      done: { any: [{ path: MULTIFACTOR }, { find: heading(/^multifactor$/i, 'Multifactor') }] },
    },
    {
      id: 'classic.factor',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Choose Duo Security in Factor Types',
      instruction: 'On the Factor Types tab, click Duo Security.',
      target: {
        any: [
          { role: 'link', name: /^duo security$/i, scope: 'main' },
          { role: 'button', name: /^duo security$/i, scope: 'main' },
          { role: 'tab', name: /^factor types$/i },
        ],
        describe: '“Duo Security” in the list of factor types',
      },
      done: { find: heading(/^duo security settings$/i, 'Duo Security Settings') },
    },
    {
      id: 'classic.edit',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Edit Duo Security Settings',
      instruction: 'Click Edit beside Duo Security Settings.',
      target: {
        any: [{ role: 'button', name: /^edit$/i }, { role: 'link', name: /^edit$/i }],
        near: heading(/^duo security settings$/i, 'Duo Security Settings'),
        describe: '“Edit” beside Duo Security Settings',
      },
      done: duoFormShown,
    },
    {
      id: 'classic.fill',
      console: 'okta-admin',
      group: 'okta',
      kind: 'fill',
      title: 'Fill the Duo keys',
      instruction: 'Fill Integration key, Secret key and API Hostname with the values read from Duo.',
      target: {
        any: [{ dataSe: 'o-form', has: duoForm }, { css: 'form', has: duoForm }],
        describe: 'the Duo Security settings form',
      },
      at: duoFormShown,
      fill: duoKeysFill(MULTIFACTOR, 'API Hostname'),
    },
    {
      id: 'classic.username',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Choose the Duo Security Username Format',
      instruction: 'Pick the username format: it must be the name your users have in Duo.',
      help: 'Okta username: the full Okta login (user@example.com). Email: the primary email address. SAM Account Name: the Active Directory logon name, for users imported from AD.',
      target: field(/^duo security username format$/i, 'userNameFormat'),
      at: duoFormShown,
      advanceOn: 'change',
    },
    {
      id: 'classic.save',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Save the Duo Security settings',
      instruction: 'Click Save.',
      target: {
        any: [{ role: 'button', name: /^save$/i }],
        within: { any: [{ css: 'form', has: duoForm }], describe: 'the Duo Security form' },
        describe: '“Save” under the Duo Security form',
      },
      done: saved,
      proves: ['classic.fill', 'classic.username'],
    },
    {
      id: 'classic.activate',
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Activate the Duo Security factor',
      instruction: 'Click Inactive at the top right of the factor, then Activate.',
      target: {
        any: [{ role: 'menuitem', name: /^activate$/i }, { role: 'button', name: /^inactive$/i, scope: 'main' }],
        near: duoHeading,
        describe: 'the “Inactive” status button, then “Activate”',
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
      title: 'Security › Authentication',
      instruction: 'In the side navigation open Security, then Authentication.',
      href: '/admin/access/policies',
      target: securityNav(/^authentication$/i, '“Authentication” under Security in the side navigation'),
      done: { any: [{ path: /^\/admin\/access\/policies/ }, { find: heading(/^authentication$/i, 'Authentication') }] },
    },
    {
      id: 'classic.signon',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Open the Sign On tab',
      instruction: 'Click the Sign On tab.',
      target: { any: [{ role: 'tab', name: /^sign on$/i }], describe: 'the “Sign On” tab' },
      done: { checked: { any: [{ role: 'tab', name: /^sign on$/i }], describe: 'the Sign On tab' } },
    },
    {
      id: 'classic.add-rule',
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Default Policy › Add Rule',
      instruction: 'Select Default Policy (or the policy your users get), then click Add Rule.',
      target: {
        any: [
          { role: 'button', name: /^add rule$/i, scope: 'main' },
          { role: 'link', name: /^default policy$/i },
          { role: 'button', name: /^default policy$/i },
        ],
        describe: '“Add Rule” on the Default Policy',
      },
      done: { find: ruleDialog },
    },
    ...ruleSteps('classic', /^create rule$/i),
    enrollTestStep,
  ],
};

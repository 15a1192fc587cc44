// Locators and steps every Okta flow shares: the Admin button, the side nav, the end-user test.
import type { Locator, Text } from '../engine/locate';
import type { Step } from './types';

/** A Security › <item> link in Okta's side nav, or the Security section that reveals it. */
export function securityNav(item: Text, describe: string): Locator {
  return {
    any: [
      { role: 'link', name: item, scope: 'navigation' },
      { role: 'link', name: item },
      { role: 'button', name: /^security$/i, scope: 'navigation' },
      { dataSe: 'o-side-nav-item-SECURITY' },
    ],
    describe,
  };
}

export const heading = (name: Text, describe: string): Locator => ({ any: [{ role: 'heading', name }], describe });

/** A Courage form control by its label, or by its `data-se` wrapper. */
export function field(label: Text, dataSeName: string): Locator {
  return {
    any: [{ label }, { css: `[data-se="o-form-input-${dataSeName}"] input, [data-se="o-form-input-${dataSeName}"] select` }],
    describe: `the “${typeof label === 'string' ? label : label.source.replace(/[\\^$/i]/g, '')}” field`,
  };
}

export const oktaAdminStep: Step = {
  id: 'okta.admin',
  console: 'okta-user',
  group: 'okta',
  kind: 'nav',
  title: 'Open the Okta admin console',
  instruction: 'Sign in to Okta as an administrator and click Admin (skipped when you are already in the admin console).',
  target: {
    any: [
      { role: 'link', name: /^admin$/i },
      { role: 'button', name: /^admin$/i },
    ],
    describe: 'the “Admin” button at the top of the Okta dashboard',
  },
  done: { console: 'okta-admin' },
};

export const enrollTestStep: Step = {
  id: 'test.enroll',
  console: 'okta-user',
  group: 'test',
  kind: 'input',
  title: 'Test: enroll a user in Duo',
  instruction: 'Sign in to Okta as a test user who has not enrolled yet and click Setup under Duo Security.',
  help: 'Duo then walks the user through enrollment: adding a phone, installing Duo Mobile and activating it. Keep an Okta admin session open in another browser while you test.',
  target: {
    any: [
      { role: 'button', name: /^set ?up$/i },
      { role: 'link', name: /^set ?up$/i },
    ],
    within: {
      any: [
        { role: 'group', name: /./, has: { any: [{ text: /^duo security$/i }], describe: 'Duo Security' } },
        { role: 'row', name: /./, has: { any: [{ text: /^duo security$/i }], describe: 'Duo Security' } },
      ],
      describe: 'the Duo Security factor',
    },
    describe: '“Setup” under Duo Security on the sign-in page',
  },
  advanceOn: 'click',
};

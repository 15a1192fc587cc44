// Locators and steps every Okta flow shares: the Admin button, the side nav, the end-user test.
import type { Locator, Text } from '../engine/locate';
import type { Cond, FillSpec, Step } from './types';

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

/** Okta's Duo form (Classic factor and OIE authenticator alike) is known by its Integration key field. */
export const duoKeyField: Locator = field(/^integration key$/i, 'integrationKey');

/** Filling the Duo form: the three keys. Okta writes "API Hostname" in Classic, "API hostname" in OIE. */
export function duoKeysFill(paths: RegExp, hostLabel: string): FillSpec {
  return {
    paths,
    fields: [
      { name: 'Integration key', source: 'ikey', field: duoKeyField },
      { name: 'Secret key', source: 'skey', field: field(/^secret key$/i, 'secretKey') },
      { name: hostLabel, source: 'host', field: field(/^api hostname$/i, 'host') },
    ],
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
    near: { any: [{ text: /^duo security$/i }], describe: 'Duo Security' },
    describe: '“Setup” under Duo Security on the sign-in page',
  },
  advanceOn: 'click',
};

export const ruleDialog: Locator = { any: [{ role: 'dialog', name: /rule/i }], describe: 'the Add Rule dialog' };
const inRuleDialog = (l: Omit<Locator, 'within'>): Locator => ({ ...l, within: ruleDialog });

const FREQUENCY = /^(per device|every time|per session|at every sign in|when signing in with a new device cookie|after mfa lifetime expires for the device cookie)$/i;
const REQUIRE_MFA: Omit<Locator, 'within'> = {
  any: [{ role: 'checkbox', name: /^prompt for factor$/i }, { role: 'radio', name: /^required$/i }],
  describe: '“Prompt for Factor”, or “Required” beside “Multifactor authentication (MFA) is”',
};

/** The sign-on rule dialog: Classic's Okta sign-on policy and OIE's Global Session Policy share it. */
export function ruleSteps(prefix: string, create: RegExp): Step[] {
  const base = { console: 'okta-admin', group: 'okta', kind: 'input' } as const;
  // Each field's evidence includes the ones before it: a radio checked by default must not
  // count as the admin's choice before the rule is even named.
  const named: Cond = { value: inRuleDialog({ any: [{ label: /^rule name$/i }], describe: 'Rule Name' }), matches: /\S/ };
  const required: Cond = { all: [named, { checked: inRuleDialog(REQUIRE_MFA) }] };

  return [
    {
      ...base,
      id: `${prefix}.rule-name`,
      title: 'Name the rule',
      instruction: 'Type a rule name, for example “Duo Authentication”. Excluding users is optional (keep one admin excluded while you test).',
      target: inRuleDialog({ any: [{ label: /^rule name$/i }], describe: 'the “Rule Name” field' }),
      done: named,
    },
    {
      ...base,
      id: `${prefix}.rule-mfa`,
      title: 'Require the factor',
      instruction: 'Tick Prompt for Factor — or, in newer consoles, set Multifactor authentication (MFA) is: Required.',
      target: inRuleDialog(REQUIRE_MFA),
      done: required,
      proves: [`${prefix}.rule-name`],
    },
    {
      ...base,
      id: `${prefix}.rule-frequency`,
      title: 'Choose how often to prompt',
      instruction: 'Choose how often users are prompted for Duo.',
      help: 'Per Device: once per device, until “Do not challenge me on this device” expires. Every Time: at every sign-in. Per Session: once per Okta session. Newer wording: “At every sign in”, “When signing in with a new device cookie”, or “After MFA lifetime expires for the device cookie”.',
      // The whole group of choices; one is checked by default, so only the admin's own choice
      // (or creating the rule) completes the step.
      target: inRuleDialog({
        any: [{ role: 'group', name: /./ }],
        near: { any: [{ role: 'radio', name: FREQUENCY }], describe: 'a prompt frequency' },
        describe: 'the prompt frequency choices',
      }),
      at: required,
      advanceOn: 'change',
    },
    {
      ...base,
      id: `${prefix}.create-rule`,
      title: 'Create the rule',
      instruction: 'Click Create Rule, then check that the policy lists your rule.',
      target: inRuleDialog({ any: [{ role: 'button', name: create }], describe: '“Create Rule” at the bottom of the dialog' }),
      // Sign-on policies live at /admin/access/policies in both engines (reference §3.3).
      done: {
        all: [
          { path: /^\/admin\/access\/policies/ },
          { not: { find: ruleDialog } },
          { find: { any: [{ role: 'row', name: /duo/i, scope: 'main' }], describe: 'the new rule in the list' } },
        ],
      },
      proves: [`${prefix}.rule-name`, `${prefix}.rule-mfa`, `${prefix}.rule-frequency`],
    },
  ];
}

/** What names a card, tile or row in Okta's lists: its heading or its text. */
export const named = (name: RegExp, describe: string): Locator => ({
  any: [{ role: 'heading', name }, { text: name, scope: 'main' }],
  describe,
});

/** The "Add" button on one tile of Security › Authenticators › Add authenticator. */
export function addTileStep(id: string, name: RegExp, title: string, formShown: Step['done']): Step {
  return {
    id,
    console: 'okta-admin',
    group: 'okta',
    kind: 'nav',
    title,
    instruction: `${title.replace(/^Add /, 'Click Add on the ')} tile.`,
    target: {
      any: [{ role: 'button', name: /^(add|select|next)$/i }, { role: 'link', name: /^(add|select|next)$/i }],
      near: named(name, title.replace(/^Add /, '')),
      describe: `“Add” on the ${title.replace(/^Add /, '')} tile`,
    },
    done: formShown,
  };
}

/** Security › Authenticators, then Add authenticator (Identity Engine). */
export function authenticatorsSteps(prefix: string): Step[] {
  return [
    {
      id: `${prefix}.authenticators`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Security › Authenticators',
      instruction: 'In the side navigation open Security, then Authenticators.',
      href: '/admin/access/multifactor',
      target: securityNav(/^authenticators$/i, '“Authenticators” under Security in the side navigation'),
      done: { find: heading(/^authenticators$/i, 'Authenticators') },
    },
    {
      id: `${prefix}.add-authenticator`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Add authenticator',
      instruction: 'On the Setup tab, click Add authenticator.',
      target: {
        any: [{ role: 'button', name: /^add authenticator$/i }, { role: 'link', name: /^add authenticator$/i }, { role: 'tab', name: /^setup$/i }],
        describe: '“Add authenticator” on the Setup tab',
      },
      done: {
        find: {
          any: [{ role: 'button', name: /^add$/i }],
          near: named(/^(duo security|idp authenticator)$/i, 'the authenticator tiles'),
          describe: 'the authenticator tiles',
        },
      },
    },
  ];
}

const policyEditor: Locator = {
  any: [{ role: 'dialog', name: /polic/i }, { css: 'form', has: { any: [{ text: /^eligible authenticators$/i }], describe: 'Eligible authenticators' } }],
  describe: 'the enrollment policy editor',
};

/** Security › Authenticators › Enrollment: make the new authenticator Optional or Required. */
export function enrollmentSteps(prefix: string, authenticator: RegExp, name: string): Step[] {
  const choice: Locator = { any: [{ label: authenticator }], within: policyEditor, describe: `the “${name}” choice under Eligible authenticators` };
  return [
    {
      id: `${prefix}.enrollment-tab`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Open the Enrollment tab',
      instruction: 'Click the Enrollment tab of Authenticators.',
      href: '/admin/access/multifactor',
      target: { any: [{ role: 'tab', name: /^enrollment$/i }], describe: 'the “Enrollment” tab' },
      done: { checked: { any: [{ role: 'tab', name: /^enrollment$/i }], describe: 'the Enrollment tab' } },
    },
    {
      id: `${prefix}.enrollment-edit`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'Edit the enrollment policy',
      instruction: 'Click Edit on the Default Policy (or Add a policy for a pilot group).',
      target: {
        any: [{ role: 'button', name: /^edit$/i }, { role: 'link', name: /^edit$/i }],
        near: named(/^default policy$/i, 'Default Policy'),
        describe: '“Edit” on the Default Policy',
      },
      done: { find: choice },
    },
    {
      id: `${prefix}.enrollment-choice`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: `Set ${name} to Optional or Required`,
      instruction: `Under Eligible authenticators, set ${name} to Optional or Required.`,
      help: 'Required makes every user in the policy’s groups enroll at their next sign-in; Optional lets them choose. Start with a pilot group if you are unsure.',
      target: choice,
      done: { value: choice, matches: /optional|required/i },
    },
    {
      id: `${prefix}.enrollment-save`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'Update the policy',
      instruction: `Check that ${name} is Optional or Required, then click Update Policy.`,
      target: { any: [{ role: 'button', name: /^(update|create) policy$/i }], within: policyEditor, describe: '“Update Policy”' },
      // The policy, saved, lists the authenticator as Optional or Required.
      done: { all: [{ not: { find: policyEditor } }, { beside: authenticator, matches: /^(optional|required)$/i }] },
      proves: [`${prefix}.enrollment-choice`],
    },
  ];
}

// Locators and steps every Okta flow shares: the Admin button, the side nav, the end-user test.
import type { Locator, Text } from '../engine/locate';
import type { MessageKey } from '../i18n';
import type { Cond, FillSpec, Step } from './types';

/** A Security › <item> link in Okta's side nav, or the Security section that reveals it. */
export function securityNav(item: Text, describe: MessageKey): Locator {
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

export const heading = (name: Text, describe: MessageKey): Locator => ({ any: [{ role: 'heading', name }], describe });

/** A Courage form control by its label, or by its `data-se` wrapper. */
export function field(label: Text, dataSeName: string, describe: MessageKey): Locator {
  return {
    any: [{ label }, { css: `[data-se="o-form-input-${dataSeName}"] input, [data-se="o-form-input-${dataSeName}"] select` }],
    describe,
  };
}

/** Okta's Duo form (Classic factor and OIE authenticator alike) is known by its Integration key field. */
export const duoKeyField: Locator = field(/^integration key$/i, 'integrationKey', 'look_field_integration_key');

/** Filling the Duo form: the three keys. Okta writes "API Hostname" in Classic, "API hostname" in OIE. */
export function duoKeysFill(paths: RegExp, hostLabel: MessageKey): FillSpec {
  return {
    paths,
    fields: [
      { name: 'field_integration_key', source: 'ikey', field: duoKeyField },
      { name: 'field_secret_key', source: 'skey', field: field(/^secret key$/i, 'secretKey', 'look_field_secret_key') },
      { name: hostLabel, source: 'host', field: field(/^api hostname$/i, 'host', 'look_field_api_hostname') },
    ],
  };
}

export const oktaAdminStep: Step = {
  id: 'okta.admin',
  console: 'okta-user',
  group: 'okta',
  kind: 'nav',
  title: 'okta_admin_title',
  instruction: 'okta_admin_instruction',
  target: {
    any: [
      { role: 'link', name: /^admin$/i },
      { role: 'button', name: /^admin$/i },
    ],
    describe: 'look_admin_button_at_top_okta_dashboard',
  },
  done: { console: 'okta-admin' },
};

/** Okta's Sign-In Widget starts an enrollment with "Setup" (Classic), "Set up" named "Set up <name>."
 *  (Identity Engine), or one "Configure factor" submit when Duo is the only factor Classic requires. */
const SET_UP = /^(set ?up|configure factor)$/i;
const SET_UP_CONTROL = [
  { role: 'link', name: SET_UP },
  { role: 'button', name: SET_UP },
] as const;

/** The widget's setup screen for Duo ("Set up Duo Security", "Setup Duo Security"), not its list
 *  ("Set up security methods", "Set up multifactor authentication", "Setup required") and not another
 *  authenticator's (a test user with Okta Verify optional may open that one first). */
const DUO_SETUP_SCREEN = /^set ?up .*\bduo\b/i;
/** The IdP authenticator's setup screen bears the name the admin gave it: any authenticator's setup
 *  screen but Okta's own. */
const IDP_SETUP_SCREEN =
  /^set ?up (?!(security methods|multifactor authentication|required|another)$)(?!.*\b(okta verify|fastpass|e-?mail|phone|sms|voice|google authenticator|security key|biometric|security question|password|yubikey|securid|symantec|on-prem|custom otp)\b)\S/i;

/** The end-user test: a test user enrolls on the real Sign-In Widget. */
function enrollTest(instruction: MessageKey, screen: RegExp, target: Omit<Locator, 'any'>): Step {
  return {
    id: 'test.enroll',
    console: 'okta-user',
    group: 'test',
    kind: 'input',
    title: 'test_enroll_title',
    instruction,
    help: 'test_enroll_help',
    target: { any: [...SET_UP_CONTROL], ...target },
    // A check of the Verify group: done when the widget opens Duo's own setup screen.
    done: { find: { any: [{ role: 'heading', name: screen }], describe: 'look_setup_screen' } },
  };
}

/** Duo's row: the widget's `data-se` box ("duo" around Identity Engine's button, "DUO" on Classic's
 *  factor row), else its "Duo Security" label. "Configure factor" sits below the list, nearest the row. */
const DUO_ROW: Locator = {
  any: [{ dataSe: 'duo' }, { dataSe: 'DUO' }, { text: /^duo security$/i }, { role: 'heading', name: /duo security/i }],
  describe: 'look_duo_security',
};

/** Traditional prompt: Setup (Classic) or Set up (Identity Engine) beside Duo Security. */
export const classicEnrollTestStep = enrollTest('test_enroll_instruction', DUO_SETUP_SCREEN, { near: DUO_ROW, describe: 'look_setup_under_duo_security' });
export const oieEnrollTestStep = enrollTest('test_enroll_oie_instruction', DUO_SETUP_SCREEN, { near: DUO_ROW, describe: 'look_setup_under_duo_security' });

/** Universal Prompt: the IdP authenticator is listed under the name the admin gave it, not Duo's,
 *  so its Set up is found inside the box the widget marks `data-se="external_idp"`. */
export const idpEnrollTestStep = enrollTest('test_enroll_idp_instruction', IDP_SETUP_SCREEN, {
  within: { any: [{ dataSe: 'external_idp' }], describe: 'look_idp_authenticator_sign_in' },
  describe: 'look_setup_idp_authenticator',
});

// SimpleModal (Courage's dialogs) gives its container no role and no name: found by its heading.
const RULE_HEADING: Locator = { any: [{ role: 'heading', name: /\brule\b/i }], describe: 'look_add_rule_dialog' };
export const ruleDialog: Locator = {
  any: [
    { role: 'dialog', name: /rule/i },
    { css: '#simplemodal-container,[aria-modal="true"],.MuiDialog-root', has: RULE_HEADING },
    { dataSe: 'o-form', has: RULE_HEADING },
  ],
  describe: 'look_add_rule_dialog',
};
const inRuleDialog = (l: Omit<Locator, 'within'>): Locator => ({ ...l, within: ruleDialog });

const FREQUENCY = /^(per device|every time|per session|at every sign in|when signing in with a new device cookie|after mfa lifetime expires for the device cookie)$/i;
const REQUIRE_MFA: Omit<Locator, 'within'> = {
  any: [{ role: 'checkbox', name: /^prompt for factor$/i }, { role: 'radio', name: /^required$/i }],
  describe: 'look_prompt_for_factor_or_required_beside',
};

// Break-glass: the rule leaves out a named admin (Okta denies anyone whose Duo account is locked).
const EXCLUDE: Omit<Locator, 'within'> = { any: [{ label: /^exclude users( \(optional\))?$/i }], describe: 'look_exclude_users' };

/** The sign-on rule dialog: Classic's Okta sign-on policy and OIE's Global Session Policy share it. */
export function ruleSteps(prefix: string, create: RegExp, breakGlass = false): Step[] {
  const base = { console: 'okta-admin', group: 'okta', kind: 'input' } as const;
  // Each field's evidence includes the ones before it: a radio checked by default must not
  // count as the admin's choice before the rule is even named.
  const named: Cond = { value: inRuleDialog({ any: [{ label: /^rule name$/i }], describe: 'look_rule_name' }), matches: /\S/ };
  const required: Cond = { all: [named, { checked: inRuleDialog(REQUIRE_MFA) }] };

  const exclude: Step = {
    ...base,
    id: `${prefix}.break-glass`,
    title: 'break_glass_title',
    instruction: 'break_glass_rule_instruction',
    help: 'break_glass_help',
    breakGlass: true,
    target: inRuleDialog(EXCLUDE),
    done: { all: [named, { value: inRuleDialog(EXCLUDE), matches: /\S/ }] },
  };
  return [
    {
      ...base,
      id: `${prefix}.rule-name`,
      title: 'rule_name_title',
      instruction: 'rule_name_instruction',
      target: inRuleDialog({ any: [{ label: /^rule name$/i }], describe: 'look_rule_name_field' }),
      done: named,
    },
    ...(breakGlass ? [exclude] : []),
    {
      ...base,
      id: `${prefix}.rule-mfa`,
      title: 'rule_mfa_title',
      instruction: 'rule_mfa_instruction',
      target: inRuleDialog(REQUIRE_MFA),
      done: required,
      proves: [`${prefix}.rule-name`],
    },
    {
      ...base,
      id: `${prefix}.rule-frequency`,
      title: 'rule_frequency_title',
      instruction: 'rule_frequency_instruction',
      help: 'rule_frequency_help',
      // The whole group of choices; one is checked by default, so only the admin's own choice
      // (or creating the rule) completes the step.
      target: inRuleDialog({
        any: [{ role: 'group', name: /./ }],
        near: { any: [{ role: 'radio', name: FREQUENCY }], describe: 'look_prompt_frequency' },
        describe: 'look_prompt_frequency_choices',
      }),
      at: required,
      advanceOn: 'change',
    },
    {
      ...base,
      id: `${prefix}.create-rule`,
      title: 'create_rule_title',
      instruction: 'create_rule_instruction',
      // A weaker rule brings Okta's "Save anyway" confirmation, which may sit outside the dialog.
      target: {
        any: [{ role: 'button', name: /^save anyway$/i }, { role: 'button', name: create }],
        describe: 'look_create_rule_at_bottom_dialog',
      },
      // Sign-on policies live at /admin/access/policies in both engines (reference §3.3).
      done: {
        all: [
          { path: /^\/admin\/access\/policies/ },
          { not: { find: ruleDialog } },
          { find: { any: [{ role: 'row', name: /duo/i, scope: 'main' }], describe: 'look_new_rule_list' } },
        ],
      },
      proves: [`${prefix}.rule-name`, `${prefix}.rule-mfa`, `${prefix}.rule-frequency`],
    },
  ];
}

/** What names a card, tile or row in Okta's lists: its heading or its text. */
export const named = (name: RegExp, describe: MessageKey): Locator => ({
  any: [{ role: 'heading', name }, { text: name, scope: 'main' }],
  describe,
});

/** The "Add" button on one tile of Security › Authenticators › Add authenticator. */
export function addTileStep(id: string, name: RegExp, tile: MessageKey, formShown: Step['done']): Step {
  return {
    id,
    console: 'okta-admin',
    group: 'okta',
    kind: 'nav',
    title: ['add_tile_title', [tile]],
    instruction: ['add_tile_instruction', [tile]],
    target: {
      any: [{ role: 'button', name: /^(add|select|next)$/i }, { role: 'link', name: /^(add|select|next)$/i }],
      near: named(name, tile),
      describe: 'look_add_on_tile',
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
      title: 'authenticators_title',
      instruction: 'authenticators_instruction',
      href: '/admin/access/multifactor',
      target: securityNav(/^authenticators$/i, 'look_authenticators_in_side_navigation'),
      done: { find: heading(/^authenticators$/i, 'look_authenticators_heading') },
    },
    {
      id: `${prefix}.add-authenticator`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'add_authenticator_title',
      instruction: 'add_authenticator_instruction',
      target: {
        any: [{ role: 'button', name: /^add authenticator$/i }, { role: 'link', name: /^add authenticator$/i }, { role: 'tab', name: /^setup$/i }],
        describe: 'look_add_authenticator_setup_tab',
      },
      done: {
        find: {
          any: [{ role: 'button', name: /^add$/i }],
          near: named(/^(duo security|idp authenticator)$/i, 'look_authenticator_tiles'),
          describe: 'look_authenticator_tiles',
        },
      },
    },
  ];
}

const policyEditor: Locator = {
  any: [{ role: 'dialog', name: /polic/i }, { css: 'form', has: { any: [{ text: /^eligible authenticators$/i }], describe: 'look_eligible_authenticators' } }],
  describe: 'look_enrollment_policy_editor',
};

// Break-glass in the enrollment policy: a second authenticator stays Optional or Required.
const SECOND = ['okta verify', 'email', 'phone', 'google authenticator', 'security key or biometric'];
const secondAuthenticator = (name: string | RegExp): Locator => ({
  any: [{ label: typeof name === 'string' ? new RegExp(`^${name}$`, 'i') : name }],
  within: policyEditor,
  describe: 'look_second_authenticator',
});

/** Security › Authenticators › Enrollment: keep a second authenticator (break-glass), then make the
 *  new one Optional or Required. */
export function enrollmentSteps(prefix: string, authenticator: RegExp, name: MessageKey): Step[] {
  const choice: Locator = { any: [{ label: authenticator }], within: policyEditor, describe: 'look_eligible_authenticator_choice' };
  return [
    {
      id: `${prefix}.enrollment-tab`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'enrollment_tab_title',
      instruction: 'enrollment_tab_instruction',
      href: '/admin/access/multifactor',
      target: { any: [{ role: 'tab', name: /^enrollment$/i }], describe: 'look_enrollment_tab' },
      done: { checked: { any: [{ role: 'tab', name: /^enrollment$/i }], describe: 'look_enrollment_tab' } },
    },
    {
      id: `${prefix}.enrollment-edit`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'nav',
      title: 'enrollment_edit_title',
      instruction: 'enrollment_edit_instruction',
      target: {
        any: [{ role: 'button', name: /^edit$/i }, { role: 'link', name: /^edit$/i }],
        near: named(/^default policy$/i, 'look_default_policy'),
        describe: 'look_edit_default_policy',
      },
      done: { find: choice },
    },
    {
      id: `${prefix}.break-glass`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'break_glass_title',
      instruction: 'break_glass_enroll_instruction',
      help: 'break_glass_help',
      breakGlass: true,
      target: secondAuthenticator(/^(okta verify|email)$/i),
      done: { any: SECOND.map((n) => ({ value: secondAuthenticator(n), matches: /^(optional|required)$/i })) },
    },
    {
      id: `${prefix}.enrollment-choice`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: ['enrollment_choice_title', [name]],
      instruction: ['enrollment_choice_instruction', [name]],
      help: 'enrollment_choice_help',
      target: choice,
      done: { value: choice, matches: /optional|required/i },
    },
    {
      id: `${prefix}.enrollment-save`,
      console: 'okta-admin',
      group: 'okta',
      kind: 'input',
      title: 'enrollment_save_title',
      instruction: ['enrollment_save_instruction', [name]],
      target: { any: [{ role: 'button', name: /^(update|create) policy$/i }], within: policyEditor, describe: 'look_update_policy' },
      // The policy, saved, lists the authenticator as Optional or Required.
      done: { all: [{ not: { find: policyEditor } }, { beside: authenticator, matches: /^(optional|required)$/i }] },
      proves: [`${prefix}.enrollment-choice`],
    },
  ];
}

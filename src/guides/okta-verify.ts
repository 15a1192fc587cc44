// The Verify group's Okta admin check: Reports › Access Testing Tool, run for a test user and the
// Okta Dashboard, judged by a result row that requires MFA and names Duo. Okta documents the tool,
// its menu and its Application and Username fields for Identity Engine only (help.okta.com/oie
// "Access Testing Tool"; it simulates Identity Engine policies), so the Classic flow has no such
// step; its result layout is a guess (test/consoles/README.md).
import type { Locator } from '../engine/locate';
import { heading } from './okta-shared';
import type { Step } from './types';

const ATT = /^access testing tool$/i;
// "Application" in Okta's docs ("Target app" was this project's first guess, kept as a fallback),
// found by its label only: the page is not a Courage form, so no `data-se` hook of its is known.
const application: Locator = { any: [{ label: /^(application|target app)$/i }], describe: 'look_field_att_application' };
// A row that requires MFA ("Required", never "Not required") and names Duo (the factor, the
// authenticator, or the IdP the Universal Prompt flow named Duo Security).
const DUO_REQUIRED = /^(?!.*\bnot required\b)(?=.*\brequired\b)(?=.*\bduo\b)/i;

export const accessTestSteps: Step[] = [
  {
    id: 'verify.att',
    console: 'okta-admin',
    group: 'test',
    kind: 'nav',
    title: 'att_title',
    instruction: 'att_instruction',
    target: {
      any: [
        { role: 'link', name: ATT, scope: 'navigation' },
        { role: 'link', name: ATT },
        { role: 'button', name: /^reports$/i, scope: 'navigation' },
        { dataSe: 'o-side-nav-item-REPORTS' },
      ],
      describe: 'look_access_testing_tool_in_side_navigation',
    },
    done: { find: heading(ATT, 'look_access_testing_tool_heading') },
  },
  {
    id: 'verify.att-run',
    console: 'okta-admin',
    group: 'test',
    kind: 'input',
    title: 'att_run_title',
    instruction: 'att_run_instruction',
    help: 'att_run_help',
    target: { any: [{ css: 'form', has: application }], describe: 'look_access_testing_tool_fields' },
    done: {
      all: [
        { value: application, matches: /okta dashboard/i },
        { find: { any: [{ role: 'row', name: DUO_REQUIRED, scope: 'main' }], describe: 'look_rule_requiring_duo' } satisfies Locator },
      ],
    },
  },
];

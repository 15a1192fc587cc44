// The Verify group's Duo checks: the Authentication Log shows the Okta application's test
// enrollment or authentication with its result; for the Universal Prompt, Activate Universal
// Prompt on the application's page once Duo offers it (reference §6; the pages' layout is a
// guess, test/consoles/README.md). Only what the page shows completes them.
import type { Step } from './types';

const LOG = /^authentication log$/i;
// A log row of the Okta application with a result.
const OKTA_RESULT = /^(?=.*\bokta\b)(?=.*\b(granted|denied|enrolled|success|failure|fraud)\b)/i;

export const duoLogSteps: Step[] = [
  {
    id: 'verify.duo-log',
    console: 'duo-admin',
    group: 'test',
    kind: 'nav',
    title: 'duo_log_title',
    instruction: 'duo_log_instruction',
    target: {
      any: [{ role: 'link', name: LOG, scope: 'navigation' }, { role: 'link', name: LOG }, { role: 'link', name: /^reports$/i, scope: 'navigation' }],
      describe: 'look_authentication_log',
    },
    // The log page itself, with its filter: Duo's dashboard has an "Authentication Log" card too.
    done: {
      all: [
        { find: { any: [{ role: 'heading', name: LOG }], describe: 'look_authentication_log_heading' } },
        { find: { any: [{ label: /^(applications?|filter by application)$/i }], describe: 'look_authentication_log_heading' } },
      ],
    },
  },
  {
    id: 'verify.duo-entry',
    console: 'duo-admin',
    group: 'test',
    kind: 'input',
    title: 'duo_entry_title',
    instruction: 'duo_entry_instruction',
    help: 'duo_entry_help',
    target: { any: [{ role: 'row', name: OKTA_RESULT, scope: 'main' }], describe: 'look_okta_log_row' },
    done: { find: { any: [{ role: 'row', name: OKTA_RESULT, scope: 'main' }], describe: 'look_okta_log_row' } },
  },
];

export const duoActivateSteps: Step[] = [
  {
    id: 'verify.duo-up',
    console: 'duo-admin',
    group: 'test',
    kind: 'input',
    title: 'duo_up_title',
    instruction: 'duo_up_instruction',
    help: 'duo_up_help',
    target: { any: [{ role: 'button', name: /^activate universal prompt$/i }], describe: 'look_activate_universal_prompt' },
    done: { find: { any: [{ text: /^universal prompt (is )?(activated|active)\b/i }], describe: 'look_universal_prompt_activated' } },
  },
];

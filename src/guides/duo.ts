// The Duo half, the same for every Okta flow: find Protect an Application › Okta and read the keys.
// Labels and paths: ../shared/reference/duo-okta-consoles.md §1.
import type { Locator } from '../engine/locate';
import type { Cond, Step } from './types';

/** Older panels: "+ Protect an Application"; the newest: "+ Add Application" (to the catalog). */
const PROTECT = /^\+?\s*(protect an application|add( an)? application)$/i;

/** Show, Reveal or View, maybe naming what it shows; "Click to view". */
const REVEAL = /^(show|reveal|view|unmask)( the)?( (secret key|client secret|secret|key|value))?$|^click to (view|show|reveal)\b/i;

const detailsLabel = { any: [{ text: /^(integration key|client id)$/i }], describe: 'look_integration_key_or_client_id' } satisfies Locator;

/** The Okta application's page: Details with the keys, under a heading naming Okta. */
export const oktaAppPage: Cond = {
  all: [
    { console: 'duo-admin' },
    { find: detailsLabel },
    { find: { any: [{ role: 'heading', name: /\bokta\b/i }], describe: 'look_heading_naming_okta' } },
  ],
};

export const duoSteps: Step[] = [
  {
    id: 'duo.signin',
    console: 'duo-signin',
    group: 'duo',
    kind: 'nav',
    title: 'duo_signin_title',
    instruction: 'duo_signin_instruction',
    at: { console: 'duo-signin' },
    done: { console: 'duo-admin' },
  },
  {
    id: 'duo.applications',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'duo_applications_title',
    instruction: 'duo_applications_instruction',
    target: {
      any: [{ role: 'link', name: /^applications$/i, scope: 'navigation' }, { role: 'link', name: /^applications$/i }],
      describe: 'look_applications_left_navigation',
    },
    done: {
      any: [
        { path: /^\/applications\/?$/ },
        { find: { any: [{ role: 'heading', name: /^applications$/i, scope: 'main' }], describe: 'look_applications_heading' } },
      ],
    },
  },
  {
    id: 'duo.protect',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'duo_protect_title',
    instruction: 'duo_protect_instruction',
    target: {
      any: [
        { role: 'link', name: PROTECT, scope: 'main' },
        { role: 'button', name: PROTECT, scope: 'main' },
        { role: 'link', name: /^application catalog$/i, scope: 'main' },
        { role: 'link', name: PROTECT },
        { role: 'link', name: /^application catalog$/i },
      ],
      describe: 'look_protect_application_or_application_catalog',
    },
    done: {
      any: [
        { path: /^\/applications\/(protect|catalog)/ },
        { find: { any: [{ role: 'heading', name: /^(protect an application|application catalog)$/i }], describe: 'look_page_heading' } },
      ],
    },
  },
  {
    id: 'duo.search',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'duo_search_title',
    instruction: 'duo_search_instruction',
    target: {
      any: [
        { label: /^(filter|search) applications$/i },
        { role: 'textbox', name: /filter|search/i, scope: 'main' },
      ],
      describe: 'look_filter_box_above_list_applications',
    },
    at: { find: { any: [{ label: /^(filter|search) applications$/i }], describe: 'look_filter_box' } },
    done: { value: { any: [{ label: /^(filter|search) applications$/i }, { role: 'textbox', name: /filter|search/i, scope: 'main' }], describe: 'look_filter_box' }, matches: /okta/i },
  },
  {
    id: 'duo.protect-okta',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'duo_protect_okta_title',
    instruction: 'duo_protect_okta_instruction',
    target: {
      any: [
        { role: 'button', name: /^\+?\s*(protect( this application)?|add)$/i },
        { role: 'link', name: /^\+?\s*(protect( this application)?|add)$/i },
      ],
      near: { any: [{ text: /^okta$/i, scope: 'main' }, { role: 'heading', name: /^okta$/i, scope: 'main' }], describe: 'look_okta_row' },
      describe: 'look_protect_row_named_okta',
    },
  },
  {
    id: 'duo.capture',
    console: 'duo-admin',
    group: 'duo',
    kind: 'capture',
    title: 'duo_capture_title',
    instruction: 'duo_capture_instruction',
    help: 'duo_capture_help',
    // The whole Details section, so the callout sits beside it rather than over the keys.
    target: { any: [{ role: 'group', name: /^details$/i }, { role: 'heading', name: /^details$/i }], describe: 'look_details_section' },
    at: oktaAppPage,
    capture: {
      labels: {
        ikey: [/^integration key$/i, /^client id$/i],
        skey: [/^secret key$/i, /^client secret$/i],
        host: [/^api hostname$/i],
      },
      reveal: {
        any: [
          { role: 'button', name: REVEAL },
          { role: 'link', name: REVEAL },
        ],
        describe: 'look_control_that_shows_secret_key',
      },
    },
  },
];

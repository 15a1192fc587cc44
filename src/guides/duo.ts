// The Duo half, the same for every Okta flow: find Protect an Application › Okta and read the keys.
// Labels and paths: ../shared/reference/duo-okta-consoles.md §1.
import type { Locator } from '../engine/locate';
import type { Cond, Step } from './types';

const detailsLabel = { any: [{ text: /^(integration key|client id)$/i }], describe: 'Integration key or Client ID under Details' } satisfies Locator;

/** The Okta application's page: Details with the keys, under a heading naming Okta. */
export const oktaAppPage: Cond = {
  all: [
    { console: 'duo-admin' },
    { find: detailsLabel },
    { find: { any: [{ role: 'heading', name: /\bokta\b/i }], describe: 'a heading naming Okta' } },
  ],
};

export const duoSteps: Step[] = [
  {
    id: 'duo.signin',
    console: 'duo-signin',
    group: 'duo',
    kind: 'nav',
    title: 'Sign in to the Duo Admin Panel',
    instruction: 'Sign in with your Duo administrator account; the guide picks up once the Admin Panel opens.',
    at: { console: 'duo-signin' },
    done: { console: 'duo-admin' },
  },
  {
    id: 'duo.applications',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'Open Applications',
    instruction: 'Click Applications in the left navigation.',
    target: {
      any: [{ role: 'link', name: /^applications$/i, scope: 'navigation' }, { role: 'link', name: /^applications$/i }],
      describe: '“Applications” in the left navigation',
    },
    done: {
      any: [
        { path: /^\/applications\/?$/ },
        { find: { any: [{ role: 'heading', name: /^applications$/i, scope: 'main' }], describe: 'the Applications heading' } },
      ],
    },
  },
  {
    id: 'duo.protect',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'Protect an Application',
    instruction: 'Click Protect an Application (in newer Duo versions: Application Catalog).',
    target: {
      any: [
        { role: 'link', name: /^\+?\s*protect an application$/i, scope: 'main' },
        { role: 'button', name: /^\+?\s*protect an application$/i, scope: 'main' },
        { role: 'link', name: /^application catalog$/i, scope: 'main' },
        { role: 'link', name: /^(\+?\s*protect an application|application catalog)$/i },
      ],
      describe: '“Protect an Application” or “Application Catalog”',
    },
    done: {
      any: [
        { path: /^\/applications\/(protect|catalog)/ },
        { find: { any: [{ role: 'heading', name: /^(protect an application|application catalog)$/i }], describe: 'the page heading' } },
      ],
    },
  },
  {
    id: 'duo.search',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'Search for Okta',
    instruction: 'Type “okta” in the filter box.',
    target: {
      any: [
        { label: /^(filter|search) applications$/i },
        { role: 'textbox', name: /filter|search/i, scope: 'main' },
      ],
      describe: 'the filter box above the list of applications',
    },
    at: { find: { any: [{ label: /^(filter|search) applications$/i }], describe: 'the filter box' } },
    done: { value: { any: [{ label: /^(filter|search) applications$/i }, { role: 'textbox', name: /filter|search/i, scope: 'main' }], describe: 'the filter box' }, matches: /okta/i },
  },
  {
    id: 'duo.protect-okta',
    console: 'duo-admin',
    group: 'duo',
    kind: 'nav',
    title: 'Protect Okta',
    instruction: 'Click Protect on the Okta row.',
    target: {
      any: [
        { role: 'button', name: /^\+?\s*(protect( this application)?|add)$/i },
        { role: 'link', name: /^\+?\s*(protect( this application)?|add)$/i },
      ],
      near: { any: [{ text: /^okta$/i, scope: 'main' }, { role: 'heading', name: /^okta$/i, scope: 'main' }], describe: 'the Okta row' },
      describe: '“Protect” on the row named Okta',
    },
  },
  {
    id: 'duo.capture',
    console: 'duo-admin',
    group: 'duo',
    kind: 'capture',
    title: 'Read the keys of the Okta application',
    instruction: 'The guide reads Integration key, Secret key and API hostname from Details.',
    help: 'The secret key is kept in memory only (never on disk or the clipboard) and forgotten once the setup is done.',
    // The whole Details section, so the callout sits beside it rather than over the keys.
    target: { any: [{ role: 'group', name: /^details$/i }, { role: 'heading', name: /^details$/i }], describe: 'the Details section' },
    at: oktaAppPage,
    capture: {
      labels: {
        ikey: [/^integration key$/i, /^client id$/i],
        skey: [/^secret key$/i, /^client secret$/i],
        host: [/^api hostname$/i],
      },
      reveal: {
        any: [
          { role: 'button', name: /^(show|reveal|view)( the)?( secret key| client secret)?$|^click to view/i },
          { role: 'link', name: /^(show|reveal|view)( the)?( secret key| client secret)?$|^click to view/i },
        ],
        describe: 'the control that shows the secret key',
      },
    },
  },
];

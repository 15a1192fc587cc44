// Where the guide's content script runs, and its file: read by the background, which registers it,
// and by the build (vite.config.ts), which writes it. No browser API here.
import { OKTA_SITES } from '../engine/hosts';

/** The one content script, self-contained (built by vite.config.ts's `guideScript`). */
export const GUIDE_FILE = 'content.js';

/** Where the guide may run. Match patterns allow `*` only as a whole leftmost label, so Duo's
 *  `admin-*` hosts are matched as `*.duosecurity.com`; the script itself starts only on an exact
 *  console host shape (src/engine/hosts.ts) and exits at once anywhere else. */
export const GUIDE_MATCHES = [
  'https://*.duosecurity.com/*',
  'https://*.duofederal.com/*',
  'https://*.okta.com/*',
  'https://*.oktapreview.com/*',
  'https://*.okta-emea.com/*',
  'https://*.okta-gov.com/*',
  'https://*.okta.mil/*',
];
/** Duo's and Okta's own sites on those domains: the script is not even loaded there. */
export const GUIDE_EXCLUDES = [
  'https://www.duosecurity.com/*',
  'https://www.duofederal.com/*',
  ...OKTA_SITES.map((h) => `https://${h}.okta.com/*`),
];

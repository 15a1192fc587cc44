// Where the guide's content script runs, and its file: read by the background, which registers it,
// and by the build (vite.config.ts), which writes it. No browser API here.
import { OKTA_SITES } from '../engine/hosts';

/** The guide's content scripts, one per console side, each self-contained (built by
 *  vite.config.ts's `guideScripts`). */
export const GUIDE_FILES = { duo: 'content-duo.js', okta: 'content-okta.js' } as const;
/** Diagnostics and teaching, injected only when the admin asks for them. */
export const HELP_FILE = 'help.js';

/** Where the guide may run. Match patterns allow `*` only as a whole leftmost label, so Duo's
 *  `admin-*` hosts are matched as `*.duosecurity.com`; the script itself starts only on an exact
 *  console host shape (src/engine/hosts.ts) and exits at once anywhere else. */
export const DUO_MATCHES = ['https://*.duosecurity.com/*', 'https://*.duofederal.com/*'];
export const OKTA_MATCHES = ['https://*.okta.com/*', 'https://*.oktapreview.com/*', 'https://*.okta-emea.com/*', 'https://*.okta-gov.com/*', 'https://*.okta.mil/*'];
export const GUIDE_MATCHES = [...DUO_MATCHES, ...OKTA_MATCHES];
/** Duo's and Okta's own sites on those domains: the script is not even loaded there. */
export const GUIDE_EXCLUDES = [
  'https://www.duosecurity.com/*',
  'https://www.duofederal.com/*',
  ...OKTA_SITES.map((h) => `https://${h}.okta.com/*`),
];

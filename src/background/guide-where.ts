// Where the guide's content script runs, and its file: read by the background, which registers it,
// and by the build (vite.config.ts), which writes it. No browser API here.
import { OKTA_SITES, type Side } from '../engine/hosts';
import { FLOW_IDS, type FlowId } from '../guides/types';

const FLOW_FILES: Record<FlowId, string> = { 'okta-classic': 'classic', 'okta-oie': 'oie', 'okta-universal-prompt': 'up' };

/** The guide's content scripts, one per console side and flow, each self-contained (built by
 *  vite.config.ts's `guideScripts`): a page loads only its console's half of the flow in use. */
export const guideFile = (side: Side, flow: FlowId): string => `content-${side}-${FLOW_FILES[flow]}.js`;
export const GUIDE_FILES: string[] = FLOW_IDS.flatMap((flow) => [guideFile('duo', flow), guideFile('okta', flow)]);
/** The guide's parts, injected into a console page only on the steps that need them (src/content/
 *  need-part.ts): diagnostics and teaching when the admin asks for them, anywhere; reading the keys
 *  only on Duo's side, filling the form only on Okta's. */
export const PARTS = ['help', 'capture', 'fill'] as const;
export type Part = (typeof PARTS)[number];
export const PART_SIDE: Record<Part, Side | null> = { help: null, capture: 'duo', fill: 'okta' };
export const partFile = (part: Part): string => `${part}.js`;

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

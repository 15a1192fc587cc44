// Where the captured keys may go and when they are used up: pure rules over the progress state.
// The background applies them; the content script and popup only show what they decide.
import { FLOWS } from '../guides';
import type { Msg } from '../i18n';
import { oktaAdminOrigin } from './hosts';
import type { State } from './progress';

/** Steps whose evidence shows the filled form saved in Okta: a saved Classic factor, an added
 *  authenticator, a created IdP (any step that `proves` a fill step), across every flow. */
const SAVED: ReadonlySet<string> = new Set(
  Object.values(FLOWS).flatMap((flow) => {
    const fills = new Set(flow.steps.filter((s) => s.kind === 'fill').map((s) => s.id));
    return flow.steps.filter((s) => s.proves?.some((id) => fills.has(id))).map((s) => s.id);
  }),
);

/** The secret has done its job: the org it was bound to shows the configuration saved. */
export function secretUsed(state: State): boolean {
  const org = state.captured?.secret ? state.captured.org : null;
  return !!org && !!state.marks[`okta:${org}`]?.done.some((id) => SAVED.has(id));
}

/** Why the keys may not be filled into this org's form, or null when they may: they go to one org
 *  only, and only the popup changes which. */
export function fillRefusal(state: State, org: string): Msg | null {
  const bound = state.captured?.org;
  if (!bound) return ['refuse_fill_unbound', org];
  if (bound !== org) return ['refuse_fill_other_org', bound, org];
  return null;
}

/** The host an org is listed by in the popup: its full admin console host. */
export const adminHost = (org: string): string => new URL(oktaAdminOrigin(org)).host;

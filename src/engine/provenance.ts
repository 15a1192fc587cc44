// Whether a Duo page is the Okta application's own page: an application's URL, Details that say the
// application is Okta, and, where the URL names an integration key, the same key as the one read.
// A dashboard with keys injected into it, or an Admin API application named "Okta …", is not.
import type { MessageKey } from '../i18n';
import { valueNear } from './locate';

const APP_PATH = /^\/applications\/([^/]+)\/?$/;
const IKEY = /^DI[A-Z0-9]{18}$/;
/** The row of Details that names what kind of application it is. */
const TYPE_LABEL = /^(application )?type$/i;
const OKTA_TYPE = /^okta$/i;

/** An application's page (`/applications/<id>`): the id when it is an integration key, else ''. */
export function duoAppId(path: string): string | null {
  const m = APP_PATH.exec(path);
  if (!m || /^(protect|catalog)$/.test(m[1]!)) return null;
  return IKEY.test(m[1]!) ? m[1]! : '';
}

/** The application type Details show, or null when they show none. */
export function detailsType(root: ParentNode): string | null {
  const details = detailsOf(root);
  return details ? valueNear(details, TYPE_LABEL).value : null;
}

/** The Details section: the region named by a "Details" heading. */
function detailsOf(root: ParentNode): ParentNode | null {
  for (const h of root.querySelectorAll('h1,h2,h3,h4,[role=heading]')) {
    if ((h.textContent ?? '').trim().toLowerCase() !== 'details') continue;
    return h.closest('section,[role=region],[role=group],.card') ?? h.parentElement;
  }
  return null;
}

/** Why keys may not be read from this page (a message key), or null when they may. That the key
 *  read is the one in the URL the background checks, after the key's own format. */
export function captureRefusal(path: string, root: ParentNode): MessageKey | null {
  if (duoAppId(path) === null) return 'capture_not_app_page';
  const type = detailsType(root);
  if (type === null || !OKTA_TYPE.test(type.trim())) return 'capture_not_okta_app';
  return null;
}

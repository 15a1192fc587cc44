// Whether a Duo page is the Okta application's own page: an application's URL, Details or Settings
// that say the application is Okta (or, where the page shows no type, the application named
// "Okta"), and, where the URL names an integration key, the same key as the one read.
// A dashboard with keys injected into it, or an Admin API application named "Okta …", is not.
import type { MessageKey } from '../i18n';
import { valueNear } from './locate';

const APP_PATH = /^\/applications\/([^/]+)\/?$/;
const IKEY = /^DI[A-Z0-9]{18}$/;
/** The row of Details that names what kind of application it is. */
const TYPE_LABEL = /^(application )?type$/i;
const OKTA_TYPE = /^okta$/i;
const SECTION = /^(details|settings)$/i;

/** An application's page (`/applications/<id>`): the id when it is an integration key, else ''. */
export function duoAppId(path: string): string | null {
  const m = APP_PATH.exec(path);
  if (!m || /^(protect|catalog)$/.test(m[1]!)) return null;
  return IKEY.test(m[1]!) ? m[1]! : '';
}

/** The application type the page's Details or Settings show, or null when they show none. */
export function detailsType(root: ParentNode): string | null {
  for (const section of sectionsOf(root)) {
    const type = valueNear(section, TYPE_LABEL).value;
    if (type !== null) return type;
  }
  return null;
}

/** The sections that describe the application: Details (the keys) and Settings (Type, Name), each
 *  the region named by its heading. A "Type" anywhere else on the page does not count. */
function sectionsOf(root: ParentNode): ParentNode[] {
  const out: ParentNode[] = [];
  for (const h of root.querySelectorAll('h1,h2,h3,h4,[role=heading]')) {
    if (!SECTION.test((h.textContent ?? '').trim())) continue;
    const section = h.closest('section,[role=region],[role=group],.card') ?? h.parentElement;
    if (section) out.push(section);
  }
  return out;
}

/** The application's own name: the page's first top-level heading. */
function appName(root: ParentNode): string {
  return (root.querySelector('main h1') ?? root.querySelector('h1'))?.textContent?.trim() ?? '';
}

/** Why keys may not be read from this page (a message key), or null when they may. That the key
 *  read is the one in the URL the background checks, after the key's own format. */
export function captureRefusal(path: string, root: ParentNode): MessageKey | null {
  if (duoAppId(path) === null) return 'capture_not_app_page';
  const type = detailsType(root);
  if (type !== null) return OKTA_TYPE.test(type.trim()) ? null : 'capture_not_okta_app';
  // A panel that shows no type (nothing public says every one does): the application must still
  // carry the name Duo gives a new Okta application, so "Okta directory sync" is not taken for it.
  return OKTA_TYPE.test(appName(root)) ? null : 'capture_not_okta_app';
}

// Which console a URL belongs to, judged from the parsed URL alone (never a substring test).
export type ConsoleKind = 'duo-signin' | 'duo-admin' | 'okta-admin' | 'okta-user';
export type Side = 'duo' | 'okta';

export interface ConsoleId {
  kind: ConsoleKind;
  side: Side;
  /** Duo: the admin host (one per Duo account). Okta: the org's end-user host, e.g. `acme.okta.com`. */
  account: string;
  origin: string;
  federal: boolean;
}

const DUO_HOST = /^admin(-[a-z0-9]+)?\.(duosecurity|duofederal)\.com$/;
const OKTA_HOST = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.(okta\.com|oktapreview\.com|okta-emea\.com|okta-gov\.com|okta\.mil)$/;
// Okta's own sites on the same domains; they are not customer orgs.
export const OKTA_SITES = ['www', 'help', 'support', 'developer', 'login', 'status', 'trust', 'community', 'devforum'] as const;
const OKTA_CORPORATE: ReadonlySet<string> = new Set(OKTA_SITES);

export function identifyConsole(href: string): ConsoleId | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  const duo = DUO_HOST.exec(host);
  if (duo) {
    const federal = duo[2] === 'duofederal';
    return duo[1]
      ? { kind: 'duo-admin', side: 'duo', account: host, origin: url.origin, federal }
      : { kind: 'duo-signin', side: 'duo', account: '', origin: url.origin, federal };
  }
  const okta = OKTA_HOST.exec(host);
  if (okta && !OKTA_CORPORATE.has(okta[1]!)) {
    const label = okta[1]!;
    const admin = label.endsWith('-admin') && label.length > '-admin'.length;
    const org = admin ? label.slice(0, -'-admin'.length) : label;
    return {
      kind: admin ? 'okta-admin' : 'okta-user',
      side: 'okta',
      account: `${org}.${okta[2]}`,
      origin: url.origin,
      federal: false,
    };
  }
  return null;
}

/** The admin console origin of an Okta org (`acme.okta.com` → `https://acme-admin.okta.com`). */
export function oktaAdminOrigin(org: string): string {
  const dot = org.indexOf('.');
  return `https://${org.slice(0, dot)}-admin${org.slice(dot)}`;
}

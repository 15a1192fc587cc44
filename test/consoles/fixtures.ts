/**
 * Fixture data shared by the simulated consoles (server.ts) and the tests.
 *
 * Everything here is FAKE test data. The Duo secret keys below are fixture
 * secrets: tests use them to check that the extension never leaks them
 * (logs, storage.local, clipboard, overlay DOM ...). The console server never
 * prints them.
 */

// ---------------------------------------------------------------- Duo hosts

/** Duo sign-in host (Admin Login). "Log in" leads to DUO_ADMIN_HOST. */
export const DUO_SIGNIN_HOST = 'admin.duosecurity.com';
/** Per-account Duo Admin Panel host (commercial). */
export const DUO_ADMIN_HOST = 'admin-abc12345.duosecurity.com';
/** Per-account Duo Admin Panel host (Duo Federal). */
export const DUO_FEDERAL_HOST = 'admin-fed12345.duofederal.com';
/** API hostname shown on the commercial account's application pages. */
export const DUO_API_HOST = 'api-abc12345.duosecurity.com';
/** API hostname shown on the federal account's application pages. */
export const DUO_FEDERAL_API_HOST = 'api-fed12345.duofederal.com';

export interface DuoAppFixture {
  /** Display name of the application in the Duo Admin Panel. */
  readonly name: string;
  /** Integration key / Client ID: ^DI[A-Z0-9]{18}$ */
  readonly ikey: string;
  /** Secret key / Client secret: ^[A-Za-z0-9]{40}$ */
  readonly skey: string;
  /** API hostname: ^api-[a-z0-9]+\.(duosecurity|duofederal)\.com$ */
  readonly host: string;
}

/**
 * The Okta application of the commercial Duo account. "Protect" (or "+ Add")
 * on Okta creates exactly this app and opens `/applications/${DUO_APP.ikey}`.
 * With `existingOkta: true` it is already in the Applications list.
 */
export const DUO_APP: DuoAppFixture = {
  name: 'Okta',
  ikey: 'DIX7Q2M9K4T8B1N6R3W5',
  skey: '2YL0xBIUyokSBjeNpO0MRJqehvlKrCy2chFCcug7',
  host: DUO_API_HOST,
};

/** The Okta application of the Duo Federal account (admin-fed12345.duofederal.com). */
export const DUO_FEDERAL_APP: DuoAppFixture = {
  name: 'Okta',
  ikey: 'DIF3D9R8A2L7K5Q1Z6M4',
  skey: 'wnHanHqZ75OHRlidZ0n2bMYeM9KTqrwbKT6BTp4J',
  host: DUO_FEDERAL_API_HOST,
};

/** Path of the Okta application's page in the Duo Admin Panel. */
export const DUO_APP_PATH = `/applications/${DUO_APP.ikey}`;

// --------------------------------------------------------------- Okta orgs

export type OktaPipeline = 'v1' | 'idx';

export interface OktaOrgFixture {
  /** Short org name (subdomain). */
  readonly name: string;
  readonly displayName: string;
  /** `pipeline` of /.well-known/okta-organization: 'v1' Classic Engine, 'idx' Identity Engine. */
  readonly pipeline: OktaPipeline;
  readonly engine: 'classic' | 'oie';
  /** Okta org id as returned by /.well-known/okta-organization. */
  readonly id: string;
  readonly cell: string;
  /** Admin console host. */
  readonly adminHost: string;
  /** Further admin hosts serving the same org (preview / EMEA cells). */
  readonly altAdminHosts: readonly string[];
  /** End-user dashboard / sign-in host. */
  readonly endUserHost: string;
}

export const OKTA_ORGS = {
  /** Classic Engine org. */
  acme: {
    name: 'acme',
    displayName: 'Acme Corp',
    pipeline: 'v1',
    engine: 'classic',
    id: '00o1acme2c3l4a5s6s7i',
    cell: 'ok12',
    adminHost: 'acme-admin.okta.com',
    altAdminHosts: ['acme-admin.okta-emea.com'],
    endUserHost: 'acme.okta.com',
  },
  /** Another org of the same company, named like acme (hostile tests: keys bound to acme). */
  acmeCorp: {
    name: 'acme-corp',
    displayName: 'Acme Corp',
    pipeline: 'v1',
    engine: 'classic',
    id: '00o3acmecorp4c5l6a7s',
    cell: 'ok12',
    adminHost: 'acme-corp-admin.okta.com',
    altAdminHosts: [],
    endUserHost: 'acme-corp.okta.com',
  },
  /** The admin's sandbox on oktapreview.com: a separate org, with its own state. */
  acmeSandbox: {
    name: 'acme',
    displayName: 'Acme Corp (sandbox)',
    pipeline: 'v1',
    engine: 'classic',
    id: '00o5acme6p7r8e9v0i1e',
    cell: 'op1',
    adminHost: 'acme-admin.oktapreview.com',
    altAdminHosts: [],
    endUserHost: 'acme.oktapreview.com',
  },
  /** Identity Engine org. */
  nova: {
    name: 'nova',
    displayName: 'Nova Inc',
    pipeline: 'idx',
    engine: 'oie',
    id: '00o9nova8i7d6x5o4i3e',
    cell: 'ok12',
    adminHost: 'nova-admin.okta.com',
    altAdminHosts: [],
    endUserHost: 'nova.okta.com',
  },
} as const satisfies Record<string, OktaOrgFixture>;

export type OktaOrgName = keyof typeof OKTA_ORGS;

export const OKTA_CLASSIC_ADMIN_HOST = OKTA_ORGS.acme.adminHost;
export const OKTA_OIE_ADMIN_HOST = OKTA_ORGS.nova.adminHost;

/** Release shown in the Okta admin footer. */
export const OKTA_RELEASE = '2026.11.0';

// ------------------------------------------------------------- host lists

/** Every host that serves a real (simulated) console. */
export const ALL_CONSOLE_HOSTS: readonly string[] = [
  DUO_SIGNIN_HOST,
  DUO_ADMIN_HOST,
  DUO_FEDERAL_HOST,
  OKTA_ORGS.acme.adminHost,
  ...OKTA_ORGS.acme.altAdminHosts,
  OKTA_ORGS.acme.endUserHost,
  OKTA_ORGS.nova.adminHost,
  OKTA_ORGS.nova.endUserHost,
  OKTA_ORGS.acmeCorp.adminHost,
  OKTA_ORGS.acmeCorp.endUserHost,
  OKTA_ORGS.acmeSandbox.adminHost,
  OKTA_ORGS.acmeSandbox.endUserHost,
];

/** Lookalike Duo hosts: they serve a COPY of the Duo Admin Panel (Okta app included). */
export const DUO_LOOKALIKE_HOSTS: readonly string[] = [
  'admin-abc12345.duosecurity.com.evil.example',
  'duosecurity.com.evil.example',
  'www.duosecurity.com',
  DUO_API_HOST,
  'xn--admin-abc12345-5nb.duosecurity.com',
  'admin-abc12345.duosecurity.co',
  'admin-abc12345-duosecurity.com',
];

/** Lookalike Okta hosts: they serve a COPY of the acme Classic admin console. */
export const OKTA_LOOKALIKE_HOSTS: readonly string[] = [
  'acme-admin.okta.com.evil.example',
  'okta.com.evil.example',
  'acme-admin.okta.co',
  'acme-admin-okta.com',
  'www.okta.com',
];

/** Unrelated host: serves the plain "Unrelated site" page. */
export const UNRELATED_HOSTS: readonly string[] = ['example.com'];

/**
 * Hosts that are NOT genuine consoles. The extension must never capture or
 * fill there, even though most of them serve console-looking markup.
 */
export const LOOKALIKE_HOSTS: readonly string[] = [
  ...DUO_LOOKALIKE_HOSTS,
  ...OKTA_LOOKALIKE_HOSTS,
  ...UNRELATED_HOSTS,
];

export const ALL_HOSTS: readonly string[] = [...ALL_CONSOLE_HOSTS, ...LOOKALIKE_HOSTS];

/** Value for Chromium's `--host-resolver-rules` that maps every fixture host to the server. */
export function hostResolverRules(port: number, hosts: readonly string[] = ALL_HOSTS): string {
  return hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
}

// ---------------------------------------------------------------- variants

export interface ConsoleVariant {
  /** Duo app page labels: 'ikey' = Integration key / Secret key (a <dl> of readonly inputs);
   *  'client' = Client ID / Client secret (a <table> of row headers and text). */
  duoLabels: 'ikey' | 'client';
  /** When true the secret is not in the DOM until the admin clicks "Show". */
  secretMasked: boolean;
  /** When true the Duo Applications list already holds an "Okta" app. */
  existingOkta: boolean;
  /** 'classic' = "Protect an Application" table; 'catalog' = "Application Catalog" tiles. */
  duoUi: 'classic' | 'catalog';
  /** Okta Classic sign-on rule wording: 'old' = Prompt for Factor / Per Device ...;
   *  'new' = Multifactor authentication (MFA) is / Users will be prompted for MFA. */
  ruleWording: 'old' | 'new';
  /** Delay before page content renders (initial load, SPA navigation, in-page views). */
  renderDelayMs: number;
  /** When true pages are served with a strict Content-Security-Policy (no inline script/style). */
  csp: boolean;
  /** What the Okta application's page shows: the real keys, or one of them malformed (hostile tests). */
  shownKeys: 'as-is' | 'ikey-19' | 'ikey-21' | 'ikey-lower' | 'skey-space' | 'skey-zero-width' | 'skey-39' | 'swapped' | 'host-empty' | 'host-scheme' | 'host-lookalike';
  /** 'static' = the top bar sits above a scrolling content pane; 'pinned' = the whole document
   *  scrolls under a pinned top bar (Okta: position:fixed, Duo: position:sticky). */
  topBar: 'static' | 'pinned';
  /** Which markup shapes the pages render (test/consoles/shapes.ts): 0 the reference's, any other a seeded draw. */
  seed: number;
  /** Classic orgs' Add identity provider: 'listed' offers OpenID Connect IdP; 'missing' does not
   *  (Okta Support has not enabled the four features it needs). Identity Engine orgs always list it. */
  oidcIdp: 'listed' | 'missing';
}

export const DEFAULT_VARIANT: Readonly<ConsoleVariant> = Object.freeze({
  duoLabels: 'ikey',
  secretMasked: true,
  existingOkta: false,
  duoUi: 'classic',
  ruleWording: 'old',
  renderDelayMs: 300,
  csp: false,
  shownKeys: 'as-is',
  topBar: 'static',
  seed: 0,
  oidcIdp: 'listed',
});

/** One recorded page save (every non-GET request a page made to an `/api/` path). */
export interface Submission {
  host: string;
  path: string;
  method: string;
  /** Parsed JSON body (or the raw text when it was not JSON). */
  body: unknown;
  /** HTTP status the server answered with. */
  status: number;
}

/**
 * Simulated Duo Admin Panel and Okta admin consoles (test fixtures).
 *
 * ONE Node https server with a self-signed certificate. It routes by the Host
 * header, so Chromium reaches every console under its real hostname through
 * `--host-resolver-rules=MAP <host> 127.0.0.1:<port>` (see hostResolverRules()).
 *
 * Run standalone:   npx tsx test/consoles/server.ts [--port 8443] [--variant '{"duoLabels":"client"}']
 *
 * The server never logs request bodies: they carry the fixture secret.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash, randomBytes } from 'node:crypto';
import { generate } from 'selfsigned';
import {
  ALL_HOSTS,
  DEFAULT_VARIANT,
  DUO_ADMIN_HOST,
  DUO_APP,
  DUO_FEDERAL_APP,
  DUO_FEDERAL_HOST,
  DUO_LOOKALIKE_HOSTS,
  DUO_SIGNIN_HOST,
  OKTA_LOOKALIKE_HOSTS,
  OKTA_ORGS,
  OKTA_RELEASE,
  hostResolverRules,
  type ConsoleVariant,
  type DuoAppFixture,
  type OktaOrgFixture,
  type Submission,
} from './fixtures.js';
import { newStateToken, widgetRoute } from './widget/routes.js';
import { shapesOf } from './shapes.js';
import { courageBundle } from './vendor/vendor.js';

const ROOT = dirname(fileURLToPath(import.meta.url));

// ======================================================================= types

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

type DuoAccountId = 'commercial' | 'federal' | 'lookalike';
type OrgKey = 'acme' | 'nova' | 'acmeCorp' | 'acmeSandbox' | 'evil';

type Site =
  | { kind: 'duo-signin' }
  | { kind: 'duo-panel'; account: DuoAccountId }
  | { kind: 'okta-admin'; org: OrgKey }
  | { kind: 'okta-enduser'; org: OrgKey }
  | { kind: 'unrelated' };

interface DuoApp {
  ikey: string;
  skey: string;
  name: string;
  type: string;
  protectionType: string;
  apiHost: string;
}

interface DuoAccount {
  id: DuoAccountId;
  displayName: string;
  apiHost: string;
  oktaApp: DuoAppFixture;
  apps: DuoApp[];
  /** Reports › Authentication Log: a user sent to Duo by an Okta org's sign-in page (test/consoles/duo/verify.js). */
  authLog: { at: string; result: string; user: string; application: string; event: string; device: string; universal: boolean }[];
  /** The Okta application's Universal Prompt was activated. */
  upActivated: boolean;
}

interface Policy {
  id: string;
  type: 'PASSWORD' | 'OKTA_SIGN_ON' | 'MFA_ENROLL' | 'ACCESS_POLICY' | 'AUTHENTICATOR_ENROLLMENT';
  name: string;
  description: string;
  status: 'ACTIVE';
  system: boolean;
  priority: number;
  settings?: JsonObject;
  rules: JsonObject[];
}

interface OrgState {
  key: OrgKey;
  fixture: OktaOrgFixture;
  xsrf: string;
  seq: number;
  duoFactor: {
    status: 'ACTIVE' | 'INACTIVE';
    config: null | { integrationKey: string; secretKey: string; host: string; userNameFormat: string };
    lastUpdated: string | null;
  };
  authenticators: JsonObject[];
  idps: JsonObject[];
  policies: Policy[];
  features: JsonObject[];
}

interface State {
  variant: ConsoleVariant;
  submissions: Submission[];
  duo: Record<DuoAccountId, DuoAccount>;
  orgs: Record<OrgKey, OrgState>;
}

// ===================================================================== variant

const VARIANT_CHOICES: { [K in keyof ConsoleVariant]: readonly unknown[] | 'number' | 'seed' } = {
  duoLabels: ['ikey', 'client'],
  secretMasked: [true, false],
  existingOkta: [false, true],
  duoUi: ['classic', 'catalog'],
  ruleWording: ['old', 'new'],
  renderDelayMs: 'number',
  csp: [false, true],
  shownKeys: ['as-is', 'ikey-19', 'ikey-21', 'ikey-lower', 'skey-space', 'skey-zero-width', 'skey-39', 'swapped', 'host-empty', 'host-scheme', 'host-lookalike'],
  topBar: ['static', 'pinned'],
  seed: 'seed',
  oidcIdp: ['listed', 'missing'],
};

/** What the Okta application's page shows, tampered per the `shownKeys` variant (hostile tests). */
function shownKeys(app: { ikey: string; skey: string; apiHost: string }, mode: ConsoleVariant['shownKeys']): { ikey: string; skey: string; apiHost: string } {
  const { ikey, skey, apiHost } = app;
  switch (mode) {
    case 'ikey-19': return { ikey: ikey.slice(0, 19), skey, apiHost };
    case 'ikey-21': return { ikey: `${ikey}7`, skey, apiHost };
    case 'ikey-lower': return { ikey: ikey.toLowerCase(), skey, apiHost };
    case 'skey-space': return { ikey, skey: `${skey.slice(0, 20)} ${skey.slice(20)}`, apiHost };
    case 'skey-zero-width': return { ikey, skey: `${skey.slice(0, 20)}\u200b${skey.slice(20)}`, apiHost };
    case 'skey-39': return { ikey, skey: skey.slice(1), apiHost };
    case 'swapped': return { ikey: skey, skey: ikey, apiHost };
    case 'host-empty': return { ikey, skey, apiHost: '' };
    case 'host-scheme': return { ikey, skey, apiHost: `https://${apiHost}` };
    case 'host-lookalike': return { ikey, skey, apiHost: `${apiHost}.evil.example` };
    default: return { ikey, skey, apiHost };
  }
}

/** Validates a (partial) variant; unknown keys or bad values throw. */
export function parseVariant(input: unknown): ConsoleVariant {
  const out: ConsoleVariant = { ...DEFAULT_VARIANT };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) throw new Error('variant must be a JSON object');
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (!(k in VARIANT_CHOICES)) throw new Error(`unknown variant key "${k}"`);
    const choice = VARIANT_CHOICES[k as keyof ConsoleVariant];
    if (choice === 'seed') {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new Error(`variant ${k} must be a whole number (0 or more)`);
    } else if (choice === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 60000) {
        throw new Error(`variant ${k} must be a number of milliseconds (0..60000)`);
      }
    } else if (!choice.includes(v)) {
      throw new Error(`variant ${k} must be one of ${choice.map((c) => JSON.stringify(c)).join(', ')}`);
    }
    (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

// ===================================================================== helpers

const KEY_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const KEY_MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic fake value of `len` chars from `alphabet`, derived from `seed`. */
function fakeChars(seed: string, len: number, alphabet: string): string {
  let out = '';
  let block = 0;
  while (out.length < len) {
    const digest = createHash('sha256').update(`${seed}#${block++}`).digest();
    for (const byte of digest) {
      if (out.length >= len) break;
      out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

function normalizeHost(raw: string | undefined): string {
  let host = (raw ?? '').trim().toLowerCase();
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
  else host = host.replace(/:\d+$/, '');
  return host.replace(/\.$/, '');
}

function classify(host: string): Site {
  if (host === DUO_SIGNIN_HOST) return { kind: 'duo-signin' };
  if (host === DUO_ADMIN_HOST) return { kind: 'duo-panel', account: 'commercial' };
  if (host === DUO_FEDERAL_HOST) return { kind: 'duo-panel', account: 'federal' };
  if (DUO_LOOKALIKE_HOSTS.includes(host)) return { kind: 'duo-panel', account: 'lookalike' };
  for (const key of ['acme', 'nova', 'acmeCorp', 'acmeSandbox'] as const) {
    const org: OktaOrgFixture = OKTA_ORGS[key];
    if (host === org.adminHost || org.altAdminHosts.includes(host)) return { kind: 'okta-admin', org: key };
    if (host === org.endUserHost) return { kind: 'okta-enduser', org: key };
  }
  if (OKTA_LOOKALIKE_HOSTS.includes(host)) return { kind: 'okta-admin', org: 'evil' };
  return { kind: 'unrelated' };
}

function oktaError(code: string, summary: string, causes: string[] = []): JsonObject {
  return {
    errorCode: code,
    errorSummary: summary,
    errorLink: code,
    errorId: 'oae' + randomBytes(9).toString('hex').slice(0, 18),
    errorCauses: causes.map((c) => ({ errorSummary: c })),
  };
}

const BLANK = 'This field cannot be left blank';

function isBlank(v: unknown): boolean {
  return typeof v !== 'string' || v.trim() === '';
}

function asObject(v: unknown): JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {};
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, '.000Z');
}

// ======================================================================= state

const DUO_DEFAULT_APPS: ReadonlyArray<Pick<DuoApp, 'name' | 'type' | 'protectionType'>> = [
  { name: 'Microsoft RDP', type: 'Microsoft RDP', protectionType: '2FA' },
  { name: 'Cisco ASA SSL VPN', type: 'Cisco ASA SSL VPN', protectionType: '2FA' },
  { name: 'Admin API', type: 'Admin API', protectionType: 'Partner API' },
  { name: 'Workday', type: 'Workday', protectionType: '2FA with SSO hosted by Duo (Single Sign-On)' },
];

function makeDuoApp(account: DuoAccount, name: string, type: string, protectionType: string): DuoApp {
  const seed = `${account.id}/${type}/${name}/${account.apps.length}`;
  return {
    ikey: 'DI' + fakeChars(seed + '/ikey', 18, KEY_UPPER),
    skey: fakeChars(seed + '/skey', 40, KEY_MIXED),
    name,
    type,
    protectionType,
    apiHost: account.apiHost,
  };
}

function oktaAppOf(account: DuoAccount): DuoApp {
  return {
    ikey: account.oktaApp.ikey,
    skey: account.oktaApp.skey,
    name: account.oktaApp.name,
    type: 'Okta',
    protectionType: '2FA',
    apiHost: account.oktaApp.host,
  };
}

function makeDuoAccount(id: DuoAccountId, variant: ConsoleVariant): DuoAccount {
  const federal = id === 'federal';
  const oktaApp = federal ? DUO_FEDERAL_APP : DUO_APP;
  const account: DuoAccount = {
    id,
    displayName: federal ? 'Acme Federal' : 'Acme Corp',
    apiHost: oktaApp.host,
    oktaApp,
    apps: [],
    authLog: [],
    upActivated: false,
  };
  for (const a of DUO_DEFAULT_APPS) account.apps.push(makeDuoApp(account, a.name, a.type, a.protectionType));
  // A lookalike copy always shows the Okta app page (a phishing copy of the Details markup).
  if (variant.existingOkta || id === 'lookalike') account.apps.splice(2, 0, oktaAppOf(account));
  return account;
}

function orgId(org: OrgState, prefix: string): string {
  org.seq += 1;
  // Okta ids are 20 characters: a 3-character prefix (00p, rst, 0pr, aut, 0oa ...) + 17.
  const body = `${org.key}${org.seq.toString(36).padStart(4, '0')}`;
  return (prefix + body + 'x'.repeat(20)).slice(0, 20);
}

function rule(org: OrgState, fields: JsonObject): JsonObject {
  return { id: orgId(org, '0pr'), status: 'ACTIVE', system: false, created: nowIso(), lastUpdated: nowIso(), ...fields };
}

function signOnDefaultRule(org: OrgState): JsonObject {
  return rule(org, {
    type: 'SIGN_ON',
    name: 'Default Rule',
    priority: 1,
    system: true,
    conditions: { network: { connection: 'ANYWHERE' }, authContext: { authType: 'ANY' } },
    actions: {
      signon: {
        access: 'ALLOW',
        requireFactor: false,
        primaryFactor: 'PASSWORD_IDP',
        session: { usePersistentCookie: false, maxSessionIdleMinutes: 120, maxSessionLifetimeMinutes: 0 },
      },
    },
  });
}

function catchAllRule(org: OrgState, factorMode: '1FA' | '2FA'): JsonObject {
  return rule(org, {
    type: 'ACCESS_POLICY',
    name: 'Catch-all Rule',
    priority: 99,
    system: true,
    conditions: {},
    actions: {
      appSignOn: {
        access: 'ALLOW',
        verificationMethod: { type: 'ASSURANCE', factorMode, constraints: [] },
      },
    },
  });
}

function makePolicy(org: OrgState, type: Policy['type'], name: string, description: string, system: boolean, priority: number): Policy {
  return { id: orgId(org, type === 'ACCESS_POLICY' ? 'rst' : '00p'), type, name, description, status: 'ACTIVE', system, priority, rules: [] };
}

const BUILTIN_AUTHENTICATORS: ReadonlyArray<{ key: string; name: string; type: string }> = [
  { key: 'okta_email', name: 'Email', type: 'email' },
  { key: 'okta_verify', name: 'Okta Verify', type: 'app' },
  { key: 'okta_password', name: 'Password', type: 'password' },
];

function makeOrg(key: OrgKey): OrgState {
  const fixture: OktaOrgFixture = key === 'evil' ? OKTA_ORGS.acme : OKTA_ORGS[key];
  const org: OrgState = {
    key,
    fixture,
    xsrf: fakeChars(`xsrf/${key}`, 32, KEY_MIXED),
    seq: 0,
    duoFactor: { status: 'INACTIVE', config: null, lastUpdated: null },
    authenticators: [],
    idps: [],
    policies: [],
    features: [],
  };
  const classic = fixture.engine === 'classic';

  const pw = makePolicy(org, 'PASSWORD', 'Default Policy', 'The default policy applies in all situations if no other policy applies.', true, 1);
  const signOn = makePolicy(
    org,
    'OKTA_SIGN_ON',
    'Default Policy',
    classic
      ? 'The default policy applies in all situations if no other policy applies.'
      : 'Default global session policy, applied to all users.',
    true,
    1,
  );
  signOn.rules.push(signOnDefaultRule(org));
  org.policies.push(pw, signOn);

  if (classic) {
    const enroll = makePolicy(org, 'MFA_ENROLL', 'Default Policy', 'The default MFA enrollment policy.', true, 1);
    enroll.settings = { type: 'FACTORS', factors: { okta_otp: { enroll: { self: 'OPTIONAL' } } } };
    org.policies.push(enroll);
  } else {
    for (const [i, a] of BUILTIN_AUTHENTICATORS.entries()) {
      org.authenticators.push({
        id: orgId(org, 'aut'),
        key: a.key,
        name: a.name,
        type: a.type,
        status: 'ACTIVE',
        created: nowIso(),
        lastUpdated: nowIso(),
        _order: i,
      });
    }
    const enroll = makePolicy(org, 'AUTHENTICATOR_ENROLLMENT', 'Default Policy', 'The default authenticator enrollment policy.', true, 1);
    enroll.settings = {
      type: 'AUTHENTICATORS',
      authenticators: [
        { key: 'okta_email', enroll: { self: 'OPTIONAL' } },
        { key: 'okta_verify', enroll: { self: 'OPTIONAL' } },
        { key: 'okta_password', enroll: { self: 'REQUIRED' } },
      ],
    };
    org.policies.push(enroll);
    const dash = makePolicy(org, 'ACCESS_POLICY', 'Okta Dashboard', 'Access policy for the Okta Dashboard.', false, 1);
    dash.rules.push(catchAllRule(org, '1FA'));
    const adminConsole = makePolicy(org, 'ACCESS_POLICY', 'Okta Admin Console', 'Access policy for the Okta Admin Console.', false, 2);
    adminConsole.rules.push(catchAllRule(org, '2FA'));
    const anyTwo = makePolicy(org, 'ACCESS_POLICY', 'Any two factors', 'Require any two factor types.', false, 3);
    anyTwo.rules.push(catchAllRule(org, '2FA'));
    org.policies.push(dash, adminConsole, anyTwo);
  }

  org.features.push(
    {
      id: 'ftrSkipVerifyIdpAuthn',
      name: 'Skip the verify screen and redirect to the IdP authenticator',
      description: 'When the IdP authenticator is the only factor a user must verify, redirect to the IdP directly instead of showing the Verify screen.',
      stage: { value: 'EA' },
      status: 'DISABLED',
    },
    {
      id: 'ftrNewAdminNavigation',
      name: 'Updated admin console navigation',
      description: 'Groups the admin console side navigation by task.',
      stage: { value: 'EA' },
      status: 'DISABLED',
    },
    {
      id: 'ftrPasswordlessEnroll',
      name: 'Passwordless enrollment with Okta Verify',
      description: 'Lets users enroll Okta Verify without a password.',
      stage: { value: 'GA' },
      status: 'ENABLED',
    },
  );
  return org;
}

function freshState(variant: ConsoleVariant): State {
  return {
    variant,
    submissions: [],
    duo: {
      commercial: makeDuoAccount('commercial', variant),
      federal: makeDuoAccount('federal', variant),
      lookalike: makeDuoAccount('lookalike', variant),
    },
    orgs: { acme: makeOrg('acme'), nova: makeOrg('nova'), acmeCorp: makeOrg('acmeCorp'), acmeSandbox: makeOrg('acmeSandbox'), evil: makeOrg('evil') },
  };
}

// ================================================================ http plumbing

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' https:";

/** The sign-in page's strict CSP: the consoles' own, plus the one thing the widget needs beyond
 *  it, the Duo Prompt's frame (Okta's page must allow it for the traditional prompt to work). */
const SIGNIN_CSP = `${CSP}; frame-src https://*.duosecurity.com https://*.duofederal.com`;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function baseHeaders(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  baseHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(data));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  baseHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

function sendScript(res: ServerResponse, js: string): void {
  baseHeaders(res);
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  res.end(js);
}

function redirect(res: ServerResponse, location: string): void {
  baseHeaders(res);
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > 1_000_000) throw new HttpError(413, 'request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
}

/** Page templates are read fresh on every request, so a running server picks up page edits. */
async function template(rel: string): Promise<string> {
  return readFile(join(ROOT, rel), 'utf8');
}

function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

async function sendPage(
  res: ServerResponse,
  state: State,
  rel: string,
  vars: { title: string; config: unknown; xsrf?: string; csp?: string },
  status = 200,
): Promise<void> {
  const html = (await template(rel))
    .replaceAll('{{TITLE}}', escapeHtml(vars.title))
    .replaceAll('{{XSRF}}', escapeHtml(vars.xsrf ?? ''))
    .replaceAll('{{CONFIG}}', scriptJson(vars.config));
  baseHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (state.variant.csp) {
    res.setHeader('Content-Security-Policy', vars.csp ?? CSP);
    res.setHeader('X-Frame-Options', 'DENY');
  }
  res.end(html);
}

/** The benchmark's heavy page (any host) and driver.js, the library it is compared with. */
async function bench(res: ServerResponse, pathname: string): Promise<void> {
  const files: Record<string, [string, string]> = {
    '/__bench/heavy': [join(ROOT, 'bench/heavy.html'), 'text/html; charset=utf-8'],
    '/__bench/driver.js': [resolve(ROOT, '../../node_modules/driver.js/dist/driver.js.iife.js'), 'text/javascript; charset=utf-8'],
    '/__bench/driver.css': [resolve(ROOT, '../../node_modules/driver.js/dist/driver.css'), 'text/css; charset=utf-8'],
  };
  const hit = files[pathname];
  if (!hit) throw new HttpError(404, 'not found');
  baseHeaders(res);
  res.setHeader('Content-Type', hit[1]);
  res.end(await readFile(hit[0]));
}

async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
  const rel = decodeURIComponent(pathname.slice('/_static/'.length));
  const file = resolve(ROOT, rel);
  const ext = extname(file);
  const allowedDir = ['common', 'duo', 'okta', 'bench'].some((d) => file.startsWith(join(ROOT, d) + sep));
  if (!allowedDir || !(ext in MIME) || ext === '.html') throw new HttpError(404, 'not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    throw new HttpError(404, 'not found');
  }
  baseHeaders(res);
  res.statusCode = 200;
  res.setHeader('Content-Type', MIME[ext] ?? 'application/octet-stream');
  res.end(body);
}

// ============================================================ the server itself

export interface ConsolesHandle {
  port: number;
  /** Port-less page URL as Chromium sees it (through --host-resolver-rules). */
  url(host: string, path?: string): string;
  /** Direct URL (https://127.0.0.1:PORT/path) for Node clients; send `Host: <host>` yourself. */
  directUrl(path?: string): string;
  /** `--host-resolver-rules` value mapping every fixture host to this server. */
  hostResolverRules: string;
  /** PEM of the self-signed certificate (trust it, or ignore certificate errors). */
  cert: string;
  /** In-process equivalents of the control endpoints. */
  reset(variant?: Partial<ConsoleVariant>): ConsoleVariant;
  submissions(): Submission[];
  variant(): ConsoleVariant;
  close(): Promise<void>;
}

let certPromise: Promise<{ key: string; cert: string }> | undefined;

function certificate(): Promise<{ key: string; cert: string }> {
  certPromise ??= (async () => {
    const dns = new Set<string>([
      ...ALL_HOSTS,
      'localhost',
      '*.duosecurity.com',
      '*.duofederal.com',
      '*.okta.com',
      '*.oktapreview.com',
      '*.okta-emea.com',
      '*.evil.example',
    ]);
    const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000);
    const notAfterDate = new Date(Date.now() + 90 * 24 * 3600 * 1000);
    const pems = await generate([{ name: 'commonName', value: 'Simulated Duo and Okta consoles' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            ...[...dns].map((value) => ({ type: 2 as const, value })),
            { type: 7 as const, ip: '127.0.0.1' },
            { type: 7 as const, ip: '::1' },
          ],
        },
      ],
    });
    return { key: pems.private, cert: pems.cert };
  })();
  return certPromise;
}

export async function startConsoles(
  opts: { port?: number; host?: string; variant?: Partial<ConsoleVariant> } = {},
): Promise<ConsolesHandle> {
  const { key, cert } = await certificate();
  let state = freshState(parseVariant(opts.variant));

  const reset = (variant?: Partial<ConsoleVariant>): ConsoleVariant => {
    state = freshState(parseVariant(variant));
    return state.variant;
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (!(err instanceof HttpError)) {
        // Message only: never a request body.
        console.error('consoles: internal error:', err instanceof Error ? err.message : String(err));
      }
      if (!res.headersSent) sendText(res, status, err instanceof HttpError ? err.message : 'internal error');
      else res.end();
    });
  });
  server.keepAliveTimeout = 2000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = normalizeHost(req.headers.host);
    const url = new URL(req.url ?? '/', 'https://placeholder.invalid');
    const path = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();

    if (path.startsWith('/__console/')) return control(req, res, path, method);
    if (path.startsWith('/_static/')) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method not allowed');
      return serveStatic(res, path);
    }
    if (path.startsWith('/__bench/')) return bench(res, path);
    if (path === '/_vendor/courage.js') return sendScript(res, await courageBundle());

    const site = classify(host);
    if (await widgetRoute(req, res, url, host, site.kind === 'okta-enduser' ? state.orgs[site.org] : null, state.variant.renderDelayMs, sentToDuo)) return;

    if (path.startsWith('/api/') && method !== 'GET' && method !== 'HEAD') {
      const text = await readBody(req);
      let body: unknown;
      try {
        body = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
      } catch {
        body = text;
      }
      const sub: Submission = { host, path, method, body, status: 0 };
      state.submissions.push(sub);
      try {
        await api(site, req, res, url, method, body);
      } finally {
        sub.status = res.statusCode;
      }
      return;
    }
    if (path.startsWith('/api/')) return api(site, req, res, url, method, undefined);

    switch (site.kind) {
      case 'duo-signin':
        return duoSignin(res, host, path, url);
      case 'duo-panel':
        return duoPanel(res, host, site.account);
      case 'okta-admin':
        return oktaAdmin(res, host, site.org, path);
      case 'okta-enduser':
        return oktaEndUser(res, host, site.org, path);
      default:
        return sendPage(res, state, 'common/unrelated.html', { title: 'Unrelated site', config: { console: 'unrelated', host } });
    }
  }

  // ------------------------------------------------------------ control

  async function control(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<void> {
    if (path === '/__console/reset' && method === 'POST') {
      const body = parseJsonBody(await readBody(req));
      let variant: ConsoleVariant;
      try {
        variant = reset(body as Partial<ConsoleVariant> | undefined);
      } catch (err) {
        return sendJson(res, 400, { ok: false, error: err instanceof Error ? err.message : String(err) });
      }
      return sendJson(res, 200, { ok: true, variant });
    }
    if (path === '/__console/submissions' && method === 'GET') return sendJson(res, 200, state.submissions);
    if (path === '/__console/variant' && method === 'GET') return sendJson(res, 200, state.variant);
    if (path === '/__console/health' && method === 'GET') return sendJson(res, 200, { ok: true });
    throw new HttpError(404, 'unknown control endpoint');
  }

  // ---------------------------------------------------------------- Duo

  function duoConfig(host: string, account: DuoAccount | null): JsonObject {
    const v = state.variant;
    return {
      console: account ? 'duo-panel' : 'duo-signin',
      host,
      variant: { ...v },
      shapes: shapesOf(v.seed, null),
      duo: account
        ? { accountName: account.displayName, federal: account.id === 'federal', adminName: 'Alex Admin' }
        : { panelUrl: `https://${DUO_ADMIN_HOST}/` },
    };
  }

  async function duoSignin(res: ServerResponse, host: string, path: string, url: URL): Promise<void> {
    if (path === '/' || path === '/login') {
      return sendPage(res, state, 'duo/signin.html', { title: 'Duo Admin - Login', config: duoConfig(host, null) });
    }
    return redirect(res, `/login?next=${encodeURIComponent(path + url.search)}`);
  }

  async function duoPanel(res: ServerResponse, host: string, accountId: DuoAccountId): Promise<void> {
    const account = state.duo[accountId];
    return sendPage(res, state, 'duo/panel.html', { title: 'Duo Admin Panel', config: duoConfig(host, account) });
  }

  function duoApi(account: DuoAccount, res: ServerResponse, path: string, method: string, body: unknown): void {
    const parts = path.split('/').filter(Boolean); // api duo applications [ikey] [secret]
    if (parts[2] === 'authlog' && parts.length === 3 && method === 'GET') return sendJson(res, 200, { response: [...account.authLog].reverse(), stat: 'OK' });
    if (parts[2] !== 'applications') throw new HttpError(404, 'not found');
    const summary = (a: DuoApp) => ({ ikey: a.ikey, name: a.name, type: a.type, protectionType: a.protectionType });
    if (parts.length === 3) {
      if (method === 'GET') return sendJson(res, 200, { response: account.apps.map(summary), stat: 'OK' });
      if (method === 'POST') {
        const b = asObject(body);
        const type = typeof b.type === 'string' ? b.type : '';
        const name = typeof b.name === 'string' && b.name.trim() ? b.name.trim() : type;
        if (!type) return sendJson(res, 400, { stat: 'FAIL', message: 'Missing application type' });
        let app: DuoApp;
        if (type.toLowerCase() === 'okta') {
          const existing = account.apps.find((a) => a.ikey === account.oktaApp.ikey);
          app = existing ?? oktaAppOf(account);
          if (!existing) account.apps.push(app);
        } else {
          const protection = typeof b.protectionType === 'string' ? b.protectionType : '2FA';
          const n = account.apps.filter((a) => a.type === type).length;
          app = makeDuoApp(account, n ? `${name} ${n + 1}` : name, type, protection);
          account.apps.push(app);
        }
        return sendJson(res, 200, { response: summary(app), stat: 'OK' });
      }
      throw new HttpError(405, 'method not allowed');
    }
    const app = account.apps.find((a) => a.ikey === parts[3]);
    if (!app) return sendJson(res, 404, { stat: 'FAIL', message: 'Resource not found' });
    if (parts.length === 4) {
      if (method === 'GET') {
        const shown = shownKeys(app, state.variant.shownKeys);
        return sendJson(res, 200, { response: { ...summary(app), ikey: shown.ikey, apiHost: shown.apiHost, universalPrompt: universalPromptOf(account, app) }, stat: 'OK' });
      }
      if (method === 'POST') {
        const b = asObject(body);
        if (isBlank(b.name)) return sendJson(res, 400, { stat: 'FAIL', message: 'Name cannot be blank' });
        app.name = String(b.name).trim();
        return sendJson(res, 200, { response: { ...summary(app), apiHost: app.apiHost }, stat: 'OK' });
      }
      throw new HttpError(405, 'method not allowed');
    }
    if (parts.length === 5 && parts[4] === 'universal-prompt' && method === 'POST') {
      // Offered once a user authenticated through the updated (OIDC) application.
      if (!universalPromptOf(account, app)?.eligible) return sendJson(res, 400, { stat: 'FAIL', message: 'No authentication through the updated application yet' });
      account.upActivated = true;
      return sendJson(res, 200, { response: universalPromptOf(account, app), stat: 'OK' });
    }
    if (parts.length === 5 && parts[4] === 'secret' && method === 'GET') {
      return sendJson(res, 200, { response: { secret: shownKeys(app, state.variant.shownKeys).skey }, stat: 'OK' });
    }
    throw new HttpError(404, 'not found');
  }

  /** The Okta application's Universal Prompt state; null for other applications. */
  function universalPromptOf(account: DuoAccount, app: DuoApp): JsonObject | null {
    if (app.ikey !== account.oktaApp.ikey) return null;
    return { eligible: account.authLog.some((e) => e.universal), activated: account.upActivated };
  }

  /** The sign-in page handed a user to Duo (the prompt itself is not simulated): the Duo account
   *  of that API hostname logs an enrollment for its Okta application. */
  function sentToDuo(duoHost: string, user: string, universal: boolean): void {
    const account = Object.values(state.duo).find((a) => a.id !== 'lookalike' && a.apiHost === duoHost);
    if (!account) return;
    const at = new Date().toISOString().replace('T', ' ').slice(0, 19);
    account.authLog.push({ at, result: 'Granted', user, application: account.oktaApp.name, event: 'Enrollment', device: 'Chrome, Linux', universal });
  }

  // --------------------------------------------------------------- Okta

  function wellKnown(org: OrgState, res: ServerResponse): void {
    return sendJson(res, 200, {
      id: org.fixture.id,
      _links: { organization: { href: `https://${org.fixture.endUserHost}` } },
      pipeline: org.fixture.pipeline,
      cell: org.fixture.cell,
    });
  }

  function oktaConfig(host: string, org: OrgState, kind: 'okta-admin' | 'okta-enduser'): JsonObject {
    const f = org.fixture;
    return {
      console: kind,
      host,
      variant: { ...state.variant },
      shapes: shapesOf(state.variant.seed, f.engine),
      okta: {
        org: f.name,
        displayName: f.displayName,
        engine: f.engine,
        pipeline: f.pipeline,
        cell: f.cell.toUpperCase(),
        release: OKTA_RELEASE,
        adminUrl: kind === 'okta-admin' ? `https://${host}` : `https://${f.adminHost}`,
        endUserUrl: `https://${f.endUserHost}`,
        adminUser: `admin@${f.name}.example`,
      },
    };
  }

  async function oktaAdmin(res: ServerResponse, host: string, key: OrgKey, path: string): Promise<void> {
    const org = state.orgs[key];
    if (path === '/.well-known/okta-organization') return wellKnown(org, res);
    if (path === '/' || path === '/admin' || path === '/admin/') return redirect(res, '/admin/dashboard');
    return sendPage(res, state, 'okta/admin.html', {
      title: `${org.fixture.displayName} - Okta Admin Console`,
      config: oktaConfig(host, org, 'okta-admin'),
      xsrf: org.xsrf,
    });
  }

  async function oktaEndUser(res: ServerResponse, host: string, key: OrgKey, path: string): Promise<void> {
    const org = state.orgs[key];
    if (path === '/.well-known/okta-organization') return wellKnown(org, res);
    if (path === '/') return redirect(res, '/app/UserHome');
    if (path.startsWith('/admin/')) return redirect(res, `https://${org.fixture.adminHost}${path}`);
    // Okta's hosted sign-in page: the real Sign-In Widget, with a state token for its first request.
    if (path.startsWith('/signin/')) {
      const config = { ...oktaConfig(host, org, 'okta-enduser'), stateToken: newStateToken(org) };
      return sendPage(res, state, 'okta/signin.html', { title: `${org.fixture.displayName} - Sign In`, config, csp: SIGNIN_CSP });
    }
    return sendPage(res, state, 'okta/enduser.html', {
      title: `${org.fixture.displayName} - Okta`,
      config: oktaConfig(host, org, 'okta-enduser'),
    });
  }

  async function api(site: Site, req: IncomingMessage, res: ServerResponse, url: URL, method: string, body: unknown): Promise<void> {
    const path = url.pathname;
    if (site.kind === 'duo-panel' && path.startsWith('/api/duo/')) {
      return duoApi(state.duo[site.account], res, path, method, body);
    }
    if ((site.kind === 'okta-admin' || site.kind === 'okta-enduser') && path.startsWith('/api/v1/')) {
      const org = state.orgs[site.org];
      if (method !== 'GET' && method !== 'HEAD') {
        if (site.kind !== 'okta-admin' || req.headers['x-okta-xsrftoken'] !== org.xsrf) {
          return sendJson(res, 403, oktaError('E0000006', 'You do not have permission to perform the requested action'));
        }
      }
      return oktaApi(org, res, url, method, body);
    }
    return sendJson(res, 404, oktaError('E0000022', 'The endpoint does not support the provided HTTP method'));
  }

  function notFound(res: ServerResponse): void {
    return sendJson(res, 404, oktaError('E0000007', 'Not found: Resource not found'));
  }

  function validation(res: ServerResponse, causes: string[]): void {
    return sendJson(res, 400, oktaError('E0000001', 'Api validation failed: ' + causes.map((c) => c.split(':')[0]).join(', '), causes));
  }

  function duoFactorView(org: OrgState): JsonObject {
    const c = org.duoFactor.config;
    return {
      id: 'duo',
      provider: 'DUO',
      factorType: 'web',
      status: org.duoFactor.status,
      configured: c !== null,
      lastUpdated: org.duoFactor.lastUpdated,
      settings: c ? { integrationKey: c.integrationKey, host: c.host, userNameFormat: c.userNameFormat } : null,
    };
  }

  function publicAuthenticator(a: JsonObject): JsonObject {
    const { _order: _ignored, ...rest } = a;
    const provider = asObject(rest.provider);
    if (rest.provider) {
      const conf = asObject(provider.configuration);
      const { secretKey: _s, integrationKey: _i, ...safe } = conf;
      return { ...rest, provider: { ...provider, configuration: safe } };
    }
    return rest;
  }

  function publicIdp(idp: JsonObject): JsonObject {
    const protocol = asObject(idp.protocol);
    const creds = asObject(protocol.credentials);
    const client = asObject(creds.client);
    const { client_secret: _s, ...safeClient } = client;
    return { ...idp, protocol: { ...protocol, credentials: { ...creds, client: safeClient } } };
  }

  function policyView(p: Policy): JsonObject {
    const { rules: _r, ...rest } = p;
    return rest as unknown as JsonObject;
  }

  function oktaApi(org: OrgState, res: ServerResponse, url: URL, method: string, body: unknown): void {
    const parts = url.pathname.split('/').filter(Boolean).slice(2); // after api/v1
    const classic = org.fixture.engine === 'classic';
    const b = asObject(body);

    // ---- Classic: Duo Security factor (Security > Multifactor)
    if (parts[0] === 'org' && parts[1] === 'factors' && parts[2] === 'duo') {
      if (!classic) return notFound(res);
      if (parts.length === 3) {
        if (method === 'GET') return sendJson(res, 200, duoFactorView(org));
        if (method === 'POST' || method === 'PUT') {
          const causes: string[] = [];
          for (const f of ['integrationKey', 'secretKey', 'host'] as const) if (isBlank(b[f])) causes.push(`${f}: ${BLANK}`);
          if (causes.length) return validation(res, causes);
          org.duoFactor.config = {
            integrationKey: String(b.integrationKey).trim(),
            secretKey: String(b.secretKey),
            host: String(b.host).trim(),
            userNameFormat: typeof b.userNameFormat === 'string' ? b.userNameFormat : 'OKTA_USERNAME',
          };
          org.duoFactor.lastUpdated = nowIso();
          return sendJson(res, 200, duoFactorView(org));
        }
      }
      if (parts.length === 5 && parts[3] === 'lifecycle' && method === 'POST') {
        if (parts[4] === 'activate') {
          if (!org.duoFactor.config) {
            return validation(res, ['settings: Enter the Duo Security settings and save them before activating the factor']);
          }
          org.duoFactor.status = 'ACTIVE';
        } else if (parts[4] === 'deactivate') {
          org.duoFactor.status = 'INACTIVE';
        } else return notFound(res);
        org.duoFactor.lastUpdated = nowIso();
        return sendJson(res, 200, duoFactorView(org));
      }
      return notFound(res);
    }

    // ---- OIE: authenticators
    if (parts[0] === 'authenticators') {
      if (classic) return notFound(res);
      if (parts.length === 1 && method === 'GET') {
        return sendJson(res, 200, org.authenticators.map(publicAuthenticator));
      }
      if (parts.length === 1 && method === 'POST') {
        const key = b.key;
        if (key === 'duo') {
          const conf = asObject(asObject(b.provider).configuration);
          const causes: string[] = [];
          for (const f of ['integrationKey', 'secretKey', 'host'] as const) if (isBlank(conf[f])) causes.push(`${f}: ${BLANK}`);
          if (causes.length) return validation(res, causes);
          if (org.authenticators.some((a) => a.key === 'duo')) {
            return validation(res, ['key: An authenticator with key duo already exists']);
          }
          const auth: JsonObject = {
            id: orgId(org, 'aut'),
            key: 'duo',
            name: typeof b.name === 'string' && b.name ? b.name : 'Duo Security',
            type: 'app',
            status: 'ACTIVE',
            created: nowIso(),
            lastUpdated: nowIso(),
            provider: { type: 'DUO', configuration: conf },
          };
          org.authenticators.push(auth);
          return sendJson(res, 200, publicAuthenticator(auth));
        }
        if (key === 'external_idp') {
          const conf = asObject(asObject(b.provider).configuration);
          const idp = org.idps.find((i) => i.id === conf.idpId);
          if (!idp) return validation(res, [`idpId: ${BLANK}`]);
          const auth: JsonObject = {
            id: orgId(org, 'aut'),
            key: 'external_idp',
            name: typeof b.name === 'string' && b.name ? b.name : String(idp.name),
            type: 'federated',
            status: 'ACTIVE',
            created: nowIso(),
            lastUpdated: nowIso(),
            provider: { type: 'CLAIMS', configuration: { idpId: String(idp.id) } },
          };
          org.authenticators.push(auth);
          return sendJson(res, 200, publicAuthenticator(auth));
        }
        return validation(res, ['key: Unsupported authenticator key']);
      }
      return notFound(res);
    }

    // ---- Identity providers
    if (parts[0] === 'idps') {
      if (parts.length === 1 && method === 'GET') return sendJson(res, 200, org.idps.map(publicIdp));
      if (parts.length === 1 && method === 'POST') {
        const protocol = asObject(b.protocol);
        const client = asObject(asObject(protocol.credentials).client);
        const endpoints = asObject(protocol.endpoints);
        const causes: string[] = [];
        if (isBlank(b.name)) causes.push(`name: ${BLANK}`);
        if (b.type === 'OIDC') {
          if (isBlank(client.client_id)) causes.push(`client_id: ${BLANK}`);
          if (client.token_endpoint_auth_method !== 'private_key_jwt' && isBlank(client.client_secret)) {
            causes.push(`client_secret: ${BLANK}`);
          }
          if (isBlank(asObject(protocol.issuer).url)) causes.push(`issuer: ${BLANK}`);
          for (const e of ['authorization', 'token', 'jwks'] as const) {
            if (isBlank(asObject(endpoints[e]).url)) causes.push(`${e}: ${BLANK}`);
          }
        }
        if (org.idps.some((i) => i.name === b.name)) causes.push('name: An identity provider with this name already exists');
        if (causes.length) return validation(res, causes);
        const idp: JsonObject = {
          ...b,
          id: orgId(org, '0oa'),
          status: 'ACTIVE',
          created: nowIso(),
          lastUpdated: nowIso(),
        };
        org.idps.push(idp);
        return sendJson(res, 200, publicIdp(idp));
      }
      return notFound(res);
    }

    // ---- Policies and rules
    if (parts[0] === 'policies') {
      if (parts.length === 1 && method === 'GET') {
        const type = url.searchParams.get('type');
        return sendJson(res, 200, org.policies.filter((p) => !type || p.type === type).map(policyView));
      }
      if (parts.length === 1 && method === 'POST') {
        if (isBlank(b.name)) return validation(res, [`name: ${BLANK}`]);
        const type = b.type;
        if (type !== 'AUTHENTICATOR_ENROLLMENT' && type !== 'ACCESS_POLICY' && type !== 'OKTA_SIGN_ON' && type !== 'MFA_ENROLL') {
          return validation(res, ['type: Unsupported policy type']);
        }
        const siblings = org.policies.filter((p) => p.type === type);
        const p = makePolicy(org, type, String(b.name).trim(), typeof b.description === 'string' ? b.description : '', false, siblings.length + 1);
        if (b.settings) p.settings = asObject(b.settings);
        if (type === 'ACCESS_POLICY') p.rules.push(catchAllRule(org, '2FA'));
        org.policies.push(p);
        return sendJson(res, 200, policyView(p));
      }
      const policy = org.policies.find((p) => p.id === parts[1]);
      if (!policy) return notFound(res);
      if (parts.length === 2) {
        if (method === 'GET') return sendJson(res, 200, policyView(policy));
        if (method === 'PUT' || method === 'POST') {
          if (b.name !== undefined && isBlank(b.name)) return validation(res, [`name: ${BLANK}`]);
          if (typeof b.name === 'string') policy.name = b.name.trim();
          if (typeof b.description === 'string') policy.description = b.description;
          if (b.settings !== undefined) policy.settings = asObject(b.settings);
          return sendJson(res, 200, policyView(policy));
        }
        return notFound(res);
      }
      if (parts[2] === 'rules' && parts.length === 3) {
        const sorted = () => [...policy.rules].sort((x, y) => Number(x.priority) - Number(y.priority));
        if (method === 'GET') return sendJson(res, 200, sorted());
        if (method === 'POST') {
          if (isBlank(b.name)) return validation(res, [`name: ${BLANK}`]);
          const name = String(b.name).trim();
          if (policy.rules.some((r) => r.name === name)) return validation(res, ['name: Policy rule name already in use']);
          // New rules go to priority 1; the default (system) rule stays last.
          for (const r of policy.rules) if (!r.system) r.priority = Number(r.priority) + 1;
          const created = rule(org, { ...b, name, priority: 1, system: false });
          policy.rules.push(created);
          const nonSystem = policy.rules.filter((r) => !r.system).length;
          for (const r of policy.rules) if (r.system) r.priority = nonSystem + 1;
          return sendJson(res, 200, created);
        }
      }
      return notFound(res);
    }

    // ---- Features
    if (parts[0] === 'features') {
      if (parts.length === 1 && method === 'GET') return sendJson(res, 200, org.features);
      const feature = org.features.find((f) => f.id === parts[1]);
      if (!feature) return notFound(res);
      if (parts.length === 4 && parts[2] === 'lifecycle' && method === 'POST') {
        if (parts[3] === 'enable') feature.status = 'ENABLED';
        else if (parts[3] === 'disable') feature.status = 'DISABLED';
        else return notFound(res);
        return sendJson(res, 200, feature);
      }
      return notFound(res);
    }

    return notFound(res);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    url: (host: string, path = '/') => `https://${host}${path.startsWith('/') ? path : '/' + path}`,
    directUrl: (path = '/') => `https://127.0.0.1:${port}${path.startsWith('/') ? path : '/' + path}`,
    hostResolverRules: hostResolverRules(port),
    cert,
    reset,
    submissions: () => structuredClone(state.submissions),
    variant: () => ({ ...state.variant }),
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

// ================================================================ run directly

async function isMain(): Promise<boolean> {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(await realpath(entry)).href === pathToFileURL(await realpath(fileURLToPath(import.meta.url))).href;
  } catch {
    return false;
  }
}

function argValue(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === name) return args[i + 1];
    if (a.startsWith(name + '=')) return a.slice(name.length + 1);
  }
  return undefined;
}

if (await isMain()) {
  const args = process.argv.slice(2);
  const portArg = argValue(args, '--port');
  const variantArg = argValue(args, '--variant');
  const port = portArg === undefined ? 8443 : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: tsx test/consoles/server.ts [--port N] [--variant JSON]');
    process.exit(2);
  }
  const handle = await startConsoles({
    port,
    variant: variantArg ? (JSON.parse(variantArg) as Partial<ConsoleVariant>) : undefined,
  });
  console.log(`consoles listening on https://127.0.0.1:${handle.port}`);
  const stop = () => {
    void handle.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

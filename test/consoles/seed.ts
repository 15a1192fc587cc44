// Sets an org up through its admin console's own API, as the admin's clicks would, so a page that
// depends on that setup opens on its own: the end-user enrollment on the real Sign-In Widget, for
// snapshots and tests that do not walk the admin console first. Runs from Node, not a browser, so
// no page (and no extension) sees it happen. The secret sent is a dummy, never a fixture secret.
import { request } from 'node:https';
import { DUO_APP, type OktaOrgFixture } from './fixtures';

/** What the end-user enrollment lists: Duo as a Classic factor (Optional, or the only factor
 *  Required), Duo as an Identity Engine authenticator, or an IdP authenticator (Universal Prompt). */
export type Enrollment = 'duo-factor' | 'duo-factor-required' | 'duo-authenticator' | 'idp-authenticator';

/** The secret key the seeded Duo setups hold: a dummy, yet never to reach an end-user page. */
export const SEED_SECRET = 'seedSecret0'.repeat(4).slice(0, 40);
const DUO_ISSUER = `https://${DUO_APP.host}/oauth/v1`;

function call(port: number, host: string, method: string, path: string, xsrf?: string, body?: unknown): Promise<string> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host, 'content-type': 'application/json' };
    if (xsrf) headers['x-okta-xsrftoken'] = xsrf;
    const req = request({ host: '127.0.0.1', port, method, path, servername: host, headers, rejectUnauthorized: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => ((res.statusCode ?? 0) < 400 ? resolve(text) : reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 200)}`))));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** The admin console's API for one org, with the XSRF token its pages carry. */
async function adminApi(port: number, org: OktaOrgFixture) {
  const page = await call(port, org.adminHost, 'GET', '/admin/dashboard');
  const xsrf = /id="_xsrfToken"[^>]*value="([^"]+)"/.exec(page)?.[1];
  if (!xsrf) throw new Error(`no XSRF token on ${org.adminHost}`);
  return async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> =>
    JSON.parse((await call(port, org.adminHost, method, path, xsrf, body)) || '{}') as T;
}

type Policy = { id: string; settings: { authenticators: unknown[] } };

/** Makes an authenticator Required in the org's Default authenticator enrollment policy. */
async function makeRequired(api: Awaited<ReturnType<typeof adminApi>>, entry: Record<string, unknown>): Promise<void> {
  const [policy] = await api<Policy[]>('GET', '/api/v1/policies?type=AUTHENTICATOR_ENROLLMENT');
  if (!policy) throw new Error('no authenticator enrollment policy');
  const authenticators = [...policy.settings.authenticators, { ...entry, enroll: { self: 'REQUIRED' } }];
  await api('PUT', `/api/v1/policies/${policy.id}`, { settings: { type: 'AUTHENTICATORS', authenticators } });
}

/** Classic: Duo Required in the Default MFA enrollment policy (Security › Multifactor › Factor
 *  Enrollment), beside the factors it lists already. */
export async function requireDuoFactor(port: number, org: OktaOrgFixture): Promise<void> {
  const api = await adminApi(port, org);
  const [policy] = await api<{ id: string; settings: { factors: Record<string, unknown> } }[]>('GET', '/api/v1/policies?type=MFA_ENROLL');
  if (!policy) throw new Error('no MFA enrollment policy');
  const factors = { ...policy.settings.factors, duo: { enroll: { self: 'REQUIRED' } } };
  await api('PUT', `/api/v1/policies/${policy.id}`, { settings: { type: 'FACTORS', factors } });
}

export async function seedEnrollment(port: number, org: OktaOrgFixture, enrollment: Enrollment): Promise<void> {
  const api = await adminApi(port, org);
  const keys = { integrationKey: DUO_APP.ikey, secretKey: SEED_SECRET, host: DUO_APP.host };
  if (enrollment === 'duo-factor' || enrollment === 'duo-factor-required') {
    await api('POST', '/api/v1/org/factors/duo', { ...keys, userNameFormat: 'OKTA_USERNAME' });
    await api('POST', '/api/v1/org/factors/duo/lifecycle/activate', {});
    if (enrollment === 'duo-factor-required') await requireDuoFactor(port, org);
  } else if (enrollment === 'duo-authenticator') {
    await api('POST', '/api/v1/authenticators', { key: 'duo', name: 'Duo Security', provider: { type: 'DUO', configuration: { ...keys, userNameTemplate: { template: 'oktaUsername' } } } });
    await makeRequired(api, { key: 'duo' });
  } else {
    const binding = 'HTTP-REDIRECT';
    const idp = await api<{ id: string }>('POST', '/api/v1/idps', {
      type: 'OIDC',
      name: 'Duo Security',
      idpUsage: 'FACTOR_ONLY',
      protocol: {
        type: 'OIDC',
        scopes: ['openid', 'profile', 'email'],
        credentials: { client: { client_id: DUO_APP.ikey, token_endpoint_auth_method: 'client_secret_post', client_secret: SEED_SECRET } },
        issuer: { url: `${DUO_ISSUER}/token` },
        endpoints: { authorization: { url: `${DUO_ISSUER}/authorize`, binding }, token: { url: `${DUO_ISSUER}/token`, binding: 'HTTP-POST' }, jwks: { url: `${DUO_ISSUER}/keys`, binding } },
      },
    });
    const authenticator = await api<{ id: string }>('POST', '/api/v1/authenticators', { key: 'external_idp', name: 'IdP Authenticator', provider: { type: 'CLAIMS', configuration: { idpId: idp.id } } });
    await makeRequired(api, { key: 'external_idp', id: authenticator.id });
  }
}

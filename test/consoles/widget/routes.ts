// The consoles server's routes for the real Okta Sign-In Widget: its files, the requests it makes
// on an org's end-user host (IDX on Identity Engine orgs, Authn on Classic ones, as a real org of
// that engine answers only its own), and where it sends the user on to Duo.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { serveWidgetAsset, WIDGET_PREFIX } from './assets';
import { duoActivation, enrollTransaction, type AuthnContext } from './authn';
import { duoPrompt } from './duo-prompt';
import { enrollables, type WidgetOrg } from './enrollment';
import { enrollScreen, ION, selectScreen, skippedScreen, type IdxContext } from './idx';

/** A state token as Okta's hosted sign-in page embeds it for the widget, which picks its engine by
 *  the prefix: `00` a Classic (Authn) transaction, `02` an Identity Engine (IDX) one. */
export function newStateToken(org: WidgetOrg): string {
  return `${org.fixture.engine === 'classic' ? '00' : '02'}${randomBytes(30).toString('base64url')}`;
}

function send(res: ServerResponse, status: number, type: string, data: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(data));
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 100_000) break;
  }
  try {
    const body = JSON.parse(text) as unknown;
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const notFound = (res: ServerResponse) =>
  send(res, 404, 'application/json', { errorCode: 'E0000022', errorSummary: 'The endpoint does not support the provided HTTP method', errorCauses: [] });

function testUser(org: WidgetOrg) {
  const login = `pat.tester@${org.fixture.name}.example`;
  return { id: '00u1pat2tester3user4', login, identifier: login, firstName: 'Pat', lastName: 'Tester' };
}

/** Told when the page hands a user to Duo: Duo's API hostname, the user, and whether through the
 *  Universal Prompt (an IdP authenticator) or the traditional prompt. */
export type SentToDuo = (duoHost: string, user: string, universal: boolean) => void;

/** IDX, the Identity Engine's pipeline: introspect, then one POST a screen. */
async function idx(req: IncomingMessage, res: ServerResponse, base: string, org: WidgetOrg, action: string, sent?: SentToDuo): Promise<void> {
  const body = await jsonBody(req);
  const handle = typeof body.stateHandle === 'string' ? body.stateHandle : typeof body.stateToken === 'string' ? body.stateToken : '';
  const { id: userId, identifier } = testUser(org);
  const ctx: IdxContext = { base, stateHandle: handle, enrollables: enrollables(org), user: { id: userId, identifier } };
  const id = (body.authenticator as { id?: unknown } | undefined)?.id;
  if (action === 'introspect' || action === 'cancel') return send(res, 200, ION, selectScreen(ctx));
  if (action === 'credential/enroll') {
    const chosen = ctx.enrollables.find((a) => a.id === id);
    if (chosen?.duoHost) sent?.(chosen.duoHost, identifier, false);
    if (chosen?.idp?.authorizeUrl) sent?.(new URL(chosen.idp.authorizeUrl).hostname, identifier, true);
    return send(res, 200, ION, enrollScreen(ctx, typeof id === 'string' ? id : ''));
  }
  if (action === 'skip') return send(res, 200, ION, skippedScreen(ctx));
  return notFound(res);
}

/** The Classic Authn API: the transaction by its state token, and enrolling Duo. */
async function authn(req: IncomingMessage, res: ServerResponse, base: string, org: WidgetOrg, action: string, sent?: SentToDuo): Promise<void> {
  const body = await jsonBody(req);
  const ctx: AuthnContext = { base, stateToken: typeof body.stateToken === 'string' ? body.stateToken : '', enrollables: enrollables(org), user: testUser(org) };
  if (action === '' || action === 'introspect' || action === 'previous') return send(res, 200, 'application/json', enrollTransaction(ctx));
  const duo = ctx.enrollables.find((f) => f.key === 'duo');
  if (action === 'factors' && body.provider === 'DUO' && duo?.duoHost) {
    sent?.(duo.duoHost, ctx.user.login, false);
    return send(res, 200, 'application/json', duoActivation(ctx, duo.duoHost));
  }
  if (action === 'factors' || action === 'skip' || action === 'cancel' || action.endsWith('/poll')) {
    return send(res, 400, 'application/json', { errorCode: 'E0000001', errorSummary: 'Only the Duo Security setup is simulated on this page.', errorCauses: [] });
  }
  return notFound(res);
}

/** The IdP authenticator's redirect: on to the identity provider's authorize endpoint. */
function redirectToIdp(res: ServerResponse, base: string, org: WidgetOrg, id: string, url: URL): void {
  const idp = enrollables(org).find((a) => a.idp?.id === id)?.idp;
  if (!idp?.authorizeUrl) return notFound(res);
  const to = new URL(idp.authorizeUrl);
  to.search = new URLSearchParams({
    client_id: idp.clientId,
    redirect_uri: `${base}/oauth2/v1/authorize/callback`,
    response_type: 'code',
    scope: 'openid profile email',
    state: url.searchParams.get('stateToken') ?? '',
  }).toString();
  res.statusCode = 302;
  res.setHeader('Location', to.toString());
  res.end();
}

/**
 * Answers what belongs to the widget; false for every other request. `org` is the org whose
 * end-user host this is (null on any other host); `delayMs` holds each answer like a network would.
 */
export async function widgetRoute(req: IncomingMessage, res: ServerResponse, url: URL, host: string, org: WidgetOrg | null, delayMs: number, sent?: SentToDuo): Promise<boolean> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (path.startsWith(WIDGET_PREFIX)) {
    if (method !== 'GET' || !(await serveWidgetAsset(res, path))) notFound(res);
    return true;
  }
  if (method === 'GET' && duoPrompt(res, host, path)) return true;
  if (!org) return false;
  const base = `https://${host}`;
  const idxAction = /^\/idp\/idx\/(.+)$/.exec(path)?.[1];
  const authnAction = /^\/api\/v1\/authn(?:\/(.+))?$/.exec(path);
  const idpId = /^\/sso\/idps\/([^/]+)$/.exec(path)?.[1];
  if (!idxAction && !authnAction && !idpId) return false;
  await new Promise((r) => setTimeout(r, delayMs));
  const classic = org.fixture.engine === 'classic';
  if (idxAction && method === 'POST' && !classic) await idx(req, res, base, org, idxAction, sent);
  else if (authnAction && method === 'POST' && classic) await authn(req, res, base, org, authnAction[1] ?? '', sent);
  else if (idpId && method === 'GET') redirectToIdp(res, base, org, idpId, url);
  else notFound(res);
  return true;
}

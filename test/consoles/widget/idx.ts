// Identity Engine: the IDX responses the Sign-In Widget renders the enrollment from, shaped like
// the widget repository's playground mocks (playground/mocks/data/idp/idx/
// authenticator-enroll-select-authenticator.json, authenticator-enroll-duo.json,
// authenticator-enroll-idp.json), with hrefs on the org's own host and the org's authenticators.
import { duoRequestToken } from './duo-prompt';
import type { Enrollable } from './enrollment';

type Json = Record<string, unknown>;

export const ION = 'application/ion+json; okta-version=1.0.0';
const ACCEPTS = 'application/json; okta-version=1.0.0';

/** One IDX exchange: the org's host, the state handle the widget carries, what the org asks for. */
export interface IdxContext {
  base: string;
  stateHandle: string;
  enrollables: Enrollable[];
  /** A fake user: the widget shows no user on these screens, but IDX always names one. */
  user: { id: string; identifier: string };
}

const METHODS: Record<string, string[]> = {
  duo: ['idp'],
  external_idp: ['idp'],
  okta_email: ['email'],
  okta_verify: ['push', 'totp', 'signed_nonce'],
};

function authenticatorJson(a: Enrollable): Json {
  return { displayName: a.name, type: a.type, key: a.key, id: a.id, methods: (METHODS[a.key] ?? []).map((type) => ({ type })) };
}

function stateHandleField(ctx: IdxContext): Json {
  return { name: 'stateHandle', required: true, value: ctx.stateHandle, visible: false, mutable: false };
}

function form(ctx: IdxContext, name: string, path: string, value: Json[], extra: Json = {}): Json {
  return { rel: ['create-form'], name, href: `${ctx.base}${path}`, method: 'POST', produces: ION, value: [...value, stateHandleField(ctx)], accepts: ACCEPTS, ...extra };
}

/** The remediation listing what can be set up; `listed` are indexes into the response's authenticators. */
function selectEnroll(ctx: IdxContext, listed: Enrollable[]): Json {
  const options = listed.map((a) => {
    const fields: Json[] = [{ name: 'id', required: true, value: a.id, mutable: false }];
    const methods = METHODS[a.key] ?? [];
    if (methods.length === 1 && a.key !== 'external_idp') fields.push({ name: 'methodType', required: false, value: methods[0], mutable: false });
    return { label: a.name, value: { form: { value: fields } }, relatesTo: `$.authenticators.value[${listed.indexOf(a)}]` };
  });
  return form(ctx, 'select-authenticator-enroll', '/idp/idx/credential/enroll', [{ name: 'authenticator', type: 'object', required: true, options }]);
}

/** What every response carries around its remediations. */
function envelope(ctx: IdxContext, listed: Enrollable[], remediations: Json[], extra: Json = {}): Json {
  return {
    stateHandle: ctx.stateHandle,
    version: '1.0.0',
    expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    intent: 'LOGIN',
    remediation: { type: 'array', value: remediations },
    authenticators: { type: 'array', value: listed.map(authenticatorJson) },
    authenticatorEnrollments: {
      type: 'array',
      value: [{ type: 'password', key: 'okta_password', id: 'lae1pass0word2enrol3', displayName: 'Password', methods: [{ type: 'password' }] }],
    },
    user: { type: 'object', value: ctx.user },
    cancel: form(ctx, 'cancel', '/idp/idx/cancel', []),
    app: { type: 'object', value: { name: 'okta_enduser', label: 'Okta Dashboard', id: 'DEFAULT_APP' } },
    ...extra,
  };
}

/** Required authenticators first; once none is left, the optional ones with "Set up later". */
function toList(ctx: IdxContext): Enrollable[] {
  const required = ctx.enrollables.filter((a) => a.requirement === 'REQUIRED');
  return required.length ? required : ctx.enrollables;
}

/** The first screen: "Set up security methods", one row per authenticator. */
export function selectScreen(ctx: IdxContext, message?: string): Json {
  const listed = toList(ctx);
  const remediations = [selectEnroll(ctx, listed)];
  if (listed.every((a) => a.requirement === 'OPTIONAL')) remediations.push(form(ctx, 'skip', '/idp/idx/skip', []));
  const messages = message ? { messages: { type: 'array', value: [{ message, class: 'ERROR' }] } } : {};
  return envelope(ctx, listed, remediations, messages);
}

/** After Set up on one authenticator: Duo's iframe screen, an IdP's redirect, or the list again. */
export function enrollScreen(ctx: IdxContext, id: string): Json {
  const chosen = ctx.enrollables.find((a) => a.id === id);
  const listed = toList(ctx);
  if (!chosen || !listed.includes(chosen) || (chosen.key !== 'duo' && chosen.key !== 'external_idp')) {
    return selectScreen(ctx, chosen ? `${chosen.name} is not simulated on this page.` : 'There was an unsupported response from server.');
  }
  const current = { type: 'object', value: authenticatorJson(chosen) };
  const back = selectEnroll(ctx, listed);
  if (chosen.key === 'duo') {
    const enroll = form(
      ctx,
      'enroll-authenticator',
      '/idp/idx/challenge/answer',
      [{ name: 'credentials', type: 'object', required: true, form: { value: [{ name: 'signatureData', label: 'Assertion From Duo', required: true, visible: false }] } }],
      { relatesTo: ['$.currentAuthenticator'] },
    );
    const contextualData = { integrationType: 'IFRAME', host: chosen.duoHost, signedToken: duoRequestToken(ctx.user.identifier), script: `${ctx.base}/js/sections/duo/Duo-Web-v2.6.js` };
    return envelope(ctx, listed, [enroll, back], {
      currentAuthenticator: { type: 'object', value: { contextualData, ...authenticatorJson(chosen) } },
      enrollmentAuthenticator: current,
    });
  }
  const idp = chosen.idp!;
  const redirect = {
    name: 'redirect-idp',
    type: 'OIDC',
    idp: { id: idp.id, name: idp.name },
    href: `${ctx.base}/sso/idps/${idp.id}?stateToken=${encodeURIComponent(ctx.stateHandle)}`,
    method: 'GET',
    relatesTo: ['$.currentAuthenticator'],
  };
  return envelope(ctx, listed, [redirect, back], { currentAuthenticator: current, enrollmentAuthenticator: current });
}

/** "Set up later" with nothing required left: the flow ends. */
export function skippedScreen(ctx: IdxContext): Json {
  return { version: '1.0.0', intent: 'LOGIN', messages: { type: 'array', value: [{ message: 'Enrollment is not simulated past this point.', class: 'INFO' }] }, stateHandle: ctx.stateHandle };
}

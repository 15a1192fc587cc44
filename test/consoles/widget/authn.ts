// Classic Engine: the Authn API transactions the Sign-In Widget (useClassicEngine) renders the
// factor enrollment from, shaped like the widget repository's playground mocks
// (playground/mocks/data/api/v1/authn/mfa-enroll-allfactors.json, mfa-enroll-activate-duo.json).
import { duoRequestToken } from './duo-prompt';
import type { Enrollable } from './enrollment';

type Json = Record<string, unknown>;

export interface AuthnContext {
  base: string;
  stateToken: string;
  enrollables: Enrollable[];
  user: { id: string; login: string; firstName: string; lastName: string };
}

/** Classic factor type and provider of each enrollable key. */
const FACTORS: Record<string, { factorType: string; provider: string }> = {
  okta_otp: { factorType: 'push', provider: 'OKTA' },
  duo: { factorType: 'web', provider: 'DUO' },
};

const post = (href: string) => ({ href, hints: { allow: ['POST'] } });

function transaction(ctx: AuthnContext, status: string, embedded: Json, links: Json): Json {
  return {
    stateToken: ctx.stateToken,
    expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    status,
    _embedded: { user: { id: ctx.user.id, profile: { login: ctx.user.login, firstName: ctx.user.firstName, lastName: ctx.user.lastName, locale: 'en_US', timeZone: 'America/Los_Angeles' } }, ...embedded },
    _links: { cancel: post(`${ctx.base}/api/v1/authn/cancel`), ...links },
  };
}

/** MFA_ENROLL: "Set up multifactor authentication" with every factor the policy lists. */
export function enrollTransaction(ctx: AuthnContext): Json {
  const factors = ctx.enrollables.flatMap((f) => {
    const kind = FACTORS[f.key];
    if (!kind) return [];
    return [{ enrollment: f.requirement, status: 'NOT_SETUP', ...kind, vendorName: kind.provider, _links: { enroll: post(`${ctx.base}/api/v1/authn/factors`) } }];
  });
  // Nothing required: the user may skip.
  const skip = factors.every((f) => f.enrollment === 'OPTIONAL') ? { skip: post(`${ctx.base}/api/v1/authn/skip`) } : {};
  return transaction(ctx, 'MFA_ENROLL', { factors }, skip);
}

/** MFA_ENROLL_ACTIVATE for Duo: the widget's Duo screen with its iframe. */
export function duoActivation(ctx: AuthnContext, host: string): Json {
  const factorId = 'dsf1duo2enroll3test4';
  const factorUrl = `${ctx.base}/api/v1/authn/factors/${factorId}/lifecycle/activate`;
  return transaction(
    ctx,
    'MFA_ENROLL_ACTIVATE',
    {
      factor: {
        id: factorId,
        factorType: 'web',
        provider: 'DUO',
        profile: { credentialId: ctx.user.login },
        _embedded: {
          activation: {
            expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
            host,
            signature: duoRequestToken(ctx.user.login),
            factorResult: 'WAITING',
            _links: { complete: { href: `${factorUrl}/response` } },
          },
        },
      },
    },
    { next: { name: 'poll', ...post(`${factorUrl}/poll`) }, prev: post(`${ctx.base}/api/v1/authn/previous`) },
  );
}

// The values Okta's OpenID Connect IdP form needs, derived from the Duo API hostname.
// Source: Duo's Universal Prompt SDK (duosecurity/duo_universal_python, duo_universal/client.py):
// authorize `https://{api_host}/oauth/v1/authorize`, token `https://{api_host}/oauth/v1/token`,
// and it checks the id_token issuer against the token URL. The JWKS path is NOT verified for
// `api-` hosts (../shared/reference/duo-okta-consoles.md §2), so the guide shows every derived
// value before the admin saves.
export interface DuoOidc {
  issuer: string;
  authorize: string;
  token: string;
  jwks: string;
}

export function duoOidcEndpoints(apiHost: string): DuoOidc {
  const base = `https://${apiHost}/oauth/v1`;
  return { issuer: `${base}/token`, authorize: `${base}/authorize`, token: `${base}/token`, jwks: `${base}/keys` };
}

/** Which derived values are unverified, to say so beside them. */
export const UNVERIFIED: readonly (keyof DuoOidc)[] = ['jwks'];

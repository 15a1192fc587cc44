// What an org asks a new end user to enroll, read from what its admin set up in the simulated
// admin console: Identity Engine authenticators in the Default enrollment policy, or Classic factors
// in the Default MFA enrollment policy (Duo once the factor is active). Never reads a secret.

/** The part of the consoles server's org state the enrollment depends on. */
export interface WidgetOrg {
  fixture: { name: string; engine: 'classic' | 'oie' };
  duoFactor: { status: string; config: { host: string } | null };
  authenticators: readonly Record<string, unknown>[];
  idps: readonly Record<string, unknown>[];
  policies: readonly { type: string; system: boolean; settings?: Record<string, unknown> }[];
}

export type Requirement = 'REQUIRED' | 'OPTIONAL';

export interface Enrollable {
  /** Authenticator id (Identity Engine); the factor's provider and type stand in for it in Classic. */
  id: string;
  /** `duo`, `external_idp`, `okta_email`, `okta_verify` (IDX keys) or Classic factor keys (`duo`, `okta_otp`). */
  key: string;
  name: string;
  /** IDX authenticator type (`app`, `email`, `federated`, …). */
  type: string;
  requirement: Requirement;
  /** Duo's API hostname, for the Duo Prompt frame (Duo authenticator or factor). */
  duoHost?: string;
  /** The identity provider an IdP authenticator redirects to. */
  idp?: { id: string; name: string; authorizeUrl: string; clientId: string };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function defaultPolicy(org: WidgetOrg, type: string): Record<string, unknown> {
  return obj(org.policies.find((p) => p.type === type && p.system)?.settings);
}

function requirement(self: unknown): Requirement | null {
  return self === 'REQUIRED' || self === 'OPTIONAL' ? self : null;
}

/** Identity Engine: every active authenticator the Default policy makes Optional or Required, but
 *  the password the user already has. */
function authenticators(org: WidgetOrg): Enrollable[] {
  const listed = defaultPolicy(org, 'AUTHENTICATOR_ENROLLMENT').authenticators;
  const entries = Array.isArray(listed) ? listed.map(obj) : [];
  const out: Enrollable[] = [];
  for (const a of org.authenticators) {
    const key = str(a.key);
    if (key === 'okta_password' || a.status !== 'ACTIVE') continue;
    const entry = entries.find((e) => e.key === key && (!e.id || e.id === a.id));
    const req = requirement(obj(entry?.enroll).self);
    if (!req) continue;
    const configuration = obj(obj(a.provider).configuration);
    const item: Enrollable = { id: str(a.id), key, name: str(a.name), type: str(a.type), requirement: req };
    if (key === 'duo') item.duoHost = str(configuration.host);
    if (key === 'external_idp') {
      const idp = org.idps.find((i) => i.id === configuration.idpId);
      if (!idp) continue;
      const protocol = obj(idp.protocol);
      item.idp = {
        id: str(idp.id),
        name: str(idp.name),
        authorizeUrl: str(obj(obj(protocol.endpoints).authorization).url),
        clientId: str(obj(obj(protocol.credentials).client).client_id),
      };
    }
    out.push(item);
  }
  return out;
}

/** Classic: Okta Verify (okta_otp) as the Default policy sets it, and Duo once it is active. */
function factors(org: WidgetOrg): Enrollable[] {
  const policy = obj(defaultPolicy(org, 'MFA_ENROLL').factors);
  const out: Enrollable[] = [];
  const verify = requirement(obj(obj(policy.okta_otp).enroll).self);
  if (verify) out.push({ id: 'okta_otp', key: 'okta_otp', name: 'Okta Verify', type: 'app', requirement: verify });
  if (org.duoFactor.status === 'ACTIVE' && org.duoFactor.config) {
    // A newly activated factor is Optional in the Default policy until the admin says otherwise.
    const duo = requirement(obj(obj(policy.duo).enroll).self) ?? 'OPTIONAL';
    out.push({ id: 'duo', key: 'duo', name: 'Duo Security', type: 'app', requirement: duo, duoHost: org.duoFactor.config.host });
  }
  return out;
}

export function enrollables(org: WidgetOrg): Enrollable[] {
  return org.fixture.engine === 'classic' ? factors(org) : authenticators(org);
}

// Duo credential formats (../shared/DESIGN.md "Secret rules"). Messages never echo a secret value.
export type CredentialKey = 'ikey' | 'skey' | 'host';

export const CREDENTIAL_NAMES: Record<CredentialKey, string> = {
  ikey: 'Integration key',
  skey: 'Secret key',
  host: 'API hostname',
};

const IKEY = /^DI[A-Z0-9]{18}$/;
const SKEY = /^[A-Za-z0-9]{40}$/;
const HOST = /^api-[a-z0-9]+\.(duosecurity|duofederal)\.com$/;
const INVISIBLE = /[\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/;

export type Checked = { ok: true; value: string } | { ok: false; message: string };

function describeLength(value: string, expected: number): string {
  return value.length === expected ? '' : ` (found ${value.length} characters, expected ${expected})`;
}

export function checkCredential(key: CredentialKey, raw: string | null | undefined, label = CREDENTIAL_NAMES[key]): Checked {
  if (raw == null || raw.trim() === '') return { ok: false, message: `${label}: no value found next to the label.` };
  if (INVISIBLE.test(raw)) return { ok: false, message: `${label} contains invisible characters; copy it again from Duo.` };
  const value = key === 'host' ? raw.trim().toLowerCase() : raw.trim();
  if (/\s/.test(value)) return { ok: false, message: `${label} contains spaces.` };
  switch (key) {
    case 'ikey':
      return IKEY.test(value)
        ? { ok: true, value }
        : { ok: false, message: `${label} must be "DI" followed by 18 capital letters or digits${describeLength(value, 20)}.` };
    case 'skey':
      return SKEY.test(value)
        ? { ok: true, value }
        : { ok: false, message: `${label} must be 40 letters or digits${describeLength(value, 40)}.` };
    case 'host':
      return HOST.test(value)
        ? { ok: true, value }
        : { ok: false, message: `${label} must look like api-xxxxxxxx.duosecurity.com, with no https:// or path.` };
  }
}

export interface Credentials {
  ikey: string;
  skey: string;
  host: string;
}

/** Checks all three; returns the normalised values or every problem found. */
export function checkCredentials(raw: Partial<Record<CredentialKey, string | null>>, labels: Partial<Record<CredentialKey, string>> = {}):
  { ok: true; value: Credentials } | { ok: false; messages: string[] } {
  const out: Partial<Credentials> = {};
  const messages: string[] = [];
  for (const key of ['ikey', 'skey', 'host'] as const) {
    const r = checkCredential(key, raw[key], labels[key]);
    if (r.ok) out[key] = r.value;
    else messages.push(r.message);
  }
  return messages.length ? { ok: false, messages } : { ok: true, value: out as Credentials };
}


// Duo credential formats (../shared/DESIGN.md "Secret rules"). Messages never echo a secret value.
import type { MessageKey, Msg } from '../i18n';

export type CredentialKey = 'ikey' | 'skey' | 'host';

/** Message keys of the names, Duo's traditional ones; the Universal Prompt says Client ID and secret. */
export const CREDENTIAL_NAMES: Record<CredentialKey, MessageKey> = {
  ikey: 'cred_ikey',
  skey: 'cred_skey',
  host: 'cred_host',
};
export const CLIENT_NAMES: Partial<Record<CredentialKey, MessageKey>> = { ikey: 'cred_client_id', skey: 'cred_client_secret' };

const IKEY = /^DI[A-Z0-9]{18}$/;
const SKEY = /^[A-Za-z0-9]{40}$/;
const HOST = /^api-[a-z0-9]+\.(duosecurity|duofederal)\.com$/;
/** How each value looks on Duo's page, to pick it out of whatever surrounds it (the host in any case). */
export const SHAPES: Record<CredentialKey, RegExp> = { ikey: IKEY, skey: SKEY, host: /^api-[a-z0-9]+\.(duosecurity|duofederal)\.com$/i };
const INVISIBLE = /[\u00AD\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/;

export type Checked = { ok: true; value: string } | { ok: false; message: Msg };

export function checkCredential(key: CredentialKey, raw: string | null | undefined, label = CREDENTIAL_NAMES[key]): Checked {
  const name = [label] as const;
  if (raw == null || raw.trim() === '') return { ok: false, message: ['cred_empty', name] };
  if (INVISIBLE.test(raw)) return { ok: false, message: ['cred_invisible', name] };
  const value = key === 'host' ? raw.trim().toLowerCase() : raw.trim();
  if (/\s/.test(value)) return { ok: false, message: ['cred_spaces', name] };
  // The length is told when it is wrong: the commonest slip is a character lost in copying.
  const format = (expected: number, plain: MessageKey, counted: MessageKey): Checked => ({
    ok: false,
    message: value.length === expected ? [plain, name] : [counted, name, value.length],
  });
  switch (key) {
    case 'ikey':
      return IKEY.test(value) ? { ok: true, value } : format(20, 'cred_ikey_format', 'cred_ikey_length');
    case 'skey':
      return SKEY.test(value) ? { ok: true, value } : format(40, 'cred_skey_format', 'cred_skey_length');
    case 'host':
      return HOST.test(value) ? { ok: true, value } : { ok: false, message: ['cred_host_format', name] };
  }
}

export interface Credentials {
  ikey: string;
  skey: string;
  host: string;
}

/** Checks all three; returns the normalised values or every problem found. */
export function checkCredentials(raw: Partial<Record<CredentialKey, string | null>>, labels: Partial<Record<CredentialKey, MessageKey>> = {}):
  { ok: true; value: Credentials } | { ok: false; messages: Msg[] } {
  const out: Partial<Credentials> = {};
  const messages: Msg[] = [];
  for (const key of ['ikey', 'skey', 'host'] as const) {
    const r = checkCredential(key, raw[key], labels[key]);
    if (r.ok) out[key] = r.value;
    else messages.push(r.message);
  }
  return messages.length ? { ok: false, messages } : { ok: true, value: out as Credentials };
}


// Reading the Duo keys off the application's Details. Returns what it read; never stores anything.
import { CLIENT_NAMES, CREDENTIAL_NAMES, type CredentialKey } from '../engine/credentials';
import { locate, valueNear, type Text } from '../engine/locate';
import type { CaptureSpec } from '../guides/types';
import type { MessageKey } from '../i18n';

const MASK = /^[•●*·∙⋅\u2022\s]+$/;
/** Names for messages, per label set: Duo's traditional ones, then the Universal Prompt ones. */
const NAMES: Record<CredentialKey, MessageKey[]> = {
  ikey: [CREDENTIAL_NAMES.ikey, CLIENT_NAMES.ikey!],
  skey: [CREDENTIAL_NAMES.skey, CLIENT_NAMES.skey!],
  host: [CREDENTIAL_NAMES.host],
};

export type Reading =
  /** The secret is masked: the admin must reveal it first. */
  | { kind: 'masked'; reveal: Element | null }
  /** A label is there without a value, or not there at all. */
  | { kind: 'missing'; what: MessageKey[] }
  | { kind: 'read'; values: Record<CredentialKey, string>; labels: 'ikey' | 'client' };

export function readKeys(root: ParentNode, spec: CaptureSpec): Reading {
  const values: Partial<Record<CredentialKey, string>> = {};
  const missing: MessageKey[] = [];
  let labels: 'ikey' | 'client' = 'ikey';
  let masked = false;
  for (const key of ['ikey', 'skey', 'host'] as const) {
    const found = first(root, spec.labels[key]);
    const name = (i: number) => NAMES[key][i] ?? NAMES[key][0]!;
    if (!found) {
      missing.push(name(0));
      continue;
    }
    if (key === 'ikey' && found.index > 0) labels = 'client';
    const value = found.value;
    if (key === 'skey' && (value === null || MASK.test(value))) masked = true;
    else if (value === null) missing.push(name(found.index));
    else values[key] = value;
  }
  // Reveal first: what else is missing is told once the secret shows.
  if (masked) return { kind: 'masked', reveal: locate(root, spec.reveal) };
  if (missing.length) return { kind: 'missing', what: missing };
  return { kind: 'read', values: values as Record<CredentialKey, string>, labels };
}

function first(root: ParentNode, labels: Text[]): { value: string | null; index: number } | null {
  for (const [index, label] of labels.entries()) {
    const near = valueNear(root, label);
    if (near.found) return { value: near.value, index };
  }
  return null;
}

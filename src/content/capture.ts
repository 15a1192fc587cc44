// Reading the Duo keys off the application's Details. Each value is found beside its label by its
// shape (src/engine/values.ts), never as a cell's whole text. Returns what it read; stores nothing.
import { CLIENT_NAMES, CREDENTIAL_NAMES, SHAPES, type CredentialKey } from '../engine/credentials';
import { locateAll, nearestTo } from '../engine/locate';
import { labelAnchors, shownBeside, type Shown } from '../engine/values';
import type { CaptureSpec } from '../guides/types';
import type { MessageKey } from '../i18n';

const KEYS = ['ikey', 'skey', 'host'] as const;
/** Names for messages, per label set: Duo's traditional ones, then the Universal Prompt ones. */
const NAMES: Record<CredentialKey, MessageKey[]> = {
  ikey: [CREDENTIAL_NAMES.ikey, CLIENT_NAMES.ikey!],
  skey: [CREDENTIAL_NAMES.skey, CLIENT_NAMES.skey!],
  host: [CREDENTIAL_NAMES.host],
};
/** A control in the holder that reveals the value: "Show", "Show secret key", "Reveal", "Click to view". */
const REVEAL = /^(show|reveal|view|unmask)\b|^click to (view|show|reveal)\b/i;

export type Reading =
  /** A value is masked: the admin must reveal it first; `reveal` is the control nearest to it. */
  | { kind: 'masked'; reveal: Element | null }
  /** No value of the right shape beside these labels (or no label at all). */
  | { kind: 'missing'; what: MessageKey[] }
  /** `values` may hold a near miss (a 19-character key): the background checks and explains it. */
  | { kind: 'read'; values: Record<CredentialKey, string>; labels: 'ikey' | 'client' };

export function readKeys(root: ParentNode, spec: CaptureSpec): Reading {
  const scope = root.querySelector('main,[role=main]') ?? root;
  // Each key's label, in the first label set the page shows.
  const found = KEYS.map((key) => {
    for (const [index, label] of spec.labels[key].entries()) {
      const anchors = labelAnchors(scope, label);
      if (anchors.length) return { key, index, anchors };
    }
    return { key, index: -1, anchors: [] as Node[] };
  });
  const every = found.flatMap((f) => f.anchors);
  const reveals = locateAll(root, spec.reveal);
  const values: Partial<Record<CredentialKey, string>> = {};
  const missing: MessageKey[] = [];
  let maskedAt: Node | null = null;
  for (const { key, index, anchors } of found) {
    const name = NAMES[key][Math.max(index, 0)] ?? NAMES[key][0]!;
    const shown = pick(anchors.map((a) => shownBeside(a, { shape: SHAPES[key], reveal: REVEAL }, every)));
    if (shown.kind === 'value' || shown.kind === 'near') values[key] = shown.value;
    // A reveal control beside this label and no value: masked, even when nothing shows in its place.
    else if (shown.kind === 'masked' || reveals.some((el) => closestAnchor(el, every).some((a) => anchors.includes(a)))) maskedAt ??= anchors[0]!;
    else missing.push(name);
  }
  // Reveal first: what else is missing is told once the value shows.
  if (maskedAt) return { kind: 'masked', reveal: nearestTo([maskedAt], reveals)[0] ?? null };
  if (missing.length) return { kind: 'missing', what: missing };
  return { kind: 'read', values: values as Record<CredentialKey, string>, labels: found[0]!.index > 0 ? 'client' : 'ikey' };
}

/** Of what several copies of a label show, the most telling: a value, then masked, then a near miss. */
function pick(shown: Shown[]): Shown {
  for (const kind of ['value', 'masked', 'near'] as const) {
    const hit = shown.find((s) => s.kind === kind);
    if (hit) return hit;
  }
  return { kind: 'none' };
}

/** The label anchors sharing the smallest container with an element. */
function closestAnchor(el: Element, anchors: Node[]): Node[] {
  for (let scope: Element | null = el; scope; scope = scope.parentElement) {
    const inside = anchors.filter((a) => scope!.contains(a));
    if (inside.length) return inside;
  }
  return [];
}

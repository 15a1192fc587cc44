// "Copy diagnostics": what the guide looked for on this page and what the page shows instead, for a
// bug report. No key, no secret, no user data: key-shaped strings and addresses are redacted, and
// the URL is reduced to its path.
import type { PageView } from '../engine/conditions';
import { accessibleName, explain, isVisible, locate } from '../engine/locate';
import type { Step } from '../guides/types';

const REDACT = [
  /\bDI[A-Z0-9]{18}\b/g, // integration key / client ID
  /\b[A-Za-z0-9]{40}\b/g, // secret key / client secret
  /\bapi-[a-z0-9]+\.(?:duosecurity|duofederal)\.com\b/gi, // API hostname
  /[^\s@]+@[^\s@]+\.[^\s@]+/g, // e-mail addresses
  /\b\d{6,}\b/g, // long numbers (phone numbers, ids)
];

export function scrub(text: string): string {
  return REDACT.reduce((t, re) => t.replace(re, '[redacted]'), text);
}

function names(root: ParentNode, selector: string, limit = 30): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (out.length >= limit) break;
    if (!isVisible(el)) continue;
    const name = accessibleName(el).slice(0, 80);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

export function diagnose(step: Step, page: PageView, extensionVersion: string): string {
  const lines = [
    `Duo ↔ Okta setup guide ${extensionVersion} — diagnostics`,
    `console: ${page.kind}`,
    `page path: ${page.path.split(/[?#]/)[0]}`,
    `step: ${step.id} (${step.title})`,
  ];
  if (step.target) {
    lines.push(`looked for: ${step.target.describe}`);
    if (step.target.within) lines.push(`  inside: ${step.target.within.describe} → ${locate(page.root, step.target.within) ? 'found' : 'not found'}`);
    if (step.target.near) lines.push(`  near: ${step.target.near.describe} → ${locate(page.root, step.target.near) ? 'found' : 'not found'}`);
    for (const { strategy, matched } of explain(page.root, step.target)) lines.push(`  ${strategy} → ${matched} visible`);
  }
  lines.push(`headings: ${names(page.root, 'h1,h2,h3,h4,[role=heading]').join(' | ') || '(none)'}`);
  lines.push(`buttons and links: ${names(page.root, 'button,[role=button],a[href],[role=tab],[role=menuitem]').join(' | ') || '(none)'}`);
  lines.push(`fields: ${names(page.root, 'input:not([type=hidden]),select,textarea').join(' | ') || '(none)'}`);
  return scrub(lines.join('\n'));
}

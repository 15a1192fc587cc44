// "Copy diagnostics": what the guide looked for on this page and what the page shows instead, for a
// bug report. No key, no secret, no user data: only names from the page's main content, navigation
// and dialogs (not its header, where accounts show); key-, id-, address- and number-shaped strings
// redacted before anything is shortened; the URL reduced to its path with ids taken out.
// The report's field names are a fixed format for maintainers, not prose: they stay untranslated;
// what the guide looked for is given by message key and in the admin's language.
import type { PageView } from '../engine/conditions';
import { accessibleName, explain, isVisible, locate } from '../engine/locate';
import type { Learned } from '../engine/learn';
import type { Step } from '../guides/types';
import { t, type MessageKey } from '../i18n';

const REDACT = [
  /DI[A-Z0-9]{18}/g, // integration key / client ID, even glued to other text
  /[A-Za-z0-9]{32,}/g, // secret key / client secret and other long tokens
  /api-[a-z0-9]+\.(?:duosecurity|duofederal)\.com/gi, // API hostname
  /[^\s@|]+@[^\s@|]+\.[^\s@|]+/g, // e-mail addresses
  /\+?\d[\d\s().-]{5,}\d/g, // phone numbers, long numbers
];

export function scrub(text: string, known: string[] = []): string {
  let out = text;
  for (const value of known) if (value) out = out.split(value).join('[redacted]');
  return REDACT.reduce((t, re) => t.replace(re, '[redacted]'), out);
}

/** Path segments that look like ids (Okta 00u…, Duo DU…/DI…) are replaced. */
function pathOnly(path: string): string {
  return path
    .split(/[?#]/)[0]!
    .split('/')
    .map((seg) => (seg.length >= 10 && /\d/.test(seg) ? '[id]' : seg))
    .join('/');
}

const PLACES = 'main,[role=main],nav,[role=navigation],dialog,[role=dialog]';

function names(root: ParentNode, selector: string, known: string[], limit = 30): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (out.length >= limit) break;
    if (!el.closest(PLACES) || !isVisible(el)) continue;
    const name = scrub(accessibleName(el), known).slice(0, 80);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

export function diagnose(step: Step, page: PageView, extensionVersion: string, known: string[] = [], learned: Record<string, Learned> = {}): string {
  const lines = [
    `${t('ext_name')} ${extensionVersion} — diagnostics`,
    `console: ${page.kind}`,
    `page path: ${pathOnly(page.path)}`,
    `step: ${step.id} (${t(step.title)})`,
  ];
  const named = (key: MessageKey) => `${key} (${t(key)})`;
  if (step.target) {
    lines.push(`looked for: ${named(step.target.describe)}`);
    if (step.target.within) lines.push(`  inside: ${named(step.target.within.describe)} → ${locate(page.root, step.target.within) ? 'found' : 'not found'}`);
    if (step.target.near) lines.push(`  near: ${named(step.target.near.describe)} → ${locate(page.root, step.target.near) ? 'found' : 'not found'}`);
    for (const { strategy, matched } of explain(page.root, step.target)) lines.push(`  ${strategy} → ${matched} visible`);
  }
  // Controls admins showed the guide on this account: for a maintainer to fold into the guides.
  for (const [id, l] of Object.entries(learned)) lines.push(`learned: ${id} → ${'label' in l ? `field labelled ${JSON.stringify(l.label)}` : `role ${l.role} named ${JSON.stringify(l.name)}`}${l.scope ? ` in ${l.scope}` : ''}`);
  lines.push(`headings: ${names(page.root, 'h1,h2,h3,h4,[role=heading]', known).join(' | ') || '(none)'}`);
  lines.push(`buttons and links: ${names(page.root, 'button,[role=button],a[href],[role=tab],[role=menuitem]', known).join(' | ') || '(none)'}`);
  lines.push(`fields: ${names(page.root, 'input:not([type=hidden]),select,textarea', known).join(' | ') || '(none)'}`);
  return scrub(lines.join('\n'), known);
}

// The built manifest: where the content script may run, checked against real and lookalike hosts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptBytes } from '../../bench/size';
import { messages, type MessageEntry } from '../unit/chrome-i18n';
import { DIST } from './lib/browser';

interface ContentScript { matches: string[]; include_globs?: string[]; exclude_globs?: string[]; all_frames?: boolean }
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts: ContentScript[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: { matches: string[]; resources: string[] }[];
};

// Chrome's match-pattern rules: scheme, then `*.` only as a whole leftmost label, then the path.
function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`invalid match pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && host !== url.hostname) return false;
  return glob(path, url.pathname + url.search);
}

// Chrome's include/exclude globs: `*` any run of characters, `?` one, against the whole URL.
function glob(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(text);
}

function injects(cs: ContentScript, href: string): boolean {
  const url = new URL(href);
  if (!cs.matches.some((p) => matchesPattern(p, url))) return false;
  if (cs.include_globs && !cs.include_globs.some((g) => glob(g, url.href))) return false;
  return !(cs.exclude_globs ?? []).some((g) => glob(g, url.href));
}

const MUST = [
  'https://admin.duosecurity.com/login?next=%2F',
  'https://admin-d67b23c1.duosecurity.com/applications/protect/types',
  'https://admin-abc12345.duosecurity.com/',
  'https://admin.duofederal.com/',
  'https://admin-fed12345.duofederal.com/applications',
  'https://acme-admin.okta.com/admin/access/multifactor',
  'https://acme.okta.com/app/UserHome',
  'https://dev-589921-admin.oktapreview.com/admin/dashboard',
  'https://acme-admin.okta-emea.com/',
  'https://agency-admin.okta-gov.com/',
  'https://unit-admin.okta.mil/',
];
const MUST_NOT = [
  'https://admin-d67b23c1.duosecurity.com.evil.example/',
  'https://duosecurity.com.evil.example/',
  'https://www.duosecurity.com/',
  'https://duo.com/docs/okta',
  'https://api-d67b23c1.duosecurity.com/',
  'https://acme-admin.okta.com.evil.example/',
  'https://okta.com.evil.example/',
  'https://www.okta.com/',
  'https://help.okta.com/en-us/content/topics/security/security_duo.htm',
  'https://developer.okta.com/docs/',
  'http://admin-d67b23c1.duosecurity.com/',
  'http://acme-admin.okta.com/',
  'https://example.com/https://admin-abc12345.duosecurity.com/',
];

describe('built manifest', () => {
  const [cs, ...more] = manifest.content_scripts;

  it('has one content-script entry, top frame only', () => {
    expect(more).toHaveLength(0);
    expect(cs!.all_frames ?? false).toBe(false);
  });

  it.each(MUST)('injects on %s', (url) => expect(injects(cs!, url)).toBe(true));
  it.each(MUST_NOT)('does not inject on %s', (url) => expect(injects(cs!, url)).toBe(false));

  it('asks for storage and alarms alone, no host permissions, no external connections', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a strict CSP for extension pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('exposes nothing to pages (no web-accessible resources: nothing to fingerprint)', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('performance budget', () => {
  it('a console page loads at most 20 KB gzip of JavaScript for the extension', () => {
    const { gzip, files } = contentScriptBytes(DIST);
    expect(files).toHaveLength(1); // one self-contained classic script: no loader, no chunks
    expect(gzip).toBeLessThanOrEqual(20 * 1024);
  });
});

describe('the built messages', () => {
  it('ship every message and placeholder of _locales, without the translators’ descriptions', () => {
    const source = messages;
    const built = JSON.parse(readFileSync(join(DIST, '_locales/en/messages.json'), 'utf8')) as Record<string, MessageEntry>;
    expect(Object.keys(built)).toEqual(Object.keys(source));
    for (const [key, entry] of Object.entries(source)) {
      const placeholders = entry.placeholders && Object.fromEntries(Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]));
      expect(built[key], key).toEqual(placeholders ? { message: entry.message, placeholders } : { message: entry.message });
    }
  });
});

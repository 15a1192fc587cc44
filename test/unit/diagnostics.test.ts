import { describe, expect, it } from 'vitest';
import { diagnose, scrub } from '../../src/content/diagnostics';
import { findStep, FLOWS } from '../../src/guides';
import { DUO_APP } from '../consoles/fixtures';
import { loadPage } from './pages';

describe('diagnostics', () => {
  it('redacts anything shaped like a key, a host or an address', () => {
    const text = `ikey ${DUO_APP.ikey} host ${DUO_APP.host} mail admin@acme.example phone 4155550123`;
    const out = scrub(`${text} secret ${DUO_APP.skey}`);
    for (const bad of [DUO_APP.ikey, DUO_APP.host, 'admin@acme.example', '4155550123']) expect(out.includes(bad)).toBe(false);
    expect(out.includes(DUO_APP.skey)).toBe(false);
    // Glued to other text, or in formatted numbers, too.
    const glued = scrub(`Secret key${DUO_APP.skey} skey_${DUO_APP.skey} call +1 (415) 555-0123 key${DUO_APP.ikey}x`);
    for (const bad of [DUO_APP.skey.slice(0, 20), DUO_APP.skey.slice(20), '555-0123', DUO_APP.ikey]) expect(glued.includes(bad)).toBe(false);
    expect(scrub('org acme-admin', ['acme-admin'])).toBe('org [redacted]');
  });

  it('names the step, each strategy and what the page shows, from a page showing the keys, without them', () => {
    const page = loadPage('duo-app-plain');
    const step = findStep(FLOWS['okta-classic'], 'duo.protect-okta')!;
    const report = diagnose(step, page, '0.1.0');
    expect(report).toContain('step: duo.protect-okta');
    expect(report).toContain('page path: /applications/[id]');
    expect(report).toMatch(/role button named .* → 0 visible/);
    expect(report).toMatch(/headings: .*Details/);
    for (const bad of [DUO_APP.ikey, DUO_APP.host]) expect(report.includes(bad)).toBe(false);
    expect(report.includes(DUO_APP.skey)).toBe(false);
  });
});

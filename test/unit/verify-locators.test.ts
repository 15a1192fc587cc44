// The pre-flight and Verify steps' locators and evidence against the saved simulated pages.
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/conditions';
import { accessibleName, locate } from '../../src/engine/locate';
import { ownUsername } from '../../src/engine/username';
import { FLOWS, findStep } from '../../src/guides';
import type { FlowId } from '../../src/guides/types';
import { loadPage } from './pages';

const step = (flow: FlowId, id: string) => findStep(FLOWS[flow], id)!;
const target = (flow: FlowId, id: string) => locate(document, step(flow, id).target!);
const done = (flow: FlowId, id: string, page: ReturnType<typeof loadPage>) => holds(step(flow, id).done!, page);

describe('pre-flight locators', () => {
  it('Classic break-glass: the rule dialog’s Exclude Users field, done only once it names someone', () => {
    const page = loadPage('okta-classic-rule-old');
    const el = target('okta-classic', 'classic.break-glass');
    expect(el && accessibleName(el)).toMatch(/^Exclude Users/);
    expect(done('okta-classic', 'classic.break-glass', page)).toBe(false);
    (document.querySelector('input[name="name"], [data-se="o-form-input-name"] input') as HTMLInputElement).value = 'Duo Authentication';
    (el as HTMLInputElement).value = 'admin@acme.example';
    expect(done('okta-classic', 'classic.break-glass', page)).toBe(true);
  });

  it('Identity Engine break-glass: the Default Policy keeps Email Optional, a second authenticator', () => {
    const page = loadPage('okta-oie-enrollment');
    expect(target('okta-oie', 'oie.break-glass')?.tagName).toBe('SELECT');
    expect(done('okta-oie', 'oie.break-glass', page)).toBe(true);
    for (const label of ['Email', 'Okta Verify']) {
      const select = document.getElementById(Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === label)!.htmlFor) as HTMLSelectElement;
      for (const o of select.options) o.toggleAttribute('selected', o.value === 'NOT_ALLOWED');
      select.value = 'NOT_ALLOWED';
    }
    expect(done('okta-oie', 'oie.break-glass', page)).toBe(false);
  });

  it('the username check reads the admin’s username from the header only', () => {
    loadPage('okta-classic-duo-form');
    expect(ownUsername(document)).toBe('admin@acme.example');
  });

  it('a Classic org listing OpenID Connect IdP gets no warning on the chooser', () => {
    const page = loadPage('okta-idps-chooser');
    const warning = step('okta-universal-prompt', 'up.oidc-type').warn!.find((w) => w.copy)!;
    expect(holds(warning.when!, page)).toBe(false);
    document.querySelectorAll('[role=radio], input[type=radio]').forEach((r) => /openid/i.test(accessibleName(r)) && r.closest('label,li,div')?.remove());
    expect(holds(warning.when!, page)).toBe(true);
  });
});

describe('Verify locators', () => {
  it('Access Testing Tool: its fields, and a result that does not require Duo is not done', () => {
    const page = loadPage('okta-att');
    expect(done('okta-oie', 'verify.att', page)).toBe(true);
    expect(target('okta-oie', 'verify.att-run')?.tagName).toBe('FORM');
    expect(done('okta-oie', 'verify.att-run', page)).toBe(false);
    // The same row, requiring MFA with Duo among its authenticators, is the evidence.
    const cells = document.querySelectorAll('tbody tr:first-child td');
    cells[4]!.textContent = 'Required';
    cells[5]!.textContent = 'Duo Security, Email';
    expect(done('okta-oie', 'verify.att-run', page)).toBe(true);
  });

  it('the Identity Engine dashboard’s Reports section reveals the tool', () => {
    loadPage('okta-oie-dashboard');
    const el = target('okta-oie', 'verify.att');
    expect(el && accessibleName(el)).toMatch(/^Reports$|^Access Testing Tool$/);
  });

  it('Classic has no Access Testing Tool (Okta documents it for Identity Engine only): no step sends the admin there', () => {
    expect(FLOWS['okta-classic'].steps.filter((s) => s.id.startsWith('verify.att'))).toEqual([]);
    for (const flow of ['okta-oie', 'okta-universal-prompt'] as const) expect(findStep(FLOWS[flow], 'verify.att-run')).toBeDefined();
    loadPage('okta-classic-dashboard');
    expect(Array.from(document.querySelectorAll('a'), (a) => a.textContent?.trim())).not.toContain('Access Testing Tool');
  });

  it('Duo: the dashboard’s Authentication Log card is not the log; the log page lists the Okta entry', () => {
    let page = loadPage('duo-home');
    expect(done('okta-classic', 'verify.duo-log', page)).toBe(false);
    const link = target('okta-classic', 'verify.duo-log');
    expect(link && accessibleName(link)).toBe('Authentication Log');
    page = loadPage('duo-authlog');
    expect(done('okta-classic', 'verify.duo-log', page)).toBe(true);
    expect(done('okta-classic', 'verify.duo-entry', page)).toBe(true);
    expect(target('okta-classic', 'verify.duo-entry')?.textContent).toMatch(/Granted.*pat\.tester@nova\.example.*Okta.*Enrollment/);
  });

  it('Duo: Activate Universal Prompt on the Okta application, not yet activated', () => {
    const page = loadPage('duo-app-masked');
    const el = target('okta-universal-prompt', 'verify.duo-up');
    expect(el && accessibleName(el)).toBe('Activate Universal Prompt');
    expect(done('okta-universal-prompt', 'verify.duo-up', page)).toBe(false);
  });
});

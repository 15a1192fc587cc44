// Every Okta step's target, page and evidence against the saved simulated Okta pages.
import { describe, expect, it } from 'vitest';
import { holds, observe } from '../../src/engine/conditions';
import { nativeOf } from '../../src/engine/controls';
import { accessibleName, locate } from '../../src/engine/locate';
import { FLOWS, findStep } from '../../src/guides';
import { enrollmentSteps } from '../../src/guides/okta-shared';
import type { FlowId } from '../../src/guides/types';
import { loadPage } from './pages';

/** [page, flow, step, the target's accessible name (or tag for fields)] */
const TARGETS: [string, FlowId, string, string | RegExp][] = [
  ['okta-user-home', 'okta-classic', 'okta.admin', 'Admin'],
  ['okta-enroll-classic', 'okta-classic', 'test.enroll', 'Setup'],
  ['okta-enroll-classic-required', 'okta-classic', 'test.enroll', 'Configure factor'],
  ['okta-enroll-oie', 'okta-oie', 'test.enroll', 'Set up Duo Security.'],
  ['okta-enroll-oie-and-idp', 'okta-oie', 'test.enroll', 'Set up Duo Security.'],
  ['okta-enroll-idp', 'okta-universal-prompt', 'test.enroll', 'Set up IdP Authenticator.'],
  ['okta-enroll-oie-and-idp', 'okta-universal-prompt', 'test.enroll', 'Set up IdP Authenticator.'],
  ['okta-classic-dashboard', 'okta-classic', 'classic.multifactor', 'Security'],
  ['okta-classic-duo', 'okta-classic', 'classic.multifactor', 'Multifactor'],
  ['okta-classic-duo', 'okta-classic', 'classic.factor', 'Duo Security'],
  ['okta-classic-duo', 'okta-classic', 'classic.edit', 'Edit'],
  ['okta-classic-duo', 'okta-classic', 'classic.activate', 'Inactive'],
  ['okta-classic-duo-form', 'okta-classic', 'classic.fill', /^Integration key/],
  ['okta-classic-duo-form', 'okta-classic', 'classic.username', 'Duo Security Username Format'],
  ['okta-classic-duo-form', 'okta-classic', 'classic.save', 'Save'],
  ['okta-classic-signon', 'okta-classic', 'classic.signon', 'Sign On'],
  ['okta-classic-signon', 'okta-classic', 'classic.add-rule', 'Add Rule'],
  ['okta-classic-rule-old', 'okta-classic', 'classic.rule-name', 'Rule Name'],
  ['okta-classic-rule-old', 'okta-classic', 'classic.rule-mfa', 'Prompt for Factor'],
  ['okta-classic-rule-old', 'okta-classic', 'classic.rule-frequency', 'Factor prompt frequency'],
  ['okta-classic-rule-old', 'okta-classic', 'classic.create-rule', 'Create Rule'],
  ['okta-classic-rule-new', 'okta-classic', 'classic.rule-mfa', 'Required'],
  ['okta-classic-rule-new', 'okta-classic', 'classic.rule-frequency', /^Users will be prompted for MFA/],
  ['okta-oie-authenticators', 'okta-oie', 'oie.add-authenticator', 'Add authenticator'],
  ['okta-oie-add-dialog', 'okta-oie', 'oie.duo-tile', 'Add'],
  ['okta-oie-add-dialog', 'okta-universal-prompt', 'up.idp-tile', 'Add'],
  ['okta-oie-duo-form', 'okta-oie', 'oie.username', 'Duo Security username format'],
  ['okta-oie-duo-form', 'okta-oie', 'oie.add', 'Add'],
  ['okta-oie-authenticators', 'okta-oie', 'oie.enrollment-tab', 'Enrollment'],
  ['okta-oie-enrollment', 'okta-oie', 'oie.enrollment-save', 'Update Policy'],
  ['okta-oie-global-session', 'okta-oie', 'oie.add-rule', 'Add rule'],
  ['okta-classic-dashboard', 'okta-universal-prompt', 'up.idps', 'Security'],
  ['okta-idps-chooser', 'okta-universal-prompt', 'up.oidc-type', 'OpenID Connect IdP'],
  ['okta-idps-chooser', 'okta-universal-prompt', 'up.oidc-next', 'Next'],
  ['okta-idps-form', 'okta-universal-prompt', 'up.finish', 'Finish'],
  ['okta-features', 'okta-universal-prompt', 'up.features', 'Skip the verify screen and redirect to the IdP authenticator'],
];

describe('Okta targets on the simulated consoles', () => {
  it.each(TARGETS)('%s: %s › %s is “%s”', (page, flow, stepId, name) => {
    loadPage(page);
    const step = findStep(FLOWS[flow], stepId)!;
    const el = locate(document, step.target!);
    expect(el).not.toBeNull();
    // A widget over a hidden select (Courage's Chosen) is named by the select it stands for.
    const named = el!.matches('form') ? el!.querySelector('input')! : (nativeOf(el!) ?? el!);
    const shown = accessibleName(named);
    if (typeof name === 'string') expect(shown).toBe(name);
    else expect(shown).toMatch(name);
  });

  it('the Add on the Duo Security tile, not on another tile', () => {
    loadPage('okta-oie-add-dialog');
    const add = locate(document, findStep(FLOWS['okta-oie'], 'oie.duo-tile')!.target!);
    expect(add?.closest('article')?.querySelector('h3')?.textContent).toBe('Duo Security');
    const idp = locate(document, findStep(FLOWS['okta-universal-prompt'], 'up.idp-tile')!.target!);
    expect(idp?.closest('article')?.querySelector('h3')?.textContent).toBe('IdP Authenticator');
  });

  it('on the real Sign-In Widget, Classic’s Setup is Duo’s, not Okta Verify’s above it', () => {
    loadPage('okta-enroll-classic');
    const setup = locate(document, findStep(FLOWS['okta-classic'], 'test.enroll')!.target!);
    expect(setup?.closest('li')?.querySelector('h3')?.textContent).toBe('Duo Security');
  });

  it.each([
    ['Set up Duo Security', true, true],
    ['Setup Duo Security', true, true],
    ['Set up Acme MFA', false, true],
    ['Set up Okta Verify', false, false],
    ['Set up Email', false, false],
    ['Setup Google Authenticator', false, false],
    ['Set up security methods', false, false],
  ])('the enrollment check is done on “%s”: traditional prompt %s, IdP authenticator %s', (heading, duo, idp) => {
    document.body.innerHTML = `<main><h2>${heading}</h2></main>`;
    const done = (flow: FlowId) => holds(findStep(FLOWS[flow], 'test.enroll')!.done!, { root: document, kind: 'okta-user', path: '/signin/enroll' });
    expect([done('okta-classic'), done('okta-oie'), done('okta-universal-prompt')]).toEqual([duo, duo, idp]);
  });

  it('an IdP authenticator carries the name the admin gave it, not Duo’s: the traditional prompt’s step finds nothing there', () => {
    loadPage('okta-enroll-idp');
    expect(document.body.textContent).not.toMatch(/duo/i);
    expect(locate(document, findStep(FLOWS['okta-oie'], 'test.enroll')!.target!)).toBeNull();
    expect(locate(document, findStep(FLOWS['okta-universal-prompt'], 'test.enroll')!.target!)).not.toBeNull();
  });

  it('the enrollment choice is the authenticator’s select inside the policy dialog', () => {
    // The saved page is a fresh org, so it shows the authenticators every org has.
    loadPage('okta-oie-enrollment');
    const step = enrollmentSteps('oie', /^okta verify$/i, 'authenticator_duo_security').find((x) => x.id === 'oie.enrollment-choice')!;
    const choice = locate(document, step.target!);
    expect(choice?.tagName).toBe('SELECT');
    expect(choice?.closest('[role=dialog]')).not.toBeNull();
  });
});

describe('fill fields on the simulated forms', () => {
  it.each([
    ['okta-classic-duo-form', 'okta-classic', 'classic.fill'],
    ['okta-oie-duo-form', 'okta-oie', 'oie.fill'],
    ['okta-idps-form', 'okta-universal-prompt', 'up.fill'],
  ] as const)('%s: every field of %s › %s is found, each a different control', (page, flow, stepId) => {
    loadPage(page);
    const fields = findStep(FLOWS[flow], stepId)!.fill!.fields.map((f) => locate(document, f.field));
    expect(fields.every((el) => el !== null)).toBe(true);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('the IdP form’s Client Secret field is the password input, not the “Client secret” radio', () => {
    loadPage('okta-idps-form');
    const fill = findStep(FLOWS['okta-universal-prompt'], 'up.fill')!.fill!;
    const secret = locate(document, fill.fields.find((f) => f.source === 'skey')!.field) as HTMLInputElement;
    expect(secret.type).toBe('password');
    const authType = locate(document, fill.fields.find((f) => f.name === 'field_authentication_type')!.field) as HTMLInputElement;
    expect(authType.type).toBe('radio');
  });
});

describe('Okta evidence', () => {
  const classic = FLOWS['okta-classic'].steps;
  it('the end-user dashboard is the Admin step’s page; the admin console proves it', () => {
    expect(observe(classic, loadPage('okta-user-home')).done).toEqual([]);
    expect(observe(classic, loadPage('okta-classic-dashboard')).done).toContain('okta.admin');
  });

  it('the Duo form is where Fill happens and proves Edit', () => {
    const seen = observe(classic, loadPage('okta-classic-duo-form'));
    expect(seen.at).toEqual(expect.arrayContaining(['classic.fill', 'classic.username']));
    expect(seen.done).toEqual(expect.arrayContaining(['classic.multifactor', 'classic.factor', 'classic.edit']));
    expect(seen.done).not.toContain('classic.save');
  });

  it('an unsaved, inactive factor shows neither Save nor Activate done', () => {
    const seen = observe(classic, loadPage('okta-classic-duo'));
    expect(seen.done).toContain('classic.factor');
    expect(seen.done).not.toContain('classic.save');
    expect(seen.done).not.toContain('classic.activate');
  });

  it('a rule dialog with its defaults proves nothing the admin has not done', () => {
    const page = loadPage('okta-classic-rule-old');
    expect(observe(classic, page).done).toEqual(expect.arrayContaining(['classic.add-rule']));
    for (const id of ['classic.rule-name', 'classic.rule-mfa', 'classic.create-rule']) expect(holds(findStep(FLOWS['okta-classic'], id)!.done!, page)).toBe(false);
  });
});

// Each Okta flow walked from Duo's sign-in to its last step on one seeded console variant
// (test/consoles/shapes.ts), as the scripted admin of walk.ts: at each step the highlight must lie
// over the control a person would use, found with Playwright's own locators. Save, Add and Finish
// must submit the admin's choices; the secret is compared as a boolean, never printed.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_APP, DUO_SIGNIN_HOST, OKTA_ORGS, type Submission } from '../../consoles/fixtures';
import { shapesOf, variantFor, type Shapes } from '../../consoles/shapes';
import type { Session } from './browser';
import { overlay, waitForStep, waitForStepDone } from './overlay';
import { chooseFlow, startOver } from './popup';
import { buttonOf, choose, shownChoice, type SelectKind } from './shaped';
import { addAuthenticator, atStep, clickStep, fill, securityNav, walkDuo, walkEnrollment, walkRule, walkToOktaAdmin } from './walk';
import { walkVerify } from './verify';

export const FLOWS = ['okta-classic', 'okta-oie', 'okta-universal-prompt'] as const;
export type FlowId = (typeof FLOWS)[number];

/** What one walk did: the page (to read the guide's step when it broke) and the selects it met. */
export interface Walk {
  page: Page | null;
  selects: SelectKind[];
}

const lastBody = async (s: Session, path: string | RegExp): Promise<Record<string, unknown>> => {
  const hits = (await s.submissions()).filter((x: Submission) => (typeof path === 'string' ? x.path === path : path.test(x.path)) && x.status === 200);
  expect(hits.length, `one accepted submission to ${String(path)}`).toBeGreaterThan(0);
  return hits.at(-1)!.body as Record<string, unknown>;
};

/** The shapes the seed renders on an org of this engine (for reports). */
export const shapesFor = (flow: FlowId, seed: number): Shapes => shapesOf(seed, flow === 'okta-classic' ? 'classic' : 'oie');

async function classic(s: Session, page: Page, w: Walk, wording: 'old' | 'new'): Promise<void> {
  const org = OKTA_ORGS.acme;
  await walkToOktaAdmin(page, org);
  await securityNav(page, 'classic.multifactor', 'Multifactor');
  const main = page.getByRole('main');
  await clickStep(page, 'classic.factor', main.getByRole('link', { name: 'Duo Security', exact: true }));
  await clickStep(page, 'classic.edit', main.getByRole('button', { name: 'Edit', exact: true }));
  const form = page.locator('form').filter({ has: page.getByLabel('Integration key') });
  await atStep(page, 'classic.fill', form);
  await fill(page, 'classic.fill');
  w.selects.push(await choose(page, 'classic.username', form, 'Duo Security Username Format', 'Email'));
  await clickStep(page, 'classic.save', buttonOf(form, 'Save'));
  await waitForStep(page, 'classic.activate');
  const saved = await lastBody(s, '/api/v1/org/factors/duo');
  expect([saved.integrationKey, saved.host, saved.userNameFormat]).toEqual([DUO_APP.ikey, DUO_APP.host, 'EMAIL']);
  expect(saved.secretKey === DUO_APP.skey, 'the saved secret is the captured one').toBe(true);
  await clickStep(page, 'classic.activate', main.getByRole('button', { name: /^Inactive/ }));
  await clickStep(page, 'classic.activate', page.getByRole('menuitem', { name: 'Activate' }));
  await securityNav(page, 'classic.authentication', 'Authentication');
  await clickStep(page, 'classic.signon', page.getByRole('tab', { name: 'Sign On' }));
  await clickStep(page, 'classic.add-rule', main.getByRole('button', { name: 'Add Rule' }));
  await walkRule(page, 'classic', wording, 'Create Rule', { exclude: 'admin@acme.example' });
  await walkVerify(s, page, org, 'classic');
}

async function oie(s: Session, page: Page, w: Walk): Promise<void> {
  const org = OKTA_ORGS.nova;
  await walkToOktaAdmin(page, org);
  await addAuthenticator(page, 'oie', 'Duo Security');
  const form = page.locator('form').filter({ has: page.getByLabel('Integration key') });
  await atStep(page, 'oie.fill', form);
  await fill(page, 'oie.fill');
  w.selects.push(await choose(page, 'oie.username', form, 'Duo Security username format', 'Email'));
  await clickStep(page, 'oie.add', buttonOf(form, 'Add'));
  await waitForStep(page, 'oie.enrollment-tab');
  const conf = ((await lastBody(s, '/api/v1/authenticators')).provider as { configuration: Record<string, unknown> }).configuration;
  expect([conf.integrationKey, conf.host, conf.userNameTemplate]).toEqual([DUO_APP.ikey, DUO_APP.host, { template: 'email' }]);
  expect(conf.secretKey === DUO_APP.skey, 'the added secret is the captured one').toBe(true);
  await walkEnrollment(page, 'oie', 'Duo Security');
  await securityNav(page, 'oie.global-session', 'Global Session Policy');
  await clickStep(page, 'oie.add-rule', page.getByRole('main').getByRole('button', { name: 'Add rule' }));
  await walkRule(page, 'oie', 'new', 'Create rule');
  await walkVerify(s, page, org, 'oie');
}

async function universalPrompt(s: Session, page: Page, w: Walk): Promise<void> {
  const org = OKTA_ORGS.nova;
  await walkToOktaAdmin(page, org);
  await securityNav(page, 'up.idps', 'Identity Providers');
  const main = page.getByRole('main');
  await clickStep(page, 'up.add-idp', main.getByRole('button', { name: 'Add identity provider' }));
  await clickStep(page, 'up.oidc-type', main.getByRole('radio', { name: 'OpenID Connect IdP' }));
  await clickStep(page, 'up.oidc-next', buttonOf(main, 'Next'));
  const form = page.locator('form').filter({ has: page.getByLabel('Issuer') });
  await atStep(page, 'up.fill', form);
  await fill(page, 'up.fill');
  await waitForStep(page, 'up.finish');
  // The fill chose "Factor only" in the IdP Usage select, whatever widget shows it.
  expect(await shownChoice(page, form, 'IdP Usage')).toBe('Factor only');
  await clickStep(page, 'up.finish', buttonOf(form, 'Finish'));
  await waitForStep(page, 'up.authenticators');
  const idp = await lastBody(s, '/api/v1/idps');
  const client = (idp.protocol as { credentials: { client: Record<string, unknown> } }).credentials.client;
  expect([idp.name, idp.idpUsage, client.client_id]).toEqual(['Duo Security', 'FACTOR_ONLY', DUO_APP.ikey]);
  expect(client.client_secret === DUO_APP.skey, 'the IdP\'s client secret is the captured one').toBe(true);

  await addAuthenticator(page, 'up', 'IdP Authenticator');
  const idpForm = page.locator('form').filter({ hasText: 'Add IdP Authenticator' });
  // Okta preselects the first Factor-only IdP: the guide reads the choice off the widget.
  expect(await shownChoice(page, idpForm, 'IdP')).toBe('Duo Security');
  await clickStep(page, 'up.idp-add', buttonOf(idpForm, 'Add'));
  await waitForStep(page, 'up.enrollment-tab');
  const ids = await page.evaluate(async () => ((await (await fetch('/api/v1/idps')).json()) as { id: string; name: string }[]).filter((i) => i.name === 'Duo Security').map((i) => i.id));
  const auth = (await lastBody(s, '/api/v1/authenticators')) as { key: string; provider: { configuration: { idpId: string } } };
  expect([auth.key, auth.provider.configuration.idpId]).toEqual(['external_idp', ids[0]]);
  await walkEnrollment(page, 'up', 'IdP Authenticator');
  await waitForStep(page, 'up.features');
  await page.goto(`https://${org.adminHost}/admin/settings/features`);
  await clickStep(page, 'up.features', page.getByRole('switch', { name: /Skip the verify screen/ }));
  // The switch saves through Okta's API; the walk goes on once the guide saw it on.
  await waitForStepDone(page, 'up.features');
  await walkVerify(s, page, org, 'idp', DUO_APP.ikey);
}

/** Walks one flow on one seed to its last step; `w.page` is the page, for a report when it breaks. */
export async function walkFlow(s: Session, flow: FlowId, seed: number, w: Walk): Promise<void> {
  const v = variantFor(seed);
  // Classic rule wording varies by seed; the Identity Engine has only the new one.
  // Pages render after 50 ms instead of 300: the shapes, not the waits, are what varies here.
  await s.reset({ ...v, renderDelayMs: 50, ...(flow === 'okta-classic' ? {} : { ruleWording: 'new' as const }) });
  await startOver(s);
  // The flow the admin picks in the popup (a flow chosen on an earlier walk stays chosen).
  await chooseFlow(s, flow);
  const page = (w.page = await s.open(`https://${DUO_SIGNIN_HOST}/`));
  await walkDuo(page, { masked: v.secretMasked, ui: v.duoUi });
  if (flow === 'okta-classic') await classic(s, page, w, v.ruleWording);
  else if (flow === 'okta-oie') await oie(s, page, w);
  else await universalPrompt(s, page, w);
}

/** The guide's step when a walk broke (the one it was showing), for the report. */
export async function brokeAt(w: Walk): Promise<string> {
  if (!w.page || w.page.isClosed()) return '(no page)';
  return (await overlay(w.page).catch(() => null))?.step ?? '(no overlay)';
}

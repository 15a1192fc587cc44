// A scripted admin: at every step, check the overlay shows it and its highlight lies over the
// control a person would click (found here with Playwright's own role locators, independently of
// the extension's), then click only that.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_SIGNIN_HOST, OKTA_ORGS } from '../../consoles/fixtures';
import { clickCallout, expectHighlightOn, overlay, waitForStep, waitForStepDone } from './overlay';
import { buttonOf, dialogOf } from './shaped';

export async function atStep(page: Page, step: string, target?: Locator): Promise<void> {
  await waitForStep(page, step);
  if (target) {
    await target.waitFor({ state: 'visible' });
    await expectHighlightOn(page, target);
  }
}

export async function clickStep(page: Page, step: string, target: Locator): Promise<void> {
  await atStep(page, step, target);
  await target.click();
}

/** The Duo half: sign in, Applications, Protect an Application, filter, Protect on Okta, read keys. */
export async function walkDuo(page: Page, opts: { masked: boolean; ui?: 'classic' | 'catalog' }): Promise<void> {
  expect(new URL(page.url()).hostname).toBe(DUO_SIGNIN_HOST);
  await atStep(page, 'duo.signin');
  expect((await overlay(page))?.highlight).toBeNull();
  await page.getByLabel('Email').fill('admin@example.com');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`https://${DUO_ADMIN_HOST}/**`);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await clickStep(page, 'duo.applications', nav.getByRole('link', { name: 'Applications', exact: true }));
  const main = page.getByRole('main');
  if (opts.ui === 'catalog') {
    await clickStep(page, 'duo.protect', main.getByRole('link', { name: 'Application Catalog', exact: true }));
    const search = page.getByLabel('Search applications');
    await atStep(page, 'duo.search', search);
    await search.pressSequentially('okta', { delay: 30 });
    const tile = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Okta', exact: true }) });
    await clickStep(page, 'duo.protect-okta', tile.getByRole('button', { name: /Add/ }));
  } else {
    await clickStep(page, 'duo.protect', main.getByRole('link', { name: 'Protect an Application', exact: true }));
    const filter = page.getByLabel('Filter applications');
    await atStep(page, 'duo.search', filter);
    await filter.pressSequentially('okta', { delay: 30 });
    const row = main.getByRole('row').filter({ has: page.getByText('Okta', { exact: true }) });
    await clickStep(page, 'duo.protect-okta', row.getByRole('button', { name: 'Protect' }));
  }
  await page.waitForURL(`https://${DUO_ADMIN_HOST}/applications/${DUO_APP.ikey}`);
  if (opts.masked) await clickStep(page, 'duo.capture', page.getByRole('button', { name: /^Show / }));
  // Captured: the Duo side is done and the overlay points on to Okta, naming what it read.
  const o = await waitForStep(page, 'okta.admin');
  expect(o.callout).toContain(DUO_APP.ikey);
  expect(o.callout).toContain(DUO_APP.host);
}

/** Okta end-user dashboard → Admin. */
export async function walkToOktaAdmin(page: Page, org: { endUserHost: string; adminHost: string }): Promise<void> {
  await page.goto(`https://${org.endUserHost}/app/UserHome`);
  await clickStep(page, 'okta.admin', page.getByRole('link', { name: 'Admin', exact: true }));
  await page.waitForURL(`https://${org.adminHost}/admin/**`);
}

/** A Security › item in Okta's side nav: the highlight first shows the Security section when closed. */
export async function securityNav(page: Page, step: string, item: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Admin console' });
  const link = nav.getByRole('link', { name: item, exact: true });
  await waitForStep(page, step);
  if (!(await link.isVisible())) await clickStep(page, step, nav.getByRole('button', { name: /^Security/ }));
  await clickStep(page, step, link);
}

/** Clicks the overlay's Fill button (its accessible name begins with "Fill"). */
export async function fill(page: Page, step: string): Promise<void> {
  await waitForStep(page, step);
  // The button comes with the fill part, injected once the step shows: the click waits for it.
  await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).click({ timeout: 10_000 });
}

/** Break-glass in the rule: leave out a named admin, or say one exists (the callout's mark). */
export type BreakGlass = { exclude: string } | 'mark';

/** The sign-on rule dialog, in either wording; Classic's has the break-glass step. */
export async function walkRule(page: Page, prefix: string, wording: 'old' | 'new', create: string, breakGlass?: BreakGlass): Promise<void> {
  const dialog = dialogOf(page);
  const name = dialog.getByLabel(/^Rule name$/i);
  await atStep(page, `${prefix}.rule-name`, name);
  await name.pressSequentially('Duo Authentication', { delay: 10 });
  if (breakGlass === 'mark') {
    await waitForStep(page, `${prefix}.break-glass`);
    await clickCallout(page, /^I have a break-glass account$/);
  } else if (breakGlass) {
    const exclude = dialog.getByLabel(/^Exclude users/i);
    await atStep(page, `${prefix}.break-glass`, exclude);
    await exclude.pressSequentially(breakGlass.exclude, { delay: 5 });
  }
  if (wording === 'old') {
    await clickStep(page, `${prefix}.rule-mfa`, dialog.getByRole('checkbox', { name: 'Prompt for Factor' }));
    await atStep(page, `${prefix}.rule-frequency`, dialog.getByRole('group', { name: 'Factor prompt frequency' }));
    expect((await overlay(page))?.callout).toMatch(/Per Device: .*Every Time: .*Per Session: /);
    await dialog.getByRole('radio', { name: 'Every Time' }).click();
  } else {
    await clickStep(page, `${prefix}.rule-mfa`, dialog.getByRole('radio', { name: 'Required', exact: true }));
    await atStep(page, `${prefix}.rule-frequency`, dialog.getByRole('group', { name: /Users will be prompted for MFA/ }));
    await dialog.getByRole('radio', { name: 'At every sign in' }).click();
  }
  await clickStep(page, `${prefix}.create-rule`, buttonOf(dialog, create));
  await page.getByRole('row', { name: /Duo Authentication/ }).waitFor();
  await waitForStepDone(page, `${prefix}.create-rule`);
}

/** How the real Sign-In Widget offers the enrollment, by engine and setup: the control a person
 *  clicks (Playwright's own role locators) and the heading of the screen the widget opens next. */
const ENROLL = {
  classic: { control: (p: Page) => p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: 'Duo Security' }) }).getByRole('link', { name: 'Setup', exact: true }), next: 'Setup Duo Security' },
  'classic-required': { control: (p: Page) => p.getByRole('button', { name: 'Configure factor', exact: true }), next: 'Setup Duo Security' },
  oie: { control: (p: Page) => p.getByRole('link', { name: 'Set up Duo Security.', exact: true }), next: 'Set up Duo Security' },
  idp: { control: (p: Page) => p.getByRole('link', { name: 'Set up IdP Authenticator.', exact: true }), next: 'Set up IdP Authenticator' },
} as const;
export type EnrollOn = keyof typeof ENROLL;

/** The end-user test on the real Sign-In Widget: the highlighted control, then the widget's next screen. */
export async function walkEnrollTest(page: Page, endUserHost: string, on: EnrollOn): Promise<void> {
  await page.goto(`https://${endUserHost}/signin/enroll`);
  await clickStep(page, 'test.enroll', ENROLL[on].control(page));
  await page.getByRole('heading', { name: ENROLL[on].next, exact: true }).waitFor();
}

/** Security › Authenticators › Add authenticator › Add on one tile. */
export async function addAuthenticator(page: Page, prefix: string, tile: string): Promise<void> {
  await securityNav(page, `${prefix}.authenticators`, 'Authenticators');
  await clickStep(page, `${prefix}.add-authenticator`, page.getByRole('main').getByRole('button', { name: 'Add authenticator' }));
  const dialog = dialogOf(page);
  await clickStep(page, `${prefix}.${tile === 'Duo Security' ? 'duo' : 'idp'}-tile`, dialog.getByRole('article', { name: tile }).getByRole('button', { name: 'Add' }));
}

/** Authenticators › Enrollment: Edit the Default Policy, make the authenticator Required, Update Policy. */
export async function walkEnrollment(page: Page, prefix: string, authenticator: string): Promise<void> {
  await clickStep(page, `${prefix}.enrollment-tab`, page.getByRole('tab', { name: 'Enrollment' }));
  await clickStep(page, `${prefix}.enrollment-edit`, page.getByRole('region', { name: 'Default Policy' }).getByRole('button', { name: 'Edit' }));
  const dialog = dialogOf(page).filter({ hasText: 'Edit Policy' });
  await dialog.getByLabel(authenticator, { exact: true }).selectOption('REQUIRED');
  await clickStep(page, `${prefix}.enrollment-save`, buttonOf(dialog, 'Update Policy'));
  await dialog.waitFor({ state: 'detached' });
}

/** Acme's Okta Classic Duo Security form, reached as an admin would: Multifactor, then Edit. */
export async function openClassicDuoForm(open: (url: string) => Promise<Page>): Promise<Page> {
  const page = await open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/multifactor#duo`);
  await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
  await waitForStep(page, 'classic.fill');
  return page;
}

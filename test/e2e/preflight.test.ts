// Pre-flight on the simulated consoles: break-glass skipped only by its mark, shown as such in the
// popup and the setup report; the warnings where they matter (a Classic org without OpenID Connect
// IdP, a Duo Federal account on the Universal Prompt flow, the Identity Engine Duo authenticator's
// Sign-In Widget generation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_APP, DUO_FEDERAL_HOST, DUO_SIGNIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { FLOWS } from '../../src/guides';
import { launch, type Session } from './lib/browser';
import { leaks } from './lib/leaks';
import { clickCallout, overlay, waitForStep } from './lib/overlay';
import { chooseFlow, startOver } from './lib/popup';
import { walkDuo } from './lib/walk';
import { dialogOf } from './lib/shaped';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

/** Marks steps done from the popup (an extension page: the one place that may mark any step). */
async function markDone(ids: string[]): Promise<void> {
  const popup = await s.popup();
  for (const id of ids) await popup.evaluate((step) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'mark', step, how: 'done' }), id);
  await popup.close();
}

const clipboard = async (page: Page): Promise<string | null> => {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText().catch(() => null));
};

describe('pre-flight', () => {
  it('break-glass is skipped only by its mark, which the popup and the setup report show as such', async () => {
    await s.reset({ ruleWording: 'new' });
    await startOver(s);
    const page = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await walkDuo(page, { masked: true });
    const org = OKTA_ORGS.acme;
    await page.goto(`https://${org.adminHost}/admin/access/policies`);
    // The factor was set up by hand elsewhere: everything up to the rule marked done.
    const steps = FLOWS['okta-classic'].steps;
    await markDone(steps.slice(steps.findIndex((x) => x.id === 'okta.admin'), steps.findIndex((x) => x.id === 'classic.rule-name')).map((x) => x.id));
    await page.getByRole('tab', { name: 'Sign On' }).click();
    await page.getByRole('main').getByRole('button', { name: 'Add Rule' }).click();
    await dialogOf(page).getByLabel(/^Rule name$/i).fill('Duo Authentication');
    const o = await waitForStep(page, 'classic.break-glass');
    // No plain Skip here: only the statement that a break-glass account exists.
    expect(o.buttons).toContain('I have a break-glass account');
    expect(o.buttons).not.toContain('Skip this step');
    expect(o.callout).toMatch(/Exclude Users/);
    await clickCallout(page, /^I have a break-glass account$/);
    await waitForStep(page, 'classic.rule-mfa');

    const popup = await s.popup();
    const item = popup.locator('li[data-step="classic.break-glass"]');
    await expect.poll(() => item.getAttribute('data-state')).toBe('skipped');
    expect(await item.getAttribute('data-skip')).toBe('break-glass');
    expect(await item.textContent()).toMatch(/skipped: I have a break-glass account/);
    expect(await popup.locator('[data-verified]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Copy setup report' }).click();
    await popup.getByText('Setup report copied. It holds no secret.').waitFor();
    await popup.close();
    const report = await clipboard(page);
    expect(report).toMatch(/^# Duo ↔ Okta setup report/);
    expect(report).toContain(`Integration key ${DUO_APP.ikey}, API hostname ${DUO_APP.host}`);
    expect(report).toMatch(/\| Keep a break-glass admin out of the Duo requirement \| skipped: I have a break-glass account \| \S/);
    expect(report).toMatch(/## Skipped\n\n- Keep a break-glass admin out of the Duo requirement: skipped: I have a break-glass account/);
    // Booleans only: a failure must not print the secret, held in session storage all along.
    expect(report?.includes(DUO_APP.skey)).toBe(false);
    expect(await leaks(s, [page], DUO_APP.skey)).toEqual([]);
  });

  it('a Classic org without OpenID Connect IdP: the four features to ask Okta Support for, copyable', async () => {
    await s.reset({ oidcIdp: 'missing' });
    await startOver(s);
    await chooseFlow(s, 'okta-universal-prompt');
    const page = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/identity-providers`);
    await page.getByRole('main').getByRole('button', { name: 'Add identity provider' }).click();
    await page.getByRole('radio', { name: 'SAML 2.0 IdP' }).waitFor();
    const o = await waitForStep(page, 'up.add-idp');
    await expect.poll(async () => (await overlay(page))?.callout).toMatch(/lists no OpenID Connect IdP/);
    await clickCallout(page, /^Copy request$/);
    await expect.poll(async () => (await overlay(page))?.callout).toMatch(/Copied\./);
    const text = await clipboard(page);
    for (const feature of ['TOP_WINDOW_REAUTH_FROM_ENDUSER_SETTINGS', 'STATE_TOKEN_ALL_FLOWS', 'CLAIMS_AS_FACTOR', 'GENERIC_OIDC_IDP']) expect(text).toContain(feature);
    expect(o.flow).toBe('okta-universal-prompt');
  });

  it('the same page lists OpenID Connect IdP on a Classic org whose features are on: no warning', async () => {
    await s.reset({});
    await startOver(s);
    await chooseFlow(s, 'okta-universal-prompt');
    const page = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/identity-providers`);
    await page.getByRole('main').getByRole('button', { name: 'Add identity provider' }).click();
    await waitForStep(page, 'up.oidc-type');
    expect((await overlay(page))?.callout).not.toMatch(/OpenID Connect IdP\. Ask Okta Support/);
  });

  it('a Duo Federal account: the Universal Prompt flow says why it cannot work', async () => {
    await s.reset({});
    await startOver(s);
    // The Federal panel makes it the Duo account in use; the admin then picks the Universal Prompt anyway.
    const duo = await s.open(`https://${DUO_FEDERAL_HOST}/`);
    await waitForStep(duo, 'duo.applications');
    await chooseFlow(s, 'okta-universal-prompt');
    const page = await s.open(`https://${OKTA_ORGS.nova.adminHost}/admin/access/identity-providers`);
    await waitForStep(page, 'up.add-idp');
    await expect.poll(async () => (await overlay(page))?.callout).toMatch(/Duo Federal does not support the OIDC IdP factor/);
    // A commercial account gets no such warning.
    await s.reset({});
    await startOver(s);
    await chooseFlow(s, 'okta-universal-prompt');
    const other = await s.open(`https://${OKTA_ORGS.nova.adminHost}/admin/access/identity-providers`);
    await waitForStep(other, 'up.add-idp');
    expect((await overlay(other))?.callout).not.toMatch(/Duo Federal/);
  });

  it('the Identity Engine Duo authenticator: the Sign-In Widget generation it needs', async () => {
    await s.reset({});
    await startOver(s);
    await chooseFlow(s, 'okta-oie');
    const page = await s.open(`https://${OKTA_ORGS.nova.adminHost}/admin/access/multifactor`);
    await page.getByRole('main').getByRole('button', { name: 'Add authenticator' }).click();
    await waitForStep(page, 'oie.duo-tile');
    await expect.poll(async () => (await overlay(page))?.callout).toMatch(/does not work with the third-generation Sign-In Widget/);
  });
});

// The Verify group, walked as an admin would: Okta's Access Testing Tool (Identity Engine orgs), the
// end-user test on the real Sign-In Widget, Duo's Authentication Log and, for the Universal Prompt,
// its activation.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST, type OktaOrgFixture } from '../../consoles/fixtures';
import type { Session } from './browser';
import { waitForStep, waitForStepDone } from './overlay';
import { atStep, clickStep, walkEnrollTest, type EnrollOn } from './walk';

/** Reports › Access Testing Tool: the Okta Dashboard and the test user, then the row requiring Duo. */
export async function walkAccessTest(page: Page, org: OktaOrgFixture): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Admin console' });
  const link = nav.getByRole('link', { name: 'Access Testing Tool', exact: true });
  await waitForStep(page, 'verify.att');
  if (!(await link.isVisible())) await clickStep(page, 'verify.att', nav.getByRole('button', { name: /^Reports/ }));
  await clickStep(page, 'verify.att', link);
  const form = page.locator('form').filter({ has: page.getByLabel('Application') });
  await atStep(page, 'verify.att-run', form);
  await page.getByLabel('Application').selectOption('Okta Dashboard');
  await page.getByLabel('Username', { exact: true }).selectOption(`pat.tester@${org.name}.example`);
  await form.getByRole('button', { name: 'Run test' }).click();
  await page.getByRole('row').filter({ hasText: /Duo Security/ }).filter({ hasText: /Required/ }).first().waitFor();
  // The guide sees the result a frame later; the walk leaves the page only after that.
  await waitForStepDone(page, 'verify.att-run');
}

/** Duo's Reports › Authentication Log, filtered to the Okta application: the test user's entry,
 *  which completes the check as soon as the page lists it (`next`: the step after it). */
export async function walkDuoLog(page: Page, user: string, next: string): Promise<void> {
  await page.goto(`https://${DUO_ADMIN_HOST}/`);
  await clickStep(page, 'verify.duo-log', page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authentication Log' }));
  await page.getByRole('combobox', { name: 'Applications' }).selectOption('Okta');
  await page.getByRole('row').filter({ hasText: user }).filter({ hasText: 'Granted' }).first().waitFor();
  await waitForStep(page, next);
}

/** The Okta application's page in Duo: Activate Universal Prompt, offered once Duo saw the updated app. */
export async function walkActivate(page: Page, ikey: string): Promise<void> {
  await page.goto(`https://${DUO_ADMIN_HOST}/applications/${ikey}`);
  await clickStep(page, 'verify.duo-up', page.getByRole('button', { name: 'Activate Universal Prompt' }));
  await page.getByText('Universal Prompt activated').waitFor();
}

/** The whole Verify group for a flow: each check judged from the page, then the popup says Verified. */
export async function walkVerify(s: Session, page: Page, org: OktaOrgFixture, on: EnrollOn, activate?: string): Promise<void> {
  await page.goto(`https://${org.adminHost}/admin/dashboard`);
  // A Classic org has no Access Testing Tool, and its flow no such step.
  if (org.engine === 'oie') await walkAccessTest(page, org);
  await walkEnrollTest(page, org.endUserHost, on);
  await walkDuoLog(page, `pat.tester@${org.name}.example`, activate ? 'verify.duo-up' : '');
  if (activate) await walkActivate(page, activate);
  expect((await waitForStep(page, '')).callout).toMatch(/connected/);
  expect(await verified(s)).toBe(true);
}

/** Whether the popup's checklist says Verified (`data-verified`, test contract). */
export async function verified(s: Session): Promise<boolean> {
  const popup = await s.popup();
  await popup.waitForSelector('main[data-loaded] li[data-state]');
  const on = (await popup.locator('[data-verified]').count()) > 0;
  await popup.close();
  return on;
}

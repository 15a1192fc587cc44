// A scripted admin: at every step, check the overlay shows it and its highlight lies over the
// control a person would click (found here with Playwright's own role locators, independently of
// the extension's), then click only that.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_SIGNIN_HOST } from '../../consoles/fixtures';
import { expectHighlightOn, overlay, waitForStep } from './overlay';

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

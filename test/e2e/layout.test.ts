// Tough layouts: the highlight still lies over the target and the callout stays on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DUO_ADMIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { clickCallout, expectHighlightOn, overlay, waitForStep } from './lib/overlay';
import { startOver } from './lib/popup';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

async function duoHome(): Promise<{ page: Page; target: Locator }> {
  await s.reset({});
  await startOver(s);
  const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
  await waitForStep(page, 'duo.applications');
  return { page, target: page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications', exact: true }) };
}

async function calloutOnScreen(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const r = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.querySelector('[part~="callout"]')!.getBoundingClientRect();
    return { top: r.top, left: r.left, bottom: r.bottom, right: r.right, vw: innerWidth, vh: innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.vh);
  expect(box.right).toBeLessThanOrEqual(box.vw);
}

describe('layouts', () => {
  it.each([0.5, 0.8, 1.5, 2])('page zoom %s: the highlight covers the target', async (zoom) => {
    const { page, target } = await duoHome();
    await page.evaluate((z) => ((document.body.style as unknown as { zoom: string }).zoom = String(z)), zoom);
    await expectHighlightOn(page, target);
    await calloutOnScreen(page);
  });

  it('a target that moves with a CSS transition is followed', async () => {
    const { page, target } = await duoHome();
    await expectHighlightOn(page, target);
    await page.evaluate(() => {
      const nav = document.querySelector('nav[aria-label="Main"]') as HTMLElement;
      nav.style.transition = 'transform 300ms linear';
      nav.style.transform = 'translateY(120px)';
    });
    await page.waitForTimeout(400);
    await expectHighlightOn(page, target, 1000);
  });

  it('content inserted above the target moves the highlight with it', async () => {
    const { page, target } = await duoHome();
    await expectHighlightOn(page, target);
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '150px';
      banner.textContent = 'Maintenance tonight';
      document.querySelector('nav[aria-label="Main"]')!.prepend(banner);
    });
    await expectHighlightOn(page, target, 1000);
  });

  it('a target below the fold of a scrolling container is scrolled into view and covered', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/applications/protect/types`);
    await waitForStep(page, 'duo.search');
    const filter = page.getByLabel('Filter applications');
    await filter.pressSequentially('okta');
    await waitForStep(page, 'duo.protect-okta');
    const protect = page.getByRole('main').getByRole('row').filter({ has: page.getByText('Okta', { exact: true }) }).getByRole('button', { name: 'Protect' });
    await expectHighlightOn(page, protect);
    await calloutOnScreen(page);
  });

  it('near the viewport edges the callout flips to stay on screen and off the target', async () => {
    const { page, target } = await duoHome();
    for (const size of [{ width: 1280, height: 260 }, { width: 420, height: 800 }]) {
      await page.setViewportSize(size);
      await expectHighlightOn(page, target);
      await calloutOnScreen(page);
    }
  });

  it('inside a modal dialog with a scrolling body, the target below the fold is covered', async () => {
    await s.reset({ ruleWording: 'new' });
    await startOver(s);
    const page = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/policies`);
    await page.getByRole('tab', { name: 'Sign On' }).click();
    await page.getByRole('main').getByRole('button', { name: 'Add Rule' }).click();
    const dialog = page.getByRole('dialog');
    // The admin marks the factor's set-up done by hand (it was configured elsewhere).
    for (let i = 0; i < 6 && /^classic\.(fill|username|save|activate)$/.test((await overlay(page))?.step ?? ''); i++) {
      const step = (await overlay(page))!.step!;
      await clickCallout(page, /^Mark done$/);
      await page.waitForFunction((id) => document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step') !== id, step);
    }
    await dialog.getByLabel(/^Rule name$/i).fill('Duo Authentication');
    await waitForStep(page, 'classic.rule-mfa');
    await expectHighlightOn(page, dialog.getByRole('radio', { name: 'Required', exact: true }));
    await calloutOnScreen(page);
  });
});

// Overlay and popup for keyboard and screen-reader users: axe-core finds no serious or critical
// violation; each step is announced; Esc hides; the shortcut shows the guide and focuses it; the
// "can't find it" report holds no key.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_APP_PATH, DUO_SIGNIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { clickCallout, overlay, waitForStep } from './lib/overlay';
import { chooseFlow, startOver } from './lib/popup';

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

async function serious(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate((sel) => (window as unknown as { axe: { run(c?: unknown): Promise<unknown> } }).axe.run(sel ? { include: [[sel]] } : undefined), include ?? null)) as {
    violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
}

describe('accessibility', () => {
  it.each([
    ['Duo sign-in', `https://${DUO_SIGNIN_HOST}/`],
    ['Duo Admin Panel', `https://${DUO_ADMIN_HOST}/`],
    ['Duo application page', `https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`],
    ['Okta end-user', `https://${OKTA_ORGS.acme.endUserHost}/app/UserHome`],
    ['Okta admin, Classic', `https://${OKTA_ORGS.acme.adminHost}/admin/access/multifactor`],
    ['Okta admin, Identity Engine', `https://${OKTA_ORGS.nova.adminHost}/admin/access/multifactor`],
  ])('the overlay on the %s has no serious or critical axe violation', async (_name, url) => {
    await s.reset({ existingOkta: true });
    const page = await s.open(url);
    await page.waitForSelector('[data-duo-okta-guide]', { state: 'attached' });
    await page.waitForTimeout(500);
    expect(await serious(page, '[data-duo-okta-guide]')).toEqual([]);
  });

  it('the popup has no serious or critical axe violation', async () => {
    const popup = await s.popup();
    await popup.waitForSelector('main[data-loaded] li[data-state]');
    expect(await serious(popup)).toEqual([]);
  });

  it('the popup with keys held and Okta orgs to send them to has no serious or critical axe violation', async () => {
    await s.reset({ existingOkta: true, secretMasked: false });
    await startOver(s);
    const duo = await s.open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
    await waitForStep(duo, 'okta.admin');
    for (const org of [OKTA_ORGS.acme, OKTA_ORGS.acmeCorp]) {
      const page = await s.open(`https://${org.adminHost}/admin/dashboard`);
      await page.waitForSelector('[data-duo-okta-guide][data-step]', { state: 'attached' });
    }
    const popup = await s.popup();
    await popup.getByRole('radio', { name: OKTA_ORGS.acmeCorp.adminHost }).waitFor();
    expect(await serious(popup)).toEqual([]);
    await popup.close();
  });

  it('announces each new step politely, never taking focus from the page', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    const live = () => page.evaluate(() => {
      const el = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.querySelector('[aria-live="polite"]')!;
      return el.textContent ?? '';
    });
    expect(await live()).toMatch(/Open Applications/);
    const search = page.getByPlaceholder('Search for users, groups, applications, or devices');
    await search.focus();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications', exact: true }).click();
    await search.focus();
    await waitForStep(page, 'duo.protect');
    expect(await live()).toMatch(/Protect an Application/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toMatch(/^Search for users/);
  });

  it('the keyboard shortcut shows the guide and focuses it; Esc hides it again', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    await clickCallout(page, /^Hide$/);
    expect((await overlay(page))?.highlight).toBeNull();
    // What the "toggle-guide" command does: the background messages the active tab.
    await page.bringToFront();
    await s.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = await c.tabs.query({ active: true, currentWindow: true });
      await c.tabs.sendMessage(tab!.id, { type: 'toggle' });
    });
    await page.waitForFunction(() => (document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.activeElement as HTMLElement | null)?.tagName === 'BUTTON');
    // The step's first control, not the Show guide button the click left focus on.
    expect(await page.evaluate(() => document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.activeElement?.getAttribute('aria-label'))).toBe('Back to the previous step');
    expect((await overlay(page))?.highlight).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.querySelector('[part~="callout"]')!.classList.contains('hidden'));
    expect((await overlay(page))?.highlight).toBeNull();
  });

  it('Show me where: no serious axe violation; from the keyboard it takes the admin to the control', async () => {
    await s.reset({});
    await startOver(s);
    await chooseFlow(s, 'okta-classic');
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 300 });
    await page.goto(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`);
    await waitForStep(page, 'classic.multifactor');
    const nav = page.getByRole('navigation', { name: 'Admin console' });
    await page.mouse.move(800, 150);
    await page.mouse.wheel(0, 200);
    // Opening Security puts the step's link below the fold of the side nav; the admin scrolled,
    // so the guide leaves it there and offers to show it.
    await nav.getByRole('button', { name: /^Security/ }).focus();
    await page.keyboard.press('Enter');
    const show = page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Show me where/ });
    await show.waitFor();
    expect(await serious(page, '[data-duo-okta-guide]')).toEqual([]);
    // The shortcut (hide, then show) puts focus on the callout's first control: Show me where.
    await page.bringToFront();
    for (let i = 0; i < 2; i++) {
      await s.worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
        const [tab] = await c.tabs.query({ active: true, currentWindow: true });
        await c.tabs.sendMessage(tab!.id, { type: 'toggle' });
      });
    }
    await page.waitForFunction(() => /^Show me where/.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.activeElement?.getAttribute('aria-label') ?? ''));
    await page.keyboard.press('Enter');
    // Focus is on the link now, on screen: Enter follows it.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Multifactor');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'classic.factor');
  });

  it('keyboard only: three steps walked with Tab and Enter', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    const focusAndEnter = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return page.keyboard.press('Enter');
      }
      throw new Error(`could not reach ${name} with Tab`);
    };
    await focusAndEnter('Applications');
    await waitForStep(page, 'duo.protect');
    await page.getByRole('heading', { name: 'Applications', exact: true }).waitFor();
    await focusAndEnter('Protect an Application');
    await waitForStep(page, 'duo.search');
    await page.getByLabel('Filter applications').waitFor();
    for (let i = 0; i < 80 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id ?? '')) !== (await page.getByLabel('Filter applications').getAttribute('id')); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('okta');
    await waitForStep(page, 'duo.protect-okta');
  });

  it('“can’t find it”: after a few seconds a report that names the step and holds no key', async () => {
    await s.reset({ existingOkta: true, secretMasked: false });
    await startOver(s);
    await chooseFlow(s, 'okta-classic');
    // Keys on screen and held, so a leak would show.
    const duo = await s.open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
    await waitForStep(duo, 'okta.admin');
    const page = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/multifactor#duo`);
    await waitForStep(page, 'classic.edit');
    await page.bringToFront(); // the clipboard needs the focused tab
    await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).evaluate((b) => b.remove());
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Copy diagnostics/ }).waitFor({ timeout: 8000 });
    await clickCallout(page, /^Copy diagnostics/);
    await page.waitForFunction(() => /Diagnostics copied/.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!));
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('step: classic.edit');
    expect(report).toContain('page path: /admin/access/multifactor');
    expect(report).toMatch(/role button named \/\^edit\$\/i → 0 visible/);
    for (const secretish of [DUO_APP.ikey, DUO_APP.host, DUO_APP.skey, 'admin@acme.example']) expect(report.includes(secretish)).toBe(false);
  });
});

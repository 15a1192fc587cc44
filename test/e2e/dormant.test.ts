// Dormant when no setup runs: paused or finished, the guide's content script is not registered, so
// a console page runs no extension code at all; Resume and "Set up another Okta org" bring it back,
// to tabs already open too.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { FLOWS } from '../../src/guides';
import { launch, registeredScripts, type Session } from './lib/browser';
import { overlay, waitForStep } from './lib/overlay';
import { chooseFlow, startOver } from './lib/popup';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());
beforeEach(async () => {
  await s.reset();
  await startOver(s);
});

// The background stores the new state (which pages and the popup see at once) before it registers
// or unregisters the guide, so a test waits for the registration rather than reading it once.
const registered = async () => (await registeredScripts(s.worker)).map((c) => c.id);
/** What the page can tell of the guide: its element, and the start measure it leaves. */
const traces = (page: Page) =>
  page.evaluate(() => ({ element: !!document.querySelector('[data-duo-okta-guide]'), started: performance.getEntriesByName('duo-okta-guide:start').length > 0 }));

async function popupButton(name: RegExp): Promise<void> {
  const popup = await s.popup();
  await popup.getByRole('button', { name }).click();
  await popup.close();
}

describe('dormant when no setup runs', () => {
  it('Pause puts the guide away on open pages and new ones load none of it; Resume brings it back to the open tab', async () => {
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    await popupButton(/^Pause$/);
    await page.waitForFunction(() => !document.querySelector('[data-duo-okta-guide]'));
    await expect.poll(registered, { timeout: 5000 }).toEqual([]);

    const fresh = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`);
    await fresh.getByRole('navigation').first().waitFor();
    expect(await traces(fresh)).toEqual({ element: false, started: false });

    await popupButton(/^Resume$/);
    await expect.poll(async () => (await registered()).sort(), { timeout: 5000 }).toEqual(['guide-duo', 'guide-okta']);
    // The open tab gets the guide without a reload.
    await waitForStep(page, 'duo.applications');
  });

  it('a tab that missed the pause message puts the guide away when it reads the paused state', async () => {
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    // Paused in storage only, as if the background's message to this tab had been lost.
    await s.worker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { paused: boolean }>>; set(v: unknown): Promise<void> } } } }).chrome.storage.local;
      const { progress } = await local.get('progress');
      await local.set({ progress: { ...progress, paused: true } });
    });
    await page.waitForFunction(() => !document.querySelector('[data-duo-okta-guide]'));
    await popupButton(/^Resume$/);
    await waitForStep(page, 'duo.applications');
  });

  it('each flow has its own scripts: choosing another swaps them, in open tabs too, without a reload', async () => {
    const files = async () => (await registeredScripts(s.worker)).map((c) => `${c.id} ${c.js.join()}`).sort();
    const okta = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`);
    const duo = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(okta, 'classic.multifactor');
    await waitForStep(duo, 'duo.applications');
    expect(await files()).toEqual(['guide-duo content-duo-classic.js', 'guide-okta content-okta-classic.js']);
    await chooseFlow(s, 'okta-universal-prompt');
    await expect.poll(files, { timeout: 5000 }).toEqual(['guide-duo content-duo-up.js', 'guide-okta content-okta-up.js']);
    await waitForStep(okta, 'up.idps');
    await expect.poll(async () => (await overlay(duo))?.flow, { timeout: 5000 }).toBe('okta-universal-prompt');
    await chooseFlow(s, 'okta-classic');
    await waitForStep(okta, 'classic.multifactor');
    expect(await okta.locator('[data-duo-okta-guide]').count()).toBe(1);
  });

  it('Pause in the callout stops the guide on every page', async () => {
    const duo = await s.open(`https://${DUO_ADMIN_HOST}/`);
    const okta = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`);
    // An Okta page shows its own side's first open step.
    await waitForStep(okta, 'classic.multifactor');
    await duo.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Pause the guide/ }).click();
    await okta.waitForFunction(() => !document.querySelector('[data-duo-okta-guide]'));
    await duo.waitForFunction(() => !document.querySelector('[data-duo-okta-guide]'));
    await expect.poll(registered, { timeout: 5000 }).toEqual([]);
    await popupButton(/^Resume$/);
  });

  it('a finished setup says so once, then console pages load nothing; Set up another Okta org starts again, with a dated line', async () => {
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    // The org in use, so the popup's marks have an Okta side to go to.
    const org = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`);
    await waitForStep(org, 'classic.multifactor');
    await org.close();
    // Every step skipped from the popup (an extension page: the one place that may mark any step).
    const popup = await s.popup();
    for (const step of FLOWS['okta-classic'].steps) await popup.evaluate((id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'mark', step: id, how: 'skip' }), step.id);
    await popup.close();
    expect((await waitForStep(page, '')).callout).toMatch(/connected/);
    await expect.poll(registered, { timeout: 5000 }).toEqual([]);

    const later = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`);
    await later.getByRole('navigation').first().waitFor();
    expect(await traces(later)).toEqual({ element: false, started: false });

    const again = await s.popup();
    await again.getByText(/Duo admin-abc12345\.duosecurity\.com → Okta/).waitFor();
    await again.getByRole('button', { name: 'Set up another Okta org' }).click();
    await again.getByRole('button', { name: /^Pause$/ }).waitFor();
    await again.close();
    await expect.poll(async () => (await registered()).sort(), { timeout: 5000 }).toEqual(['guide-duo', 'guide-okta']);
    // The Duo tab still open reports the admin signed in: the fresh setup's next step.
    await waitForStep(later, 'duo.applications');
    expect((await overlay(later))?.flow).toBeTruthy();
  });
});

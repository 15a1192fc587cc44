// "Show the guide where it is": on a console whose control the guide cannot find (the Duo
// Applications link renamed), the admin shows it once; the next visit highlights it at once. Page
// scripts and clicks inside the guide cannot teach it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { clickCallout, expectHighlightOn, overlay, waitForStep } from './lib/overlay';
import { startOver } from './lib/popup';

type Chrome = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
const RENAMED = 'Apps & Services';

let s: Session;
beforeAll(async () => {
  s = await launch();
  // A console we did not write: its Applications link says something the guide never heard of.
  await s.context.addInitScript((name) => {
    const rename = () => {
      for (const a of document.querySelectorAll('nav a')) if (a.textContent?.trim() === 'Applications') a.textContent = name;
    };
    new MutationObserver(rename).observe(document, { childList: true, subtree: true });
  }, RENAMED);
});
afterAll(() => s?.close());
beforeEach(async () => {
  await s.reset();
  await startOver(s);
  await s.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('learned'));
});

const learned = async () => (await s.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('learned'))).learned;
const link = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: RENAMED });
const calloutSays = (page: Page, re: RegExp) =>
  page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!), re.source);

async function notFound(): Promise<Page> {
  const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
  await link(page).waitFor();
  await waitForStep(page, 'duo.applications');
  await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Show the guide where it is/ }).waitFor({ timeout: 8000 });
  expect((await overlay(page))?.highlight).toBeNull();
  return page;
}

describe('teaching the guide a control it cannot find', () => {
  it('the admin shows the control once; the next visit highlights it at once', async () => {
    const page = await notFound();
    await clickCallout(page, /^Show the guide where it is/);
    await calloutSays(page, /Click the control on the page/);
    await link(page).click();
    // The click did what it does (Applications opened) and finished the step.
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/applications`);
    await waitForStep(page, 'duo.protect');
    // The page's own report can move the step on before the learn message is stored.
    await expect.poll(learned).toEqual({ [`duo:${DUO_ADMIN_HOST}`]: { 'duo.applications': { role: 'link', name: RENAMED, scope: 'navigation' } } });

    // Start again with no tab open (an open one would report its progress).
    await s.reset();
    await startOver(s);
    const again = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(again, 'duo.applications');
    // Well before the guide would give up on its own strategies.
    await expectHighlightOn(again, link(again), 1500);
  });

  it('a page script cannot start teaching, nor teach with a synthetic click', async () => {
    const page = await notFound();
    await page.evaluate(() => {
      const root = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!;
      const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.startsWith('Show the guide where it is'))!;
      button.click();
    });
    expect((await overlay(page))?.callout).not.toMatch(/Click the control on the page/);
    // The admin starts teaching; a page script then clicks the link for them.
    await clickCallout(page, /^Show the guide where it is/);
    await calloutSays(page, /Click the control on the page/);
    await page.evaluate((name) => {
      const a = Array.from(document.querySelectorAll('nav a')).find((x) => x.textContent === name) as HTMLElement;
      a.addEventListener('click', (e) => e.preventDefault(), { once: true });
      a.click();
    }, RENAMED);
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/`);
    await calloutSays(page, /Click the control on the page/);
    expect(await learned()).toBeUndefined();
    expect((await overlay(page))?.step).toBe('duo.applications');
  });

  it('a click inside the guide does not teach it; Cancel leaves teaching', async () => {
    const page = await notFound();
    await clickCallout(page, /^Show the guide where it is/);
    await calloutSays(page, /Click the control on the page/);
    await page.locator('[data-duo-okta-guide]').getByText(/Click the control on the page/).click();
    await clickCallout(page, /^Cancel$/);
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Show the guide where it is/ }).waitFor();
    expect(await learned()).toBeUndefined();
    expect((await overlay(page))?.step).toBe('duo.applications');
  });
});

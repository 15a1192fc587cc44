// Tough layouts: the highlight still lies over the target and the callout stays on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DUO_ADMIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { CONTROLS } from '../../src/content/neighbours';
import { launch, type Session } from './lib/browser';
import { clickCallout, expectHighlightOn, overlay, waitForStep } from './lib/overlay';
import { startOver } from './lib/popup';
import { dialogOf } from './lib/shaped';

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

/** A page at this viewport size from its first paint (the guide places the first target at it). */
async function openAt(url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  return page;
}

/** Whether the admin sees the target: at its top centre and its centre the page shows the target
 *  (or something inside it), not a bar over it; the overlay's own host does not count. */
async function seen(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = (x: number, y: number) => document.elementsFromPoint(x, y).find((e) => !e.hasAttribute('data-duo-okta-guide'));
    return [r.top + Math.min(r.height / 2, 6), r.top + r.height / 2].every((y) => {
      const hit = at(r.left + r.width / 2, y);
      return !!hit && el.contains(hit);
    });
  });
}

/** A real click at the target's centre where it is now: no scrolling first (Playwright's own
 *  click scrolls and retries around whatever covers it). */
async function clickWhereItIs(page: Page, target: Locator): Promise<void> {
  const r = await target.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

interface ZoomTabs {
  query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id: number }[]>;
  setZoom(tabId: number, factor: number): Promise<void>;
}

/** scrollTop of the nearest box that scrolls the element. */
const scrollTopOf = (target: Locator) =>
  target.evaluate((el) => {
    let box = el.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    return (box ?? document.scrollingElement!).scrollTop;
  });

const showMeWhere = (page: Page) => page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Show me where/ });

/** The callout lies inside the viewport (and, given a target, off it), once the guide has caught
 *  up with the last change: polled, not read once. */
async function calloutOnScreen(page: Page, target?: Locator): Promise<void> {
  const where = async () => {
    const box = await page.evaluate(() => {
      const r = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.querySelector('[part~="callout"]')!.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right, vw: innerWidth, vh: innerHeight };
    });
    const faults = [];
    if (box.top < 0 || box.left < 0 || box.bottom > box.vh || box.right > box.vw) faults.push(`off screen ${JSON.stringify(box)}`);
    const t = target && (await target.boundingBox());
    if (t && box.left < t.x + t.width && box.right > t.x && box.top < t.y + t.height && box.bottom > t.y) faults.push(`over the target ${JSON.stringify(t)}`);
    return faults;
  };
  await expect.poll(where).toEqual([]);
}

/** After the guide's next frame and the look it takes once the frame is painted. */
const settled = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));

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
      nav.style.transition = 'transform 3000ms linear';
      nav.style.transform = 'translateY(240px)';
    });
    // Mid-way, the highlight is on the moving target (placing it only at the end would fail here).
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(
      (await target.boundingBox())!.y + 40,
    );
    await expectHighlightOn(page, target, 500);
    expect(await page.evaluate(() => document.querySelector('nav[aria-label="Main"]')!.getAnimations().length)).toBe(1);
    await page.evaluate(() => Promise.all(document.querySelector('nav[aria-label="Main"]')!.getAnimations().map((a) => a.finished)));
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

  it('a new target inside the viewport but cut off by a scrolling box is scrolled into the box', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/applications/protect/types`);
    await waitForStep(page, 'duo.search');
    const region = page.getByRole('region', { name: 'Applications you can protect' });
    const protect = region.getByRole('row').filter({ has: page.getByText('Okta', { exact: true }) }).getByRole('button', { name: 'Protect' });
    // The page scrolls its own list (no admin gesture) so the Okta row sits just below the list's
    // visible edge: inside the viewport by its rectangle, hidden by the list.
    const placed = await region.evaluate((box) => {
      const row = Array.from(box.querySelectorAll('tr')).find((tr) => tr.textContent?.includes('Okta') && tr.querySelector('button'))!;
      box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().bottom - 2;
      const r = row.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, boxBottom: box.getBoundingClientRect().bottom, vh: innerHeight };
    });
    expect(placed.top).toBeGreaterThan(placed.boxBottom);
    expect(placed.bottom).toBeLessThan(placed.vh);
    // Skipping the filter makes the Okta row's Protect the target.
    await clickCallout(page, /^Skip this step$/);
    await waitForStep(page, 'duo.protect-okta');
    await expectHighlightOn(page, protect);
    await expect.poll(() => seen(protect)).toBe(true);
    await settled(page);
    expect(await showMeWhere(page).isVisible()).toBe(false);
    await clickWhereItIs(page, protect);
    await waitForStep(page, 'duo.capture');
    await page.close();
  });

  it('near the viewport edges the callout flips to stay on screen and off the target', async () => {
    const { page, target } = await duoHome();
    for (const size of [{ width: 1280, height: 260 }, { width: 420, height: 800 }]) {
      await page.setViewportSize(size);
      await expectHighlightOn(page, target);
      await calloutOnScreen(page, target);
    }
  });

  it('inside a modal dialog with a scrolling body, the target below the fold is covered', async () => {
    await s.reset({ ruleWording: 'new' });
    await startOver(s);
    const page = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/policies`);
    await page.getByRole('tab', { name: 'Sign On' }).click();
    await page.getByRole('main').getByRole('button', { name: 'Add Rule' }).click();
    const dialog = dialogOf(page);
    // The admin marks the factor's set-up done by hand (it was configured elsewhere). The guide
    // reaches the form's step once its idle-time look has marked the way here done.
    await waitForStep(page, 'classic.fill');
    for (let i = 0; i < 6 && /^classic\.(fill|username|save|activate)$/.test((await overlay(page))?.step ?? ''); i++) {
      const step = (await overlay(page))!.step!;
      await clickCallout(page, /^Mark done$/);
      await page.waitForFunction((id) => document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step') !== id, step);
    }
    await dialog.getByLabel(/^Rule name$/i).fill('Duo Authentication');
    await waitForStep(page, 'classic.break-glass');
    await clickCallout(page, /^I have a break-glass account$/);
    await waitForStep(page, 'classic.rule-mfa');
    await expectHighlightOn(page, dialog.getByRole('radio', { name: 'Required', exact: true }));
    await calloutOnScreen(page);
  });

  it('a pinned top bar: a target below the fold is scrolled into view, one left under the bar is scrolled clear of it', async () => {
    await s.reset({ topBar: 'pinned' });
    await startOver(s);
    const page = await openAt(`https://${OKTA_ORGS.acme.adminHost}/admin/access/multifactor`, { width: 1280, height: 260 });
    const bar = await page.locator('header').first().evaluate((el) => ({ position: getComputedStyle(el).position, bottom: el.getBoundingClientRect().bottom }));
    expect(bar.position).toBe('fixed');
    const main = page.getByRole('main');
    const duo = main.getByRole('link', { name: 'Duo Security', exact: true });
    await waitForStep(page, 'classic.factor');
    await duo.waitFor();
    // Below the fold at first (the document scrolls): the guide brings it up, clear of the bar.
    await expectHighlightOn(page, duo);
    await expect.poll(() => seen(duo)).toBe(true);
    await calloutOnScreen(page);

    // The admin wheels down until the link's top slides under the bar, then clicks what shows of it.
    // Its Edit button appears a little higher up the page: under the bar, where the admin left it.
    const linkTop = await duo.evaluate((el) => el.getBoundingClientRect().top);
    await page.mouse.move(900, 200);
    await page.mouse.wheel(0, linkTop - (bar.bottom - 10));
    await expect.poll(() => duo.evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(bar.bottom - 10, 0);
    const scrolledTo = await page.evaluate(() => scrollY);
    const linkBox = await duo.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.click(linkBox.x + linkBox.width / 2, linkBox.bottom - 8);

    const edit = main.getByRole('button', { name: 'Edit', exact: true });
    await waitForStep(page, 'classic.edit');
    await expectHighlightOn(page, edit);
    // The precondition: where the admin left the page, Edit's top lay under the bar.
    const editTopThere = await edit.evaluate((el, y) => el.getBoundingClientRect().top + scrollY - y, scrolledTo);
    expect(editTopThere).toBeLessThan(bar.bottom - 6);
    expect(await page.evaluate(() => scrollY)).toBeLessThan(scrolledTo);
    await expect.poll(() => seen(edit)).toBe(true);
    await calloutOnScreen(page);
    // A real click on it, where it is, reaches it.
    await clickWhereItIs(page, edit);
    await waitForStep(page, 'classic.fill');
    await page.close();
  });

  it('Duo’s sticky top bar: a target the page left under it is scrolled clear of it', async () => {
    await s.reset({ topBar: 'pinned' });
    await startOver(s);
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 300 });
    // The page scrolls itself as it loads (no admin gesture) until the filter box lies under the
    // sticky bar, before the guide looks at it. (With the guide's hit test switched off, the box
    // stays under the bar and this test fails.)
    await page.addInitScript(() => {
      const scroll = () => {
        const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === 'Filter applications');
        const bar = document.querySelector('header');
        // Once the bar sticks and the document scrolls (the page's styles may come after its markup).
        if (!label?.control || !bar || getComputedStyle(bar).position !== 'sticky' || document.documentElement.scrollHeight <= innerHeight) return false;
        scrollTo({ top: label.control.getBoundingClientRect().top + scrollY - bar.getBoundingClientRect().height + 12, behavior: 'instant' });
        return true;
      };
      new MutationObserver((_, observer) => scroll() && observer.disconnect()).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(`https://${DUO_ADMIN_HOST}/applications/protect/types`);
    const bar = await page.locator('header').first().evaluate((el) => ({ position: getComputedStyle(el).position, bottom: el.getBoundingClientRect().bottom }));
    expect(bar.position).toBe('sticky');
    const filter = page.getByLabel('Filter applications');
    await waitForStep(page, 'duo.search');
    await expectHighlightOn(page, filter);
    await expect.poll(() => seen(filter)).toBe(true);
    expect(await filter.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(bar.bottom);
    await page.close();
  });

  async function dashboardWithSecurityClosed(height: number): Promise<{ page: Page; security: Locator; multifactor: Locator }> {
    await s.reset({});
    await startOver(s);
    const page = await openAt(`https://${OKTA_ORGS.acme.adminHost}/admin/dashboard`, { width: 1280, height });
    const nav = page.getByRole('navigation', { name: 'Admin console' });
    const security = nav.getByRole('button', { name: /^Security/ });
    await waitForStep(page, 'classic.multifactor');
    await expectHighlightOn(page, security);
    return { page, security, multifactor: nav.getByRole('link', { name: 'Multifactor', exact: true }) };
  }

  it('a new target out of sight is scrolled into view when the admin has not scrolled during the step', async () => {
    const { page, security, multifactor } = await dashboardWithSecurityClosed(300);
    await clickWhereItIs(page, security);
    // Opening Security makes Multifactor the target, below the fold of the side nav: brought up.
    await expectHighlightOn(page, multifactor);
    await expect.poll(() => seen(multifactor)).toBe(true);
    await settled(page);
    expect(await showMeWhere(page).isVisible()).toBe(false);
    await page.close();
  });

  it('after the admin scrolled with the wheel, a new target out of sight is not scrolled to; Show me where brings it', async () => {
    const { page, security, multifactor } = await dashboardWithSecurityClosed(300);
    const before = await scrollTopOf(security);
    await page.mouse.move(800, 150);
    await page.mouse.wheel(0, 200);
    await clickWhereItIs(page, security);
    await multifactor.waitFor();
    await expectHighlightOn(page, multifactor);
    // Left where it is, below the fold; the callout stays on screen and offers to show it.
    const box = await multifactor.evaluate((el) => el.getBoundingClientRect().top);
    expect(box).toBeGreaterThanOrEqual(300);
    expect(await scrollTopOf(multifactor)).toBe(before);
    await calloutOnScreen(page);
    const button = showMeWhere(page);
    await button.waitFor();
    expect(await button.getAttribute('aria-label')).toMatch(/^Show me where: /);
    await button.click();
    await expectHighlightOn(page, multifactor);
    await expect.poll(() => seen(multifactor)).toBe(true);
    await button.waitFor({ state: 'hidden' });
    // Focus went to the link, and a real click on it is the admin's next move.
    expect(await multifactor.evaluate((el) => el === document.activeElement)).toBe(true);
    await clickWhereItIs(page, multifactor);
    await waitForStep(page, 'classic.factor');
    await page.close();
  });

  it.each([0.5, 1.5, 2])('browser zoom %s (chrome.tabs.setZoom): the highlight covers the target, the callout stays on screen', async (factor) => {
    const { page, target } = await duoHome();
    await page.bringToFront();
    // Through the extension's service worker, as the browser's own zoom control does it.
    const zoom = (f: number) =>
      s.worker.evaluate(async (f) => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: ZoomTabs } }).chrome;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        await tabs.setZoom(tab!.id, f);
      }, f);
    try {
      await zoom(factor);
      // The zoom reached this page: its CSS pixel is now `factor` device pixels.
      await page.waitForFunction((f) => devicePixelRatio === f, factor);
      await expectHighlightOn(page, target);
      await calloutOnScreen(page);
    } finally {
      // Zoom is kept per site: back to the default for the tests after this one.
      await zoom(0);
    }
    await page.close();
  });

  it('the callout does not cover the controls next to the target, and they take a real click', async () => {
    const { page, security } = await dashboardWithSecurityClosed(800);
    const nav = page.getByRole('navigation', { name: 'Admin console' });
    const reports = nav.getByRole('button', { name: /^Reports/ });
    // Below the target, where the callout would go first, are the next sections' buttons.
    const [t, r] = await Promise.all([security.boundingBox(), reports.boundingBox()]);
    expect(r!.y).toBeGreaterThan(t!.y + t!.height - 1);
    expect(r!.y).toBeLessThan(t!.y + t!.height + 12 + 60);
    await settled(page);
    const overlaps = await page.evaluate((selector) => {
      const c = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.querySelector('[part~="callout"]')!.getBoundingClientRect();
      const controls = document.querySelectorAll(selector);
      return Array.from(controls, (el) => [el, el.getBoundingClientRect()] as const)
        .filter(([, b]) => b.width && b.height && b.left < c.right && b.right > c.left && b.top < c.bottom && b.bottom > c.top)
        .map(([el]) => el.textContent?.trim());
    }, CONTROLS);
    expect(overlaps).toEqual([]);
    await expectHighlightOn(page, security);
    await clickWhereItIs(page, reports);
    await expect.poll(() => reports.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});

// Reading the overlay the way the test contract (README) describes it.
import type { Locator, Page } from 'playwright-core';

export interface OverlayState {
  flow: string | null;
  step: string | null;
  callout: string;
  buttons: string[];
  highlight: { x: number; y: number; width: number; height: number } | null;
}

export async function overlay(page: Page): Promise<OverlayState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-duo-okta-guide]');
    if (!host || host.parentElement !== document.documentElement || !host.shadowRoot) return null;
    const root = host.shadowRoot;
    const hl = root.querySelector('[part~="highlight"]');
    const r = hl?.getBoundingClientRect();
    const callout = root.querySelector('[part~="callout"]');
    return {
      flow: host.getAttribute('data-flow'),
      step: host.getAttribute('data-step'),
      callout: (callout?.textContent ?? '').replace(/\s+/g, ' '),
      buttons: Array.from(callout?.querySelectorAll('button:not([hidden])') ?? [], (b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
      highlight: r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  });
}

/** Waits until the overlay shows this step. */
export async function waitForStep(page: Page, step: string, timeout = 10_000): Promise<OverlayState> {
  await page.waitForFunction((id) => document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step') === id, step, { timeout }).catch(async () => {
    throw new Error(`overlay never showed step ${step}; it shows ${JSON.stringify(await overlay(page))}`);
  });
  return (await overlay(page))!;
}

/** Waits until the overlay shows a step other than this one (a step done by what the page saved,
 *  before the walk leaves the page, as an admin would see it done before going on). */
export async function waitForStepDone(page: Page, step: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((id) => { const s = document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step'); return !!s && s !== id; }, step, { timeout }).catch(async () => {
    throw new Error(`overlay stayed at step ${step}: ${JSON.stringify(await overlay(page))}`);
  });
}

/** Waits until the highlight lies over the target: contains it, with at most 16 px slack a side. */
export async function expectHighlightOn(page: Page, target: Locator, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const box = await target.boundingBox();
    const hl = (await overlay(page))?.highlight;
    if (box && hl) {
      const slack = [box.x - hl.x, box.y - hl.y, hl.x + hl.width - (box.x + box.width), hl.y + hl.height - (box.y + box.height)];
      if (slack.every((s) => s >= -0.5 && s <= 16)) return;
      last = `target ${JSON.stringify(box)} highlight ${JSON.stringify(hl)}`;
    } else last = `target ${JSON.stringify(box)} highlight ${JSON.stringify(hl)}`;
    if (Date.now() > deadline) throw new Error(`highlight not over the target: ${last}`);
    await page.waitForTimeout(50);
  }
}

/** Clicks a button in the callout by its accessible name. */
export async function clickCallout(page: Page, name: RegExp): Promise<void> {
  await page.locator('[data-duo-okta-guide]').getByRole('button', { name }).click();
}

// The built extension loads in Chromium, runs on every console host and on no lookalike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CONSOLE_HOSTS, LOOKALIKE_HOSTS, OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { overlay } from './lib/overlay';

const entry = (host: string) => {
  const org = Object.values(OKTA_ORGS).find((o) => o.endUserHost === host);
  if (org) return `https://${host}/app/UserHome`;
  if (host.includes('-admin.okta')) return `https://${host}/admin/dashboard`;
  return `https://${host}/`;
};

let s: Session;
beforeAll(async () => {
  s = await launch();
  await s.reset({});
});
afterAll(() => s?.close());

describe('the built extension', () => {
  it('loads: its service worker runs', () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
  });

  const endUser = (host: string) => Object.values(OKTA_ORGS).some((o) => o.endUserHost === host);

  it.each(ALL_CONSOLE_HOSTS.filter((h) => !endUser(h)))('draws its overlay on %s', async (host) => {
    const page = await s.open(entry(host));
    await page.waitForSelector('[data-duo-okta-guide]', { state: 'attached', timeout: 10_000 });
    const o = await overlay(page);
    expect(['okta-classic', 'okta-oie', 'okta-universal-prompt']).toContain(o?.flow);
    expect(o?.callout).toMatch(/Step \d+ of \d+/);
    await page.close();
  });

  // The Okta dashboard an admin opens every day: the guide runs there, and shows itself only when
  // the current step is there (Admin, or the end-user test).
  it.each(ALL_CONSOLE_HOSTS.filter(endUser))('runs on %s and shows nothing while the step is elsewhere', async (host) => {
    const page = await s.open(entry(host));
    await page.waitForFunction(() => performance.getEntriesByName('duo-okta-guide:start').length > 0, undefined, { timeout: 10_000 });
    expect(await page.locator('[data-duo-okta-guide]').count()).toBe(0);
    await page.close();
  });

  it.each(LOOKALIKE_HOSTS)('stays out of %s', async (host) => {
    const page = await s.open(`https://${host}/`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(700);
    expect(await page.locator('[data-duo-okta-guide]').count()).toBe(0);
    await page.close();
  });

  it('opens its popup with the checklist and the flow choice', async () => {
    const popup = await s.popup();
    await popup.waitForSelector('main[data-loaded] li[data-state]');
    expect(await popup.locator('li[data-state="current"]').count()).toBe(1);
    expect(await popup.locator('input[name="flow"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort())).toEqual([
      'okta-classic',
      'okta-oie',
      'okta-universal-prompt',
    ]);
    expect(await popup.locator('input[name="flow"]:checked').count()).toBe(1);
    await popup.close();
  });
});

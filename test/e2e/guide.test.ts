// The guide's behaviour around the walk: missing keys, fields that differ, targets not found,
// invalid values, the admin's own marks, the badge, and a browser restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUO_ADMIN_HOST, DUO_APP, DUO_APP_PATH, DUO_SIGNIN_HOST } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { leaks } from './lib/leaks';
import { clickCallout, overlay, waitForStep } from './lib/overlay';
import { popupSteps, startOver } from './lib/popup';
import { openClassicDuoForm, walkDuo } from './lib/walk';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

type Chrome = { chrome: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }>; action: { getBadgeText(d: object): Promise<string> } } };
const stored = (area: string) => s.worker.evaluate((a) => (globalThis as unknown as Chrome).chrome.storage[a]!.get(null), area);

const openDuoForm = () => openClassicDuoForm((url) => s.open(url));

describe('the guide', () => {
  it('on the Okta form with no keys captured, says where to get them; Fill is disabled', async () => {
    await s.reset({});
    await startOver(s);
    const page = await openDuoForm();
    // The fill part draws this once injected.
    await expect.poll(async () => (await overlay(page))?.callout).toMatch(/No keys captured yet/);
    expect((await overlay(page))!.buttons).toContain('Open Duo Admin Panel');
    expect(await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).isDisabled()).toBe(true);
    // Earlier navigation was implied by landing on the form; the fill itself was not.
    const steps = await popupSteps(s);
    expect(steps.find((x) => x.id === 'classic.edit')?.state).toBe('done');
    expect(steps.find((x) => x.id === 'classic.fill')?.state).toBe('pending');
  });

  it('asks before replacing a value the form already holds, and fills nothing until answered', async () => {
    await s.reset({ secretMasked: false });
    await startOver(s);
    const duo = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await walkDuo(duo, { masked: false });
    const page = await openDuoForm();
    const ikey = page.getByLabel('Integration key', { exact: true });
    await ikey.fill('DIAAAAAAAAAAAAAAAAAA');
    await clickCallout(page, /^Fill/);
    await page.waitForFunction(() => /already hold different values: Integration key/.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!));
    expect(await page.getByLabel('API Hostname').inputValue()).toBe('');
    await clickCallout(page, /^Fill and replace/);
    await waitForStep(page, 'classic.username');
    expect(await ikey.inputValue()).toBe(DUO_APP.ikey);
    expect(await page.getByLabel('API Hostname').inputValue()).toBe(DUO_APP.host);
    expect((await page.getByLabel('Secret key').inputValue()) === DUO_APP.skey).toBe(true);
    expect(await leaks(s, [duo, page], DUO_APP.skey)).toEqual([]);
  });

  it('keeps the callout, says what it looked for, and draws no highlight when the target is missing', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    await page.getByRole('navigation', { name: 'Main' }).evaluate((nav) => nav.remove());
    await page.waitForFunction(() => /Not found on this page/.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!));
    const o = (await overlay(page))!;
    expect(o.callout).toContain('Click Applications in the left navigation.');
    expect(o.callout).toContain('“Applications” in the left navigation');
    expect(o.highlight).toBeNull();
  });

  it('refuses a malformed key with a clear message and stores nothing', async () => {
    await s.reset({ secretMasked: true, existingOkta: true });
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
    await waitForStep(page, 'duo.capture');
    await page.getByLabel('Integration key').evaluate((el) => ((el as HTMLInputElement).value = (el as HTMLInputElement).value.slice(0, 19)));
    await page.getByRole('button', { name: /^Show / }).click();
    await page.waitForFunction(() => /found 19 characters, expected 20\)\. Nothing was stored\./.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!));
    expect((await stored('local')).progress).toMatchObject({ captured: null });
    expect(Object.keys(await stored('session'))).toEqual([]);
  });

  it('lets the admin skip, go back and mark done from the overlay, and counts steps left on the badge', async () => {
    await s.reset({});
    await startOver(s);
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    await clickCallout(page, /^Skip this step$/);
    await waitForStep(page, 'duo.protect');
    expect((await popupSteps(s)).find((x) => x.id === 'duo.applications')?.state).toBe('skipped');
    await clickCallout(page, /^Back to the previous step$/);
    await waitForStep(page, 'duo.applications');
    await clickCallout(page, /^Mark done$/);
    await waitForStep(page, 'duo.protect');
    const steps = await popupSteps(s);
    expect(steps.find((x) => x.id === 'duo.applications')?.state).toBe('done');
    const left = steps.filter((x) => x.state === 'pending' || x.state === 'current').length;
    // The badge is set last, after the step moved on.
    await expect.poll(() => s.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}))).toBe(String(left));
    await clickCallout(page, /^Hide$/);
    expect((await overlay(page))?.highlight).toBeNull();
  });
});

describe('a browser restart', () => {
  it('keeps progress and forgets the secret, asking to read it again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'duo-okta-restart-'));
    try {
      let b = await launch({ profile });
      await b.reset({ secretMasked: false });
      const duo = await b.open(`https://${DUO_SIGNIN_HOST}/`);
      await walkDuo(duo, { masked: false });
      await b.close();

      b = await launch({ profile });
      const popup = await b.popup();
      // The popup follows storage: wait for the worker's start-up to mark the secret gone, and why.
      await popup.getByText(/^forgotten at .+: the browser restarted$/).waitFor({ timeout: 5000 });
      const steps = await popupSteps(b);
      expect(steps.find((x) => x.id === 'duo.protect-okta')?.state).toBe('done');
      expect(steps.find((x) => x.id === 'duo.capture')?.state).toBe('current');
      expect(await popup.getByText(/^forgotten at .+: the browser restarted$/).count()).toBe(1);
      const session = await b.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.session!.get(null));
      expect(Object.keys(session)).toEqual([]);
      await b.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

// Hostile input, case by case. After every case: the secret is nowhere it must not be (storage.local
// and sync, console messages of pages and worker, the overlay's DOM, the clipboard) and the
// progress stored before the case is still there.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_APP_PATH, DUO_LOOKALIKE_HOSTS, OKTA_LOOKALIKE_HOSTS, OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { forge } from './lib/isolated';
import { leaks } from './lib/leaks';
import { overlay, waitForStep } from './lib/overlay';
import { startOver } from './lib/popup';
import { openClassicDuoForm } from './lib/walk';

const acme = OKTA_ORGS.acme;
type Chrome = { chrome: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }>; runtime: { reload(): void } } };
let s: Session;
let pages: Page[] = [];
let before: unknown;

const local = () => s.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local!.get(null));
const session = () => s.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.session!.get(null));
const progress = async () => (await local()).progress as { marks: object; captured: { ikey: string } | null } | undefined;

async function open(url: string): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

/** Reads the keys for real (the Okta app page, plain secret), so cases run with a secret held. */
async function captureForReal(): Promise<void> {
  await s.reset({ existingOkta: true, secretMasked: false });
  await startOver(s);
  const page = await open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
  await waitForStep(page, 'okta.admin');
  expect((await progress())?.captured?.ikey).toBe(DUO_APP.ikey);
}

beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());
beforeEach(async () => {
  pages = [];
  await captureForReal();
  before = (await progress())?.marks;
});

/** No secret anywhere it must not be, and every step done before the case is still done. */
/** The Okta Classic Duo form, open, with the guide at its Fill step. */
const duoForm = () => openClassicDuoForm(open);

async function nothingLeakedNorLost(): Promise<void> {
  expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  const now = ((await progress())?.marks ?? {}) as Record<string, { done: string[] }>;
  for (const [scope, marks] of Object.entries((before ?? {}) as Record<string, { done: string[] }>)) {
    expect(now[scope]?.done).toEqual(expect.arrayContaining(marks.done));
  }
}

describe('lookalike and near-miss hosts serving console copies', () => {
  it.each(DUO_LOOKALIKE_HOSTS)('Duo Details copied on %s: no overlay, nothing read', async (host) => {
    await s.reset({ existingOkta: true, secretMasked: false });
    await startOver(s);
    before = (await progress())?.marks;
    const page = await open(`https://${host}${DUO_APP_PATH}`);
    await page.getByText('API hostname').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-duo-okta-guide]').count()).toBe(0);
    expect((await progress())?.captured ?? null).toBeNull();
    expect(Object.keys(await session())).toEqual([]);
    await nothingLeakedNorLost();
  });

  it.each(OKTA_LOOKALIKE_HOSTS)('Okta Duo form copied on %s: no overlay, nothing filled', async (host) => {
    const page = await open(`https://${host}/admin/access/multifactor#duo`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Integration key', { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-duo-okta-guide]').count()).toBe(0);
    expect(await page.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    await nothingLeakedNorLost();
  });

  it.each([
    ['a non-443 port', `https://${DUO_ADMIN_HOST}:8443${DUO_APP_PATH}`],
    ['userinfo in the URL', `https://admin:pw@${DUO_ADMIN_HOST}${DUO_APP_PATH}`],
  ])('the real Duo host with %s: nothing read', async (_name, url) => {
    await s.reset({ existingOkta: true, secretMasked: false });
    await startOver(s);
    before = (await progress())?.marks;
    const page = await open(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect((await progress())?.captured ?? null).toBeNull();
    await nothingLeakedNorLost();
  });

  it.each(['browser', 'chrome'])('an element with id="%s" on the page (DOM clobbering) does not stop the guide', async (id) => {
    await s.reset({});
    await startOver(s);
    before = (await progress())?.marks;
    const page = await s.context.newPage();
    pages.push(page);
    // Named elements show up as window properties in the content script's world too.
    await page.addInitScript((name) => {
      document.addEventListener('DOMContentLoaded', () => {
        const el = document.createElement('div');
        el.id = name;
        document.body.prepend(el);
      });
    }, id);
    await page.goto(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    expect((await overlay(page))?.callout).toMatch(/Open Applications/);
    await nothingLeakedNorLost();
  });
});

describe('forged messages', () => {
  it('a page cannot message the extension (no externally_connectable)', async () => {
    const page = await open(`https://${acme.adminHost}/admin/dashboard`);
    const result = await page.evaluate((id) => {
      const rt = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      if (!rt?.sendMessage) return 'no runtime';
      try {
        return Promise.resolve(rt.sendMessage(id, { type: 'fill', step: 'classic.fill' })).then(() => 'sent', (e: Error) => `refused: ${e.message}`);
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, s.extensionId);
    expect(result).not.toBe('sent');
    await nothingLeakedNorLost();
  });

  it('window.postMessage and DOM events from the page are ignored', async () => {
    const page = await duoForm();
    await page.evaluate(() => {
      window.postMessage({ type: 'fill', step: 'classic.fill' }, '*');
      document.dispatchEvent(new CustomEvent('duo-okta-guide', { detail: { type: 'fill' } }));
    });
    await page.waitForTimeout(300);
    expect(await page.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    await nothingLeakedNorLost();
  });

  it('a page script clicking the overlay’s Fill button (untrusted) fills nothing', async () => {
    const page = await duoForm();
    await page.evaluate(() => {
      const buttons = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.querySelectorAll('button');
      for (const b of buttons) if ((b.getAttribute('aria-label') ?? '').startsWith('Fill')) b.click();
    });
    await page.waitForTimeout(300);
    expect(await page.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    expect((await overlay(page))?.step).toBe('classic.fill');
    await nothingLeakedNorLost();
  });

  it('a fill request from the Duo console gets no secret', async () => {
    const page = await open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'okta.admin');
    const reply = await forge(page, s.extensionId, { type: 'fill', step: 'classic.fill' });
    expect(JSON.stringify(reply).includes(DUO_APP.skey)).toBe(false);
    expect((reply as { ok?: unknown } | undefined)?.ok).toBe(false);
    await nothingLeakedNorLost();
  });

  it('a fill request from the Okta end-user host gets no secret', async () => {
    const page = await open(`https://${acme.endUserHost}/app/UserHome`);
    await waitForStep(page, 'okta.admin');
    const reply = await forge(page, s.extensionId, { type: 'fill', step: 'classic.fill' });
    expect((reply as { ok?: unknown } | undefined)?.ok).toBe(false);
    await nothingLeakedNorLost();
  });

  it('a fill request from an Okta admin page that is not the form’s page gets no secret', async () => {
    const page = await open(`https://${acme.adminHost}/admin/dashboard`);
    await waitForStep(page, 'okta.admin').catch(() => undefined);
    const reply = await forge(page, s.extensionId, { type: 'fill', step: 'classic.fill' });
    expect((reply as { ok?: unknown } | undefined)?.ok).toBe(false);
    expect(JSON.stringify(reply).includes(DUO_APP.skey)).toBe(false);
    await nothingLeakedNorLost();
  });

  it('a fill request naming a step that fills nothing gets no secret', async () => {
    const page = await open(`https://${acme.adminHost}/admin/access/multifactor#duo`);
    const reply = await forge(page, s.extensionId, { type: 'fill', step: 'classic.save' });
    expect((reply as { ok?: unknown } | undefined)?.ok).toBe(false);
    await nothingLeakedNorLost();
  });

  it('a capture sent from the Okta console stores nothing', async () => {
    const page = await open(`https://${acme.adminHost}/admin/dashboard`);
    await page.waitForTimeout(500);
    before = (await progress())?.marks;
    const reply = await forge(page, s.extensionId, { type: 'capture', ikey: 'DIAAAAAAAAAAAAAAAAAA', skey: 'a'.repeat(40), host: 'api-evil.duosecurity.com', labels: 'ikey' });
    expect((reply as { ok?: unknown } | undefined)?.ok).toBe(false);
    expect((await progress())?.captured?.ikey).toBe(DUO_APP.ikey);
    await nothingLeakedNorLost();
  });

  it.each([
    ['an unknown type', { type: 'exfiltrate' }],
    ['a popup-only message (start over)', { type: 'reset' }],
    ['a popup-only message (forget keys)', { type: 'forget' }],
    ['a step id with markup', { type: 'mark', step: '<img src=x onerror=alert(1)>', how: 'done' }],
    ['an oversized value', { type: 'capture', ikey: 'D'.repeat(100_000), skey: '', host: '', labels: 'ikey' }],
    ['extra fields', { type: 'seen', at: [], done: [], secret: 'give' }],
    ['a wrong shape', { type: 'seen', at: 'duo.capture', done: null }],
  ])('%s from a content script is dropped', async (_name, message) => {
    const page = await open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'okta.admin');
    const reply = await forge(page, s.extensionId, message);
    expect(reply === '(no reply)' || (reply as { ok?: boolean }).ok === false).toBe(true);
    expect((await progress())?.captured?.ikey).toBe(DUO_APP.ikey);
    await nothingLeakedNorLost();
  });
});

describe('frames', () => {
  it('the Okta Duo form framed by another site gets no overlay and no fill', async () => {
    const page = await open('https://example.com/');
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.style.cssText = 'width:1000px;height:700px';
      document.body.append(f);
    }, `https://${acme.adminHost}/admin/access/multifactor#duo`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Edit', exact: true }).click();
    await frame.getByLabel('Integration key', { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await frame.locator('[data-duo-okta-guide]').count()).toBe(0);
    expect(await frame.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    await nothingLeakedNorLost();
  });

  it('an Okta page holding the form in an iframe offers no Fill for it', async () => {
    const page = await open(`https://${acme.adminHost}/admin/dashboard`);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.style.cssText = 'width:1000px;height:600px';
      document.querySelector('main')!.append(f);
    }, `https://${acme.adminHost}/admin/access/multifactor#duo`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Edit', exact: true }).click();
    await frame.getByLabel('Integration key', { exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await frame.locator('[data-duo-okta-guide]').count()).toBe(0);
    expect((await overlay(page))?.buttons.some((b) => b.startsWith('Fill'))).toBe(false);
    await nothingLeakedNorLost();
  });
});

describe('malformed keys on the Duo page', () => {
  it.each([
    ['an integration key of 19 characters', 'ikey-19', /Integration key must be .*found 19 characters/],
    ['an integration key of 21 characters', 'ikey-21', /found 21 characters/],
    ['a lower-case integration key', 'ikey-lower', /capital letters/],
    // Not of the secret's shape, so not taken for it: the guide says which value it could not read.
    ['a secret with a space', 'skey-space', /Could not read: Secret key\. Nothing was stored/],
    ['a secret with a zero-width character', 'skey-zero-width', /Secret key contains invisible characters/],
    ['a secret of 39 characters', 'skey-39', /found 39 characters, expected 40/],
    ['labels swapped', 'swapped', /Integration key must be/],
    ['an empty API hostname', 'host-empty', /Could not read: API hostname\. Nothing was stored/],
    ['an API hostname with a scheme', 'host-scheme', /API hostname must look like/],
    ['a lookalike API hostname', 'host-lookalike', /API hostname must look like/],
  ] as const)('%s: a clear message, nothing stored', async (_name, shownKeys, message) => {
    await s.reset({ existingOkta: true, secretMasked: true, shownKeys });
    await startOver(s);
    before = (await progress())?.marks;
    const page = await open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
    await waitForStep(page, 'duo.capture');
    await page.getByRole('button', { name: /^Show / }).click();
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!), message.source);
    expect((await progress())?.captured ?? null).toBeNull();
    expect(Object.keys(await session())).toEqual([]);
    const text = (await overlay(page))!.callout;
    expect(text.includes(DUO_APP.skey.slice(0, 12)) || text.includes(DUO_APP.skey.slice(-12))).toBe(false);
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });
});

describe('the Okta form', () => {
  it('a form lacking one field is not filled at all', async () => {
    const page = await duoForm();
    await page.locator('[data-se="o-form-fieldset-host"]').evaluate((el) => el.remove());
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).click();
    await page.waitForFunction(() => /lacks API Hostname; nothing was filled/.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!));
    expect(await page.getByLabel('Integration key', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    await nothingLeakedNorLost();
  });

  it('keeping a differing value fills only the empty fields', async () => {
    const page = await duoForm();
    await page.getByLabel('Integration key', { exact: true }).fill('DIAAAAAAAAAAAAAAAAAA');
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).click();
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: 'Keep the existing values' }).click();
    await waitForStep(page, 'classic.username');
    expect(await page.getByLabel('Integration key', { exact: true }).inputValue()).toBe('DIAAAAAAAAAAAAAAAAAA');
    expect(await page.getByLabel('API Hostname', { exact: true }).inputValue()).toBe(DUO_APP.host);
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });

  it('double-clicking Fill fills once', async () => {
    const page = await duoForm();
    await page.getByLabel('Integration key', { exact: true }).evaluate((el) => {
      (window as unknown as { fills: number }).fills = 0;
      el.addEventListener('change', () => (window as unknown as { fills: number }).fills++);
    });
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).dblclick();
    await waitForStep(page, 'classic.username');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { fills: number }).fills)).toBe(1);
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });

  it('a secret past its idle time is not handed out: “read it again”', async () => {
    const page = await duoForm();
    await s.worker.evaluate(async () => {
      const c = (globalThis as unknown as Chrome).chrome.storage.session!;
      const all = await c.get(null);
      const held = all.duoSecret as { expires: number };
      await c.set({ duoSecret: { ...held, expires: Date.now() - 1 }, duoSecretExpires: Date.now() - 1 });
    });
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).click();
    await page.waitForFunction(() => /no longer held/.test(document.querySelector('[data-duo-okta-guide]')!.shadowRoot!.textContent!));
    expect(await page.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    expect(Object.keys(await session())).toEqual([]);
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });
});

describe('reliability', () => {
  it('the service worker stopped between capture and fill: the fill still works', async () => {
    const page = await open(`https://${acme.adminHost}/admin/access/multifactor#duo`);
    // DevTools' ServiceWorker domain, from a page of the extension's own origin, reaches its worker.
    const popup = await s.popup();
    const cdp = await s.context.newCDPSession(popup);
    type Versions = { versions: { runningStatus: string; scriptURL: string }[] };
    const stopped = new Promise<boolean>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
        if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${s.extensionId}/`) && v.runningStatus === 'stopped')) resolve(true);
      });
      setTimeout(() => resolve(false), 10_000);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The worker really stopped (its globals are gone); the Fill click below starts a new one.
    expect(await stopped).toBe(true);
    await popup.close();
    await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
    await waitForStep(page, 'classic.fill');
    await page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ }).click();
    await waitForStep(page, 'classic.username');
    expect((await page.getByLabel('Secret key', { exact: true }).inputValue()) === DUO_APP.skey).toBe(true);
  });

  it.each([
    ['garbage', 'not an object'],
    ['an old schema', { v: 0, steps: ['a'] }],
  ])('%s in storage: progress restarts with a message, no crash', async (_name, junk) => {
    for (const p of pages) await p.close();
    await s.worker.evaluate((j) => (globalThis as unknown as Chrome).chrome.storage.local!.set({ progress: j }), junk as never);
    const page = await open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.applications');
    const popup = await s.popup();
    pages.push(popup);
    await popup.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });

  it('two Okta orgs in two tabs keep separate progress', async () => {
    const a = await open(`https://${acme.adminHost}/admin/access/multifactor`);
    await waitForStep(a, 'classic.factor');
    const n = await open(`https://${OKTA_ORGS.nova.adminHost}/admin/dashboard`);
    await n.waitForSelector('[data-duo-okta-guide]', { state: 'attached' });
    const marks = (await progress())!.marks as Record<string, { done: string[] }>;
    expect(marks[`okta:${acme.endUserHost}`]?.done).toContain('classic.multifactor');
    expect(marks[`okta:${OKTA_ORGS.nova.endUserHost}`]?.done ?? []).not.toContain('classic.multifactor');
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });
});

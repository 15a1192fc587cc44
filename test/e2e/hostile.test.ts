// Hostile input, case by case. After every case: the secret is nowhere it must not be (storage.local
// and sync, console messages of pages and worker, the overlay's DOM, the clipboard) and the
// progress stored before the case is still there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_APP_PATH, DUO_FEDERAL_APP, DUO_FEDERAL_HOST, DUO_LOOKALIKE_HOSTS, OKTA_LOOKALIKE_HOSTS, OKTA_ORGS, type OktaOrgFixture } from '../consoles/fixtures';
import { DIST, launch, type Session } from './lib/browser';
import { GUIDE_FILES, partFile, PARTS } from '../../src/background/guide-where';
import { forge, inContentScript } from './lib/isolated';
import { leaks } from './lib/leaks';
import { clickCallout, overlay, waitForStep } from './lib/overlay';
import { startOver } from './lib/popup';
import { choose } from './lib/shaped';
import { openClassicDuoForm } from './lib/walk';

const acme = OKTA_ORGS.acme;
const corp = OKTA_ORGS.acmeCorp;
const sandbox = OKTA_ORGS.acmeSandbox;
const nova = OKTA_ORGS.nova;
type Chrome = { chrome: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }>; runtime: { reload(): void } } };
let s: Session;
let pages: Page[] = [];
let before: unknown;

const local = () => s.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local!.get(null));
const session = () => s.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.session!.get(null));
interface Stored {
  marks: Record<string, { done: string[] }>;
  captured: { ikey: string; account: string; org: string | null; secret: boolean } | null;
  orgs: string[];
  engines: Record<string, string>;
  flow: string;
  forgotten: { at: number; why: string } | null;
}
const progress = async () => (await local()).progress as Stored | undefined;

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

/** The Okta Classic Duo form, open, with the guide at its Fill step. */
const duoForm = () => openClassicDuoForm(open);

/** No secret anywhere it must not be, and every step done before the case is still done. */
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

  it('paused, a page that missed the pause gets no secret, holds no new keys and marks nothing', async () => {
    const duo = await open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(duo, 'okta.admin');
    const okta = await duoForm();
    // Paused in storage only, as if the background's message to these tabs had been lost; their
    // content-script worlds stay, as a page's would that missed it.
    await s.worker.evaluate(async () => {
      const local = (globalThis as unknown as Chrome).chrome.storage.local!;
      const { progress } = (await local.get(null)) as { progress: object };
      await local.set({ progress: { ...progress, paused: true } });
    });
    await okta.waitForFunction(() => !document.querySelector('[data-duo-okta-guide]'));
    const marks = (await progress())?.marks;
    const paused = "The guide is paused. Resume it from the extension's popup first.";
    expect(await forge(okta, s.extensionId, { type: 'fill', step: 'classic.fill' })).toEqual({ ok: false, message: paused });
    expect(await forge(okta, s.extensionId, { type: 'mark', step: 'classic.fill', how: 'done' })).toBe('(no reply)');
    expect(await forge(duo, s.extensionId, { type: 'capture', ikey: 'DIBBBBBBBBBBBBBBBBBB', skey: 'b'.repeat(40), host: 'api-0000aaaa.duosecurity.com', labels: 'ikey' })).toEqual({ ok: false, messages: [paused] });
    expect(await forge(duo, s.extensionId, { type: 'part', part: 'capture' })).toBe('(no reply)');
    expect(await okta.getByLabel('Secret key', { exact: true }).inputValue()).toBe('');
    const now = await progress();
    expect(now?.marks).toEqual(marks);
    expect(now?.captured?.ikey).toBe(DUO_APP.ikey);
    await nothingLeakedNorLost();
  });

  it('a Pause sent just ahead of a fill wins: the fill, queued behind it, gets no secret', async () => {
    const okta = await duoForm();
    // Sent together, as a callout's Pause and another tab's Fill could be: the fill's first look at
    // the state comes before the pause is stored, so only the look under the lock can refuse it.
    const replies = await inContentScript<{ ok?: boolean; message?: string; values?: unknown }[]>(
      okta,
      s.extensionId,
      `Promise.all([chrome.runtime.sendMessage({ type: 'pause', paused: true }), chrome.runtime.sendMessage({ type: 'fill', step: 'classic.fill' })])`,
    );
    // Booleans only: a failure must not print the secret.
    const fill = replies[1];
    const empty = (await okta.getByLabel('Secret key', { exact: true }).inputValue()) === '';
    expect({ ok: fill?.ok, values: fill?.values !== undefined, paused: fill?.message === "The guide is paused. Resume it from the extension's popup first.", empty }).toEqual({ ok: false, values: false, paused: true, empty: true });
    await nothingLeakedNorLost();
  });

  it('a part of the guide comes only to its own console: no key reader on Okta, no form filler on Duo', async () => {
    const parts = (page: Page) => inContentScript<string[]>(page, s.extensionId, 'Object.keys(globalThis.duoOktaParts ?? {}).sort()');
    const okta = await open(`https://${acme.adminHost}/admin/dashboard`);
    await okta.waitForTimeout(500);
    expect(await forge(okta, s.extensionId, { type: 'part', part: 'capture' })).toBe('(no reply)');
    expect(await parts(okta)).not.toContain('capture');
    expect(await forge(okta, s.extensionId, { type: 'part', part: 'fill' })).toBe(true);
    expect(await parts(okta)).toContain('fill');
    // The Okta page above may have marked Okta's first steps: the Duo page shows whichever is next.
    const duo = await open(`https://${DUO_ADMIN_HOST}/`);
    await duo.locator('[data-duo-okta-guide][data-step]').waitFor({ state: 'attached' });
    expect(await forge(duo, s.extensionId, { type: 'part', part: 'fill' })).toBe('(no reply)');
    expect(await forge(duo, s.extensionId, { type: 'part', part: 'exfiltrate' })).toBe('(no reply)');
    expect(await parts(duo)).not.toContain('fill');
    expect(await forge(duo, s.extensionId, { type: 'part', part: 'help' })).toBe(true);
    expect(await parts(duo)).toContain('help');
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
    // One field's fieldset (named or not), never Courage's container of them all.
    await page.locator('[data-se^="o-form-fieldset"]:not([data-se$="-container"])').filter({ has: page.getByLabel('API Hostname') }).evaluate((el) => el.remove());
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
    // Either the click asks for it and is refused, or a report from the page reached the background
    // first, which found it expired and disabled Fill: the callout says so both ways.
    const fill = page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ });
    await fill.click({ timeout: 5000 }).catch(async () => expect(await fill.isDisabled()).toBe(true));
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

// ---------------------------------------------------------------- issue 13: keys bound to one org

const calloutText = (page: Page) => page.evaluate(() => document.querySelector('[data-duo-okta-guide]')?.shadowRoot?.querySelector('[part~="callout"]')?.textContent ?? '');
/** Waits until the callout says this (a positive outcome, never a fixed wait). */
const calloutSays = (page: Page, re: RegExp) =>
  page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-duo-okta-guide]')?.shadowRoot?.querySelector('[part~="callout"]')?.textContent ?? ''), re.source, { timeout: 10_000 });
const fillButton = (page: Page) => page.locator('[data-duo-okta-guide]').getByRole('button', { name: /^Fill/ });
const secretField = (page: Page) => page.getByLabel('Secret key', { exact: true });
/** Polls until the expectation holds (positive outcomes first, no fixed waits). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens an org's admin console, the first since the capture (which binds the keys to it), and
 *  waits for the guide there. */
async function firstConsole(org: OktaOrgFixture): Promise<Page> {
  const page = await open(`https://${org.adminHost}/admin/dashboard`);
  await page.waitForFunction(() => !!document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step'));
  return page;
}

/** An org's Classic Duo Security form, open, with the guide at its Fill step. */
async function classicForm(org: OktaOrgFixture): Promise<Page> {
  const page = await open(`https://${org.adminHost}/admin/access/multifactor#duo`);
  await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
  await waitForStep(page, 'classic.fill');
  return page;
}

/** Forget keys in the popup: the Duo steps stay done, the capture is open again. */
async function forgetKeys(): Promise<void> {
  const popup = await s.popup();
  await popup.getByRole('button', { name: 'Forget keys' }).click();
  await eventually(async () => (await progress())?.captured ?? null).toBeNull();
  await popup.close();
}

describe('the keys go to one Okta org (finding 1)', () => {
  it('Fill names the org it fills in its visible text: “Fill into acme.okta.com”', async () => {
    const page = await duoForm();
    await eventually(() => fillButton(page).textContent()).toBe(`Fill into ${acme.endUserHost}`);
    expect(await fillButton(page).getAttribute('aria-label')).toMatch(new RegExp(`^Fill .*${esc(acme.endUserHost)}$`));
    await nothingLeakedNorLost();
  });

  it('another org of the same company (acme-corp): Fill is refused naming both orgs, the form stays empty', async () => {
    await firstConsole(acme);
    const page = await classicForm(corp);
    // Every Okta page names where the keys go; this one is not it.
    await calloutSays(page, new RegExp(`go to ${esc(acme.endUserHost)}, not to this org \\(${esc(corp.endUserHost)}\\)`));
    await fillButton(page).click();
    await calloutSays(page, new RegExp(`Not filled: these keys go to ${esc(acme.endUserHost)}, and this page is ${esc(corp.endUserHost)}\\. .*extension's popup`));
    expect(await secretField(page).inputValue()).toBe('');
    expect(await page.getByLabel('Integration key', { exact: true }).inputValue()).toBe('');
    expect((await progress())?.captured?.org).toBe(acme.endUserHost);
    await nothingLeakedNorLost();
  });

  it('the admin’s sandbox on oktapreview.com is another org: Fill is refused, the form stays empty', async () => {
    await firstConsole(acme);
    const page = await classicForm(sandbox);
    await fillButton(page).click();
    await calloutSays(page, new RegExp(`these keys go to ${esc(acme.endUserHost)}, and this page is ${esc(sandbox.endUserHost)}\\.`));
    expect(await secretField(page).inputValue()).toBe('');
    await nothingLeakedNorLost();
  });

  it('a fill request forged from another org’s form page gets no secret', async () => {
    await firstConsole(acme);
    const page = await classicForm(corp);
    const reply = await forge(page, s.extensionId, { type: 'fill', step: 'classic.fill' });
    expect((reply as { ok?: unknown }).ok).toBe(false);
    expect(JSON.stringify(reply).includes(DUO_APP.skey)).toBe(false);
    await nothingLeakedNorLost();
  });

  it('an end-user page of another org re-points nothing: its callout, the popup and Open Okta name the bound org', async () => {
    await firstConsole(acme);
    const page = await open(`https://${nova.endUserHost}/app/UserHome`);
    await calloutSays(page, new RegExp(`go to ${esc(acme.endUserHost)}, not to this org \\(${esc(nova.endUserHost)}\\)`));
    const popup = await s.popup();
    pages.push(popup);
    await popup.getByText(`Okta: ${acme.endUserHost}`, { exact: false }).first().waitFor();
    expect(await popup.getByText(`Only into ${acme.adminHost}.`).count()).toBe(1);
    const [opened] = await Promise.all([s.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open Okta admin console' }).click()]);
    pages.push(opened);
    await opened.waitForLoadState('domcontentloaded');
    expect(new URL(opened.url()).host).toBe(acme.adminHost);
    expect((await progress())?.captured?.org).toBe(acme.endUserHost);
    await nothingLeakedNorLost();
  });

  it('the popup re-targets the keys, naming both orgs; then only the new org fills', async () => {
    await firstConsole(acme);
    await firstConsole(corp);
    await eventually(async () => (await progress())?.orgs).toContain(corp.endUserHost);
    const popup = await s.popup();
    pages.push(popup);
    await popup.getByRole('radio', { name: corp.adminHost }).check();
    const asked = new Promise<string>((resolve) => popup.once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await popup.getByRole('button', { name: 'Send the keys to the chosen org' }).click();
    expect(await asked).toMatch(new RegExp(`to ${esc(corp.adminHost)} instead of ${esc(acme.adminHost)}\\?`));
    await eventually(async () => (await progress())?.captured?.org).toBe(corp.endUserHost);
    await popup.getByText(`Only into ${corp.adminHost}.`).waitFor();

    const old = await classicForm(acme);
    await fillButton(old).click();
    await calloutSays(old, new RegExp(`these keys go to ${esc(corp.endUserHost)}, and this page is ${esc(acme.endUserHost)}\\.`));
    expect(await secretField(old).inputValue()).toBe('');
    const page = await classicForm(corp);
    await fillButton(page).click();
    await waitForStep(page, 'classic.username');
    expect((await secretField(page).inputValue()) === DUO_APP.skey).toBe(true);
    expect(await leaks(s, pages, DUO_APP.skey)).toEqual([]);
  });
});

describe('keys are read only from the Okta application’s own page (finding 2)', () => {
  it('a Duo dashboard with keys injected under a heading naming Okta: nothing is read', async () => {
    await forgetKeys();
    before = (await progress())?.marks;
    const page = await open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(page, 'duo.capture');
    await page.getByRole('main').evaluate((main) => {
      const section = document.createElement('section');
      const row = (k: string, v: string) => `<div><dt>${k}</dt><dd>${v}</dd></div>`;
      section.innerHTML = `<h1>Okta</h1><h2>Details</h2><dl>${row('Integration key', 'DIQ1W2E3R4T5Y6U7I8O9')}${row('Secret key', 'Zx9'.repeat(13) + 'Q')}${row('API hostname', 'api-attacker1.duosecurity.com')}${row('Type', 'Okta')}</dl>`;
      main.prepend(section);
    });
    await calloutSays(page, /this is not an application's page\. Nothing was read\./);
    expect((await progress())?.captured ?? null).toBeNull();
    expect(Object.keys(await session())).toEqual([]);
    await nothingLeakedNorLost();
  });

  it('an Admin API application named “Okta Directory Sync”: its keys are never read', async () => {
    await forgetKeys();
    before = (await progress())?.marks;
    const list = await open(`https://${DUO_ADMIN_HOST}/applications`);
    const ikey = await list.evaluate(async () => {
      const apps = ((await (await fetch('/api/duo/applications')).json()) as { response: { ikey: string; type: string }[] }).response;
      const app = apps.find((a) => a.type === 'Admin API')!;
      await fetch(`/api/duo/applications/${app.ikey}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Okta Directory Sync' }) });
      return app.ikey;
    });
    const page = await open(`https://${DUO_ADMIN_HOST}/applications/${ikey}`);
    await page.getByRole('heading', { name: 'Okta Directory Sync' }).waitFor();
    await calloutSays(page, /Details do not say it is an Okta application/);
    expect((await progress())?.captured ?? null).toBeNull();
    expect(Object.keys(await session())).toEqual([]);
    await nothingLeakedNorLost();
  });

  it('an integration key shown other than the one in the page’s address: nothing is read', async () => {
    await s.reset({ existingOkta: true, secretMasked: true });
    await startOver(s);
    before = (await progress())?.marks;
    const page = await open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
    await waitForStep(page, 'duo.capture');
    await page.getByLabel('Integration key').evaluate((el) => ((el as HTMLInputElement).value = 'DIQ1W2E3R4T5Y6U7I8O9'));
    await page.getByRole('button', { name: /^Show / }).click();
    await calloutSays(page, /not the one in this page's address\. Nothing was read\. Nothing was stored\./);
    expect((await progress())?.captured ?? null).toBeNull();
    expect(Object.keys(await session())).toEqual([]);
    await nothingLeakedNorLost();
  });

  it('keys of another Duo account replace the held ones only once the admin confirms in the callout, which names both', async () => {
    const page = await open(`https://${DUO_FEDERAL_HOST}/applications/${DUO_FEDERAL_APP.ikey}`);
    await calloutSays(page, new RegExp(`holds the keys of ${DUO_APP.ikey} from ${esc(DUO_ADMIN_HOST)}\\. Replace them with the keys of ${DUO_FEDERAL_APP.ikey} from ${esc(DUO_FEDERAL_HOST)}`));
    expect((await progress())?.captured?.ikey).toBe(DUO_APP.ikey);
    await clickCallout(page, /^Replace the held keys$/);
    await eventually(async () => (await progress())?.captured?.ikey).toBe(DUO_FEDERAL_APP.ikey);
    expect((await progress())?.captured?.account).toBe(DUO_FEDERAL_HOST);
    expect(await leaks(s, pages, DUO_FEDERAL_APP.skey)).toEqual([]);
    await nothingLeakedNorLost();
  });
});

describe('the secret is forgotten once used (finding 4)', () => {
  it('Fill does not extend the idle time; the factor saved in the bound org forgets the secret, and the popup says when and why', async () => {
    const page = await duoForm();
    const expires = (await session()).duoSecretExpires;
    expect(typeof expires).toBe('number');
    await fillButton(page).click();
    await waitForStep(page, 'classic.username');
    expect((await session()).duoSecretExpires).toBe(expires);
    await choose(page, 'classic.username', page, 'Duo Security Username Format', 'Email');
    await waitForStep(page, 'classic.save');
    await page.locator('form').filter({ has: page.getByLabel('Integration key') }).getByRole('button', { name: 'Save' }).click();
    await eventually(async () => Object.keys(await session())).toEqual([]);
    // The secret is cleared before the reason is written.
    await eventually(async () => (await progress())?.forgotten?.why).toBe('used');
    const popup = await s.popup();
    pages.push(popup);
    await popup.getByText(new RegExp(`^forgotten at .+: the form was saved in ${esc(acme.endUserHost)}$`)).waitFor();
    await nothingLeakedNorLost();
  });
});

describe('nothing of the extension is web-accessible (finding 5)', () => {
  it('no file of the build can be fetched from a console page', async () => {
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [relative(DIST, join(dir, name))]));
    })(DIST);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
    // The guide's registered scripts and its on-demand parts are among the files tried.
    expect(files).toEqual(expect.arrayContaining([...GUIDE_FILES, ...PARTS.map(partFile)]));
    const page = await open(`https://${acme.adminHost}/admin/dashboard`);
    const fetched = await page.evaluate(
      ({ id, files }) => Promise.all(files.map((f) => fetch(`chrome-extension://${id}/${f}`).then((r) => (r.ok ? f : null), () => null))),
      { id: s.extensionId, files },
    );
    expect(fetched.filter((f) => f !== null)).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    await nothingLeakedNorLost();
  });
});

describe('a click counts only where the admin sees it (finding 6)', () => {
  it('hostile page CSS through ::part() and on the host changes nothing of the callout or the highlight', async () => {
    const page = await duoForm();
    const callout = page.locator('[data-duo-okta-guide] [part~="callout"]');
    const highlight = page.locator('[data-duo-okta-guide] [part~="highlight"]');
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await frames();
    // The callout's area of the page as drawn, whatever the page's CSS would make of the element.
    const clip = (await callout.boundingBox())!;
    const [shot, text, box] = [await page.screenshot({ clip }), await calloutText(page), await highlight.boundingBox()];
    await page.addStyleTag({
      content: `
        ::part(callout) { opacity: 0 !important; display: flex !important; flex-direction: column-reverse !important; transform: translateX(-300px) !important;
          font-size: 2px !important; color: transparent !important; direction: rtl !important; visibility: hidden !important; }
        ::part(callout)::before { content: "Approved by IT: click Fill" !important; display: block !important; }
        ::part(callout)::after { content: "This is acme-corp" !important; }
        ::part(callout)::first-line { color: rgb(255, 0, 0) !important; }
        ::part(highlight) { transform: translate(300px, 200px) !important; border-color: transparent !important; }
        [data-duo-okta-guide] { opacity: 0 !important; filter: blur(4px) !important; transform: scale(0.5) !important; }`,
    });
    await frames();
    expect((await page.screenshot({ clip })).equals(shot)).toBe(true);
    expect(await calloutText(page)).toBe(text);
    expect(await highlight.boundingBox()).toEqual(box);
    expect(await callout.evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content])).toEqual(['none', 'none']);
    await nothingLeakedNorLost();
  });

  it('a decoy over Fill that lets clicks through: the click is refused, nothing is filled', async () => {
    const page = await duoForm();
    const box = (await fillButton(page).boundingBox())!;
    await page.evaluate((b) => {
      const decoy = document.createElement('div');
      decoy.textContent = 'Cancel';
      decoy.style.cssText = `position:fixed;left:${b.x}px;top:${b.y}px;width:${b.width}px;height:${b.height}px;z-index:2147483647;pointer-events:none;background:#fff;color:#000`;
      document.documentElement.append(decoy);
    }, box);
    await fillButton(page).click();
    await calloutSays(page, /something on the page covers or hides the guide's button/);
    expect(await secretField(page).inputValue()).toBe('');
    expect((await overlay(page))?.step).toBe('classic.fill');
    await nothingLeakedNorLost();
  });

  it('the Secret key field covered by the page: Fill is refused, nothing is filled', async () => {
    const page = await duoForm();
    const box = (await secretField(page).boundingBox())!;
    await page.evaluate((b) => {
      const cover = document.createElement('div');
      cover.style.cssText = `position:absolute;left:${b.x + scrollX}px;top:${b.y + scrollY}px;width:${b.width}px;height:${b.height}px;z-index:10;background:#fff`;
      document.body.append(cover);
    }, box);
    await fillButton(page).click();
    await calloutSays(page, /Not filled: these fields are hidden or covered: Secret key\./);
    expect(await secretField(page).inputValue()).toBe('');
    expect(await page.getByLabel('Integration key', { exact: true }).inputValue()).toBe('');
    await nothingLeakedNorLost();
  });
});

describe('events count for the page that sent them (finding 3)', () => {
  it('Mark done in acme’s tab is recorded for acme, not for the org whose page loaded last', async () => {
    const a = await firstConsole(acme);
    await waitForStep(a, 'classic.multifactor');
    // acme-corp's page reports before the click below: it is the org whose page loaded last.
    const c = await firstConsole(corp);
    await a.bringToFront();
    await clickCallout(a, /^Mark done$/);
    await eventually(async () => (await progress())?.marks[`okta:${acme.endUserHost}`]?.done ?? []).toContain('classic.multifactor');
    expect((await progress())?.marks[`okta:${corp.endUserHost}`]?.done ?? []).not.toContain('classic.multifactor');
    expect((await overlay(c))?.step).toBe('classic.multifactor');
    await nothingLeakedNorLost();
  });

  // Last of this file's cases: on a build without the fix, nova's report switches the flow for
  // every case after it.
  it('another org’s engine report leaves the flow of the org in use alone', async () => {
    await firstConsole(acme);
    await eventually(async () => (await progress())?.engines?.[acme.endUserHost]).toBe('classic');
    await firstConsole(nova);
    await eventually(async () => (await progress())?.engines?.[nova.endUserHost]).toBe('identity');
    expect((await progress())?.flow).toBe('okta-classic');
    await nothingLeakedNorLost();
  });
});

// Nothing the admin reads is hard-coded: the built extension, its English messages replaced by
// pseudo-translations (each wrapped in ⟦…⟧), walked in Chromium. Every text and accessible name
// in the overlay and the popup must then be pseudo-text or data from the consoles.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_SIGNIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { DIST, launch, type Session } from './lib/browser';
import { inContentScript } from './lib/isolated';
import { waitForStep } from './lib/overlay';
import { walkDuo } from './lib/walk';

let s: Session;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duo-okta-pseudo-'));
  cpSync(DIST, dir, { recursive: true });
  const file = join(dir, '_locales/en/messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  keys = Object.keys(messages);
  // The language tag and direction must stay what they are.
  for (const [key, entry] of Object.entries(messages)) if (!key.startsWith('locale_')) entry.message = `⟦${entry.message}⟧`;
  writeFileSync(file, JSON.stringify(messages));
  s = await launch({ extension: dir });
});
afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What is left of a text once pseudo-text and console data are taken out: should be nothing. */
function untranslated(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest
    .replace(/https:\/\/\S+/g, ' ')
    .replace(/[a-z0-9.-]+\.(?:com|mil)\b/g, ' ') // Duo accounts, Okta orgs, the API hostname
    .replace(/\bDI[A-Z0-9]{18}\b/g, ' ') // the integration key
    .replace(/[^A-Za-z]+/g, ' ')
    .trim();
}

/** Every text node and accessible name inside the overlay's shadow root. */
const overlayTexts = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-duo-okta-guide]')!.shadowRoot!;
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.tagName !== 'STYLE' && n.textContent!.trim()) out.push(n.textContent!);
    for (const el of root.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label')!);
    return out;
  });

let keys: string[] = [];

async function expectAllTranslated(texts: string[], where: string): Promise<void> {
  expect(texts.length, where).toBeGreaterThan(0);
  expect(texts.filter((text) => untranslated(text) !== ''), where).toEqual([]);
  // A key passed where its text belongs shows as the key, inside someone else's ⟦…⟧.
  expect(texts.filter((text) => keys.some((key) => new RegExp(`\\b${key}\\b`).test(text))), where).toEqual([]);
}

describe('pseudo-translated build', () => {
  it('the extension takes its name and its command from the messages', async () => {
    const got = await s.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> }; commands: { getAll(): Promise<{ description?: string }[]> } } }).chrome;
      return { title: await c.action.getTitle({}), commands: (await c.commands.getAll()).map((x) => x.description ?? '') };
    });
    expect(got.title).toBe('⟦Duo ↔ Okta setup guide⟧');
    expect(got.commands.filter((d) => d !== '')).toEqual(['⟦Show or hide the setup guide on this page⟧']);
  });

  it('the overlay shows only messages, through the Duo walk and the Okta form', async () => {
    await s.reset({ secretMasked: false });
    const duo = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await waitForStep(duo, 'duo.signin');
    await expectAllTranslated(await overlayTexts(duo), 'Duo sign-in');
    await walkDuo(duo, { masked: false });
    await expectAllTranslated(await overlayTexts(duo), 'Duo done, keys read');

    const okta = await s.open(`https://${OKTA_ORGS.acme.adminHost}/admin/access/multifactor#duo`);
    await waitForStep(okta, 'classic.edit');
    await okta.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
    await waitForStep(okta, 'classic.fill');
    // The fill part's own text, once it is injected.
    await okta.locator('[data-duo-okta-guide]').getByRole('button', { name: /^⟦Fill/ }).waitFor();
    await expectAllTranslated(await overlayTexts(okta), 'Okta form, ready to fill');
    await okta.getByLabel('Integration key', { exact: true }).fill('DIAAAAAAAAAAAAAAAAAA');
    await okta.locator('[data-duo-okta-guide]').getByRole('button', { name: /^⟦Fill/ }).click();
    await okta.locator('[data-duo-okta-guide]').getByRole('button', { name: /replace/ }).waitFor();
    await expectAllTranslated(await overlayTexts(okta), 'Okta form, asking before replacing');
  });

  it('the guide uses the messages the background read ahead, in the build’s language', async () => {
    const stored = (await s.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('strings'))).strings as {
      version: string;
      messages: Record<string, string>;
    };
    expect(stored.version).toBe(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).version);
    expect(stored.messages.action_mark_done).toBe('⟦Mark done⟧');
    // Keys are held from the walk above: the Duo page shows whichever step is next.
    const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await page.locator('[data-duo-okta-guide][data-step]').waitFor({ state: 'attached' });
    const inGuide = await inContentScript<string | null>(page, s.extensionId, 'globalThis.duoOktaStrings?.action_mark_done ?? null');
    expect(inGuide).toBe('⟦Mark done⟧');
  });

  it('the popup shows only messages', async () => {
    // Keys are held from the walk above: the popup shows them, the flows and the checklist.
    const popup = await s.popup();
    const texts = await popup.evaluate(() => {
      const out = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) out.push(n.textContent!);
      for (const el of document.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label')!);
      return out;
    });
    expect(texts.join(' ')).toContain('⟦Keys read from Duo⟧');
    await expectAllTranslated(texts, 'popup');
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
  });

  it('a missing target: what the guide looked for, then Copy diagnostics, only messages', async () => {
    await s.reset({});
    await s.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    const home = await s.open(`https://${DUO_ADMIN_HOST}/`);
    await waitForStep(home, 'duo.applications');
    await expectAllTranslated(await overlayTexts(home), 'Duo home');
    await home.getByRole('navigation', { name: 'Main' }).evaluate((nav) => nav.remove());
    await home.locator('[data-duo-okta-guide]').getByRole('button', { name: /diagnostics/ }).waitFor({ timeout: 10_000 });
    await expectAllTranslated(await overlayTexts(home), 'target not found');
  });
});

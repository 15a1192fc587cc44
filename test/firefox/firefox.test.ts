// The Firefox tier: the zip `npm run package` builds, in Debian's Firefox ESR, in one session. It
// walks the Universal Prompt flow from Duo to its last step and checks what differs from Chromium
// on the way: the browser namespace, the background as an event page that idles out, and
// storage.session closed to content scripts. Firefox's automation cannot open extension pages,
// so everything is judged from console pages, the consoles server and Firefox's own DevTools
// server (the add-on's background status).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_APP_PATH, OKTA_ORGS } from '../consoles/fixtures';
import { FIREFOX, IDLE_SECONDS, hasFirefox, launchFirefox, type FirefoxSession } from './lib/firefox';
import { ZIP } from './lib/package';
import { calloutButton, find, overlay, waitForStep, type Query } from './lib/page';
import { askProbe, probe, type ProbeReport } from './lib/probe';
import { DUO_START, walk } from './lib/walk';

const nova = OKTA_ORGS.nova;
const acme = OKTA_ORGS.acme;
const oidc = `https://${DUO_APP.host}/oauth/v1`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!hasFirefox()) {
  // CI always has Firefox (.ci/run installs it): there a missing one fails instead of skipping.
  if (process.env.FIREFOX_REQUIRED) throw new Error(`FIREFOX_REQUIRED is set but there is no Firefox at ${FIREFOX}`);
  console.warn(`Firefox tier skipped: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX=/path/to/firefox)`);
}

let s: FirefoxSession;
/** The admin's tab: Duo, then the nova org. */
let tab: Page;
/** What storage held right after the capture, as the probe read it. */
let afterCapture: ProbeReport;

const captured = (r: ProbeReport) => (JSON.parse(r.local) as { progress?: { captured?: { ikey: string; at: number } | null } }).progress?.captured ?? null;
const valueOf = async (page: Page, label: RegExp) => (await find(page, { role: 'textbox', name: label })).evaluate((e) => (e as HTMLInputElement).value);

/** Focuses a control and presses a key on it, as a keyboard user does. */
async function press(page: Page, q: Query, key: 'Enter' | ' '): Promise<void> {
  await (await find(page, q)).focus();
  await page.keyboard.press(key);
}

/** Once the form shows, gives the guide time to offer Fill, and clicks it if it does. */
async function fillIfOffered(page: Page, secretField: RegExp): Promise<void> {
  await find(page, { role: 'textbox', name: secretField });
  const deadline = Date.now() + 2_500;
  while (Date.now() < deadline && !(await overlay(page))?.buttons.some((b) => b.startsWith('Fill'))) await sleep(100);
  if (!(await overlay(page))?.buttons.some((b) => b.startsWith('Fill'))) return;
  await (await calloutButton(page, /^Fill/)).click();
  await sleep(1_000);
}

/** Polls Firefox's DevTools server until the add-on's background is stopped (or the time is up). */
async function backgroundStopped(within: number): Promise<string | undefined> {
  const deadline = Date.now() + within;
  let status = (await s.addon()).backgroundScriptStatus;
  while (status !== 'STOPPED' && Date.now() < deadline) {
    await sleep(250);
    status = (await s.addon()).backgroundScriptStatus;
  }
  return status;
}

describe.skipIf(!hasFirefox())(`Firefox ESR: ${ZIP.split('/').pop()}`, () => {
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(() => s?.close());

  it('installs with no manifest warnings, its background an event page (background.scripts), not a service worker', async () => {
    const addon = await s.addon();
    expect(addon.warnings, 'Firefox warned about the manifest').toEqual([]);
    expect(addon.backgroundScriptStatus, `Firefox runs no background for this manifest: ${JSON.stringify(s.manifest.background)} (it needs background.scripts)`).toMatch(/^(RUNNING|STOPPED)$/);
    expect(addon.persistentBackgroundScript, 'a persistent background page').toBe(false);
  });

  it('Duo: signs in, finds Okta, shows the secret and reads the keys; the callout names what it read, never the secret', async () => {
    tab = await s.open(DUO_START);
    expect(await walk(tab, nova, 'okta.admin')).toBe('okta.admin');
    const shown = (await overlay(tab))!;
    expect(shown.callout).toContain(DUO_APP.ikey);
    expect(shown.callout).toContain(DUO_APP.host);
    expect(shown.callout.includes(DUO_APP.skey)).toBe(false);
  });

  it('Okta, an Identity Engine org: the Universal Prompt flow is taken, up to the OIDC IdP form and its Fill', async () => {
    expect(await walk(tab, nova, 'up.fill')).toBe('up.fill');
    const shown = (await overlay(tab))!;
    expect(shown.flow).toBe('okta-universal-prompt');
    expect(shown.buttons.some((b) => b.startsWith('Fill'))).toBe(true);
    expect(shown.callout).toContain(`${oidc}/token`);
  });

  it("the content script runs on Firefox's browser namespace", async () => {
    const { page, report } = await probe(s, { waitForGuide: true });
    afterCapture = report;
    // The probe runs in our add-on's content-script world, next to the guide.
    expect(report.runtimeId).toBe(s.addonId);
    expect(report.used.browser).toEqual(expect.arrayContaining(['browser.runtime.sendMessage', 'browser.storage.local.get', 'browser.storage.onChanged.addListener']));
    // crxjs's loader asks chrome.runtime.getURL for the chunk to import; nothing else touches chrome.
    expect(report.used.chrome.filter((m) => m !== 'chrome.runtime.getURL')).toEqual([]);
    await page.close();
  });

  it('storage.session, which holds the secret, is closed to the content scripts; storage.local and sync hold the key, not the secret', async () => {
    expect(afterCapture.session.readable, `a content script read storage.session: ${JSON.stringify(afterCapture.session)}`).toBe(false);
    // The probe could read storage.local: it holds what was captured, but not the secret.
    expect(captured(afterCapture)?.ikey).toBe(DUO_APP.ikey);
    expect(afterCapture.local.includes(DUO_APP.skey)).toBe(false);
    expect(afterCapture.sync.includes(DUO_APP.skey)).toBe(false);
  });

  it('a lookalike Duo host gets no overlay and nothing is read there, even with the secret shown', async () => {
    for (const host of ['admin-abc12345.duosecurity.com.evil.example', 'api-abc12345.duosecurity.com']) {
      const page = await s.open(`https://${host}${DUO_APP_PATH}`);
      await (await find(page, { role: 'button', name: /^show\b/i })).click();
      await find(page, { role: 'button', name: /^hide\b/i });
      await sleep(1000);
      expect(await page.$('[data-duo-okta-guide]'), host).toBeNull();
      await page.close();
    }
    // Nothing read: the keys held are still those of the real page, read at the same moment.
    const { page, report } = await probe(s, { waitForGuide: false });
    expect(captured(report)).toEqual(captured(afterCapture));
    await page.close();
  });

  it('a lookalike Okta host gets no overlay and no fill', async () => {
    for (const host of ['acme-admin.okta.com.evil.example', 'www.okta.com']) {
      const page = await s.open(`https://${host}/admin/access/multifactor#duo`);
      await (await find(page, { role: 'button', name: /^edit$/i, within: { role: 'main' } })).click();
      await find(page, { role: 'textbox', name: /^secret key$/i });
      await sleep(1000);
      expect(await page.$('[data-duo-okta-guide]'), host).toBeNull();
      expect(await valueOf(page, /^secret key$/i)).toBe('');
      await page.close();
    }
  });

  it(`the background idles out (${IDLE_SECONDS} s here) and is unloaded; the key survives it and Fill works after`, async () => {
    await tab.bringToFront();
    expect(await backgroundStopped(IDLE_SECONDS * 1000 + 10_000), 'the background never stopped').toBe('STOPPED');
    // The Fill click wakes the background, which reads the secret back from storage.session.
    await (await calloutButton(tab, /^Fill/)).click();
    await waitForStep(tab, 'up.finish');
    expect(await valueOf(tab, /^client id$/i)).toBe(DUO_APP.ikey);
    expect((await valueOf(tab, /^client secret$/i)) === DUO_APP.skey).toBe(true);
    expect(await valueOf(tab, /^issuer$/i)).toBe(`${oidc}/token`);
  });

  it('Finish submits exactly the captured values to the nova org', async () => {
    expect(await walk(tab, nova, 'up.authenticators')).toBe('up.authenticators');
    const idps = s.submissions().filter((x) => x.path === '/api/v1/idps');
    expect(idps.map((x) => [x.host, x.status])).toEqual([[nova.adminHost, 200]]);
    const body = idps[0]!.body as {
      idpUsage: string;
      protocol: { credentials: { client: Record<string, string> }; issuer: { url: string }; endpoints: Record<string, { url: string }> };
      policy: { subject: { userNameTemplate: { template: string } } };
    };
    expect(body.idpUsage).toBe('FACTOR_ONLY');
    expect(body.protocol.credentials.client.client_id).toBe(DUO_APP.ikey);
    expect(body.protocol.credentials.client.client_secret === DUO_APP.skey).toBe(true);
    expect(body.protocol.issuer.url).toBe(`${oidc}/token`);
    expect(body.protocol.endpoints.authorization?.url).toBe(`${oidc}/authorize`);
    expect(body.protocol.endpoints.token?.url).toBe(`${oidc}/token`);
    expect(body.protocol.endpoints.jwks?.url).toBe(`${oidc}/keys`);
    expect(body.policy.subject.userNameTemplate.template).toBe('idpuser.preferred_username');
  });

  it('walks on to the last step: IdP authenticator, enrollment policy, the verify-screen feature, the Verify group', async () => {
    expect(await walk(tab, nova)).toBe('');
    expect((await overlay(tab))?.callout).toMatch(/connected/i);
    const paths = s.submissions().map((x) => `${x.host}${x.path}`);
    expect(paths).toEqual(expect.arrayContaining([`${nova.adminHost}/api/v1/authenticators`, expect.stringMatching(new RegExp(`^${nova.adminHost}/api/v1/policies/`)), expect.stringMatching(/\/api\/v1\/features\/.+\/lifecycle\/enable$/)]));
    // Verified ends at Duo: the Universal Prompt activated once Duo saw the test user's enrollment.
    expect(paths).toContain(`${DUO_ADMIN_HOST}/api/duo/applications/${DUO_APP.ikey}/universal-prompt`);
    expect(s.submissions().every((x) => x.status < 400)).toBe(true);
  });

  it('dormant once the setup is done: the guide is unregistered, and a console page opened now runs none of it', async () => {
    // The probe's page is a console page: while the guide is registered, its calls show there within
    // a second (the namespace check above); the probe waits 10 s for them.
    const { page, report } = await probe(s, { waitForGuide: true });
    expect({ browser: report.used.browser, chrome: report.used.chrome }).toEqual({ browser: [], chrome: [] });
    expect(await page.$('[data-duo-okta-guide]')).toBeNull();
    await page.close();
  });

  it('the secret is nowhere it must not be: storage.local and sync, anything Firefox printed, the pages and overlays', async () => {
    const { page, report } = await probe(s, { waitForGuide: false });
    const found: string[] = [];
    if (report.local.includes(DUO_APP.skey) || report.sync.includes(DUO_APP.skey)) found.push('storage.local or sync');
    if (s.output.some((line) => line.includes(DUO_APP.skey))) found.push("Firefox's output (console calls of every context)");
    for (const p of await s.browser.pages()) {
      const text = await p.evaluate(() => {
        const root = document.querySelector('[data-duo-okta-guide]')?.shadowRoot;
        return root ? root.innerHTML + Array.from(root.querySelectorAll('input,textarea'), (e) => (e as HTMLInputElement).value).join('\n') : '';
      });
      if (text.includes(DUO_APP.skey)) found.push(`the overlay on ${p.url()}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('the add-on raised no JavaScript error in any of its contexts along the way', async () => {
    const base = (await s.addon()).manifestURL?.replace(/manifest\.json$/, '');
    expect(base).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/$/);
    // Firefox prints uncaught errors and rejections of content scripts and the background as
    // "JavaScript error: moz-extension://<uuid>/<file>, line N: …" (and console.error calls).
    const ours = s.output.filter((line) => line.includes(base!) && /error/i.test(line));
    expect(ours.map((line) => (line.includes(DUO_APP.skey) ? '(a line holding the secret)' : line))).toEqual([]);
  });

  it("no fill into another org: with the keys read for nova, acme's IdP form and Duo form get nothing", async () => {
    // A fresh start (the finished setup forgot the keys): read them again, open nova's admin console.
    await s.reinstall();
    const duo = await s.open(`https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`);
    await walk(duo, nova, 'okta.admin');
    await duo.goto(`https://${nova.adminHost}/admin/dashboard`);
    expect((await waitForStep(duo, 'up.idps')).flow).toBe('okta-universal-prompt');
    const before = s.submissions().length;
    // Whichever flow the guide shows on acme, the admin opens that flow's form there and clicks
    // Fill if it is offered: Universal Prompt's OIDC IdP form, then Classic's Duo factor form.
    // From the keyboard: the guide's callout, pointing elsewhere, may lie over these controls.
    const idp = await s.open(`https://${acme.adminHost}/admin/access/identity-providers`);
    await press(idp, { role: 'button', name: /^add identity provider$/i, within: { role: 'main' } }, 'Enter');
    await press(idp, { role: 'radio', name: /^openid connect( idp)?$/i }, ' ');
    await press(idp, { role: 'button', name: /^next$/i }, 'Enter');
    await fillIfOffered(idp, /^client secret$/i);
    expect((await valueOf(idp, /^client secret$/i)) === DUO_APP.skey, "the secret went into acme's IdP form").toBe(false);
    expect(await valueOf(idp, /^client id$/i)).toBe('');
    const factor = await s.open(`https://${acme.adminHost}/admin/access/multifactor#duo`);
    await press(factor, { role: 'button', name: /^edit$/i, within: { role: 'main' } }, 'Enter');
    await fillIfOffered(factor, /^secret key$/i);
    expect((await valueOf(factor, /^secret key$/i)) === DUO_APP.skey, "the secret went into acme's Duo form").toBe(false);
    expect(await valueOf(factor, /^integration key$/i)).toBe('');
    expect(s.submissions().slice(before).filter((x) => x.host === acme.adminHost)).toEqual([]);
  });
});

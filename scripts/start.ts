// `npm start`: the simulated consoles and Chromium with the built extension, at the Duo Admin
// Panel's home. Headed where a display exists; otherwise (or with --headless) it saves a
// screenshot of each console page with the overlay to demo-output/ and exits.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DUO_ADMIN_HOST, DUO_APP_PATH, OKTA_ORGS } from '../test/consoles/fixtures';
import { launch } from '../test/e2e/lib/browser';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const OUT = resolve(process.env.DEMO_OUTPUT ?? resolve(import.meta.dirname, '../demo-output'));

const session = await launch({ headless });
// Headed: a fresh Duo account to walk. Screenshots: an Okta application already there, secret masked.
await session.reset(headless ? { renderDelayMs: 150, existingOkta: true } : { renderDelayMs: 150 });

if (!headless) {
  await session.open(`https://${DUO_ADMIN_HOST}/`);
  console.log('Chromium is open at the Duo Admin Panel. Close the browser window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await session.close();
} else {
  mkdirSync(OUT, { recursive: true });
  const acme = OKTA_ORGS.acme.adminHost;
  const pages: [string, string][] = [
    ['duo-signin', 'https://admin.duosecurity.com/'],
    ['duo-home', `https://${DUO_ADMIN_HOST}/`],
    ['duo-applications', `https://${DUO_ADMIN_HOST}/applications`],
    ['duo-protect', `https://${DUO_ADMIN_HOST}/applications/protect/types`],
    ['duo-okta-app', `https://${DUO_ADMIN_HOST}${DUO_APP_PATH}`],
    ['okta-user-home', `https://${OKTA_ORGS.acme.endUserHost}/app/UserHome`],
    ['okta-admin-dashboard', `https://${acme}/admin/dashboard`],
    ['okta-multifactor', `https://${acme}/admin/access/multifactor`],
    ['okta-authentication', `https://${acme}/admin/access/policies`],
  ];
  for (const [name, url] of pages) {
    const page = await session.open(url);
    await page.waitForSelector('[data-duo-okta-guide]', { state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    await page.close();
  }
  // The popup, and the overlay on one page, in both colour schemes.
  for (const scheme of ['light', 'dark'] as const) {
    const suffix = scheme === 'dark' ? '-dark' : '';
    const popup = await session.popup();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForSelector('main[data-loaded] li[data-state]');
    await popup.screenshot({ path: join(OUT, `popup${suffix}.png`) });
    await popup.close();
    if (scheme === 'dark') {
      const page = await session.open(`https://${DUO_ADMIN_HOST}/applications`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForSelector('[data-duo-okta-guide]', { state: 'attached', timeout: 10_000 });
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(OUT, 'duo-applications-dark.png') });
      await page.close();
    }
  }
  console.log(`Screenshots of ${pages.length} console pages and the popup (light and dark) are in ${OUT}`);
  await session.close();
}

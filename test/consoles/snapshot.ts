// `npm run snapshots`: renders each simulated console page in Chromium (no extension) and saves
// its DOM to test/unit/pages/, so the unit tests can run every locator against it in happy-dom.
// Form values and checked states are written into attributes so a static copy keeps them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DUO_ADMIN_HOST, DUO_APP_PATH, DUO_SIGNIN_HOST, hostResolverRules, OKTA_ORGS, type ConsoleVariant, type OktaOrgFixture } from './fixtures';
import { seedEnrollment, type Enrollment } from './seed';
import { startConsoles } from './server';

const OUT = resolve(import.meta.dirname, '../unit/pages');
const acme = `https://${OKTA_ORGS.acme.adminHost}`;
const nova = `https://${OKTA_ORGS.nova.adminHost}`;
const duo = `https://${DUO_ADMIN_HOST}`;

interface Shot {
  name: string;
  url: string;
  variant?: Partial<ConsoleVariant>;
  /** What the org's admin set up before the page opens. */
  seed?: { org: OktaOrgFixture; enrollments: Enrollment[] };
  /** What a person does on the page before the snapshot. */
  act?: (page: Page) => Promise<void>;
}

/** The end-user enrollment on the real Sign-In Widget, once the widget has drawn it. */
function enroll(name: string, org: OktaOrgFixture, ...enrollments: Enrollment[]): Shot {
  return { name, url: `https://${org.endUserHost}/signin/enroll`, seed: { org, enrollments }, act: (p) => p.locator('[data-se="o-form-head"]').waitFor() };
}

export const SHOTS: Shot[] = [
  { name: 'duo-signin', url: `https://${DUO_SIGNIN_HOST}/` },
  { name: 'duo-home', url: `${duo}/` },
  { name: 'duo-applications', url: `${duo}/applications` },
  { name: 'duo-applications-existing', url: `${duo}/applications`, variant: { existingOkta: true } },
  { name: 'duo-protect', url: `${duo}/applications/protect/types` },
  { name: 'duo-protect-filtered', url: `${duo}/applications/protect/types`, act: (p) => p.getByLabel('Filter applications').fill('okta') },
  { name: 'duo-catalog', url: `${duo}/applications/catalog`, variant: { duoUi: 'catalog' } },
  { name: 'duo-app-masked', url: `${duo}${DUO_APP_PATH}`, variant: { existingOkta: true } },
  { name: 'duo-app-plain', url: `${duo}${DUO_APP_PATH}`, variant: { existingOkta: true, secretMasked: false } },
  { name: 'duo-app-client', url: `${duo}${DUO_APP_PATH}`, variant: { existingOkta: true, secretMasked: false, duoLabels: 'client' } },
  { name: 'duo-app-client-masked', url: `${duo}${DUO_APP_PATH}`, variant: { existingOkta: true, duoLabels: 'client' } },
  { name: 'okta-user-home', url: `https://${OKTA_ORGS.acme.endUserHost}/app/UserHome` },
  enroll('okta-enroll-classic', OKTA_ORGS.acme, 'duo-factor'),
  enroll('okta-enroll-classic-required', OKTA_ORGS.acme, 'duo-factor-required'),
  enroll('okta-enroll-oie', OKTA_ORGS.nova, 'duo-authenticator'),
  enroll('okta-enroll-idp', OKTA_ORGS.nova, 'idp-authenticator'),
  enroll('okta-enroll-oie-and-idp', OKTA_ORGS.nova, 'duo-authenticator', 'idp-authenticator'),
  { name: 'okta-classic-dashboard', url: `${acme}/admin/dashboard` },
  { name: 'okta-oie-dashboard', url: `${nova}/admin/dashboard` },
  { name: 'okta-classic-duo', url: `${acme}/admin/access/multifactor#duo` },
  { name: 'okta-classic-duo-form', url: `${acme}/admin/access/multifactor#duo`, act: (p) => click(p, 'button', 'Edit') },
  { name: 'okta-classic-signon', url: `${acme}/admin/access/policies`, act: (p) => p.getByRole('tab', { name: 'Sign On' }).click() },
  {
    name: 'okta-classic-rule-old',
    url: `${acme}/admin/access/policies`,
    act: async (p) => {
      await p.getByRole('tab', { name: 'Sign On' }).click();
      await click(p, 'button', 'Add Rule');
    },
  },
  {
    name: 'okta-classic-rule-new',
    url: `${acme}/admin/access/policies`,
    variant: { ruleWording: 'new' },
    act: async (p) => {
      await p.getByRole('tab', { name: 'Sign On' }).click();
      await click(p, 'button', 'Add Rule');
    },
  },
  { name: 'okta-oie-authenticators', url: `${nova}/admin/access/multifactor` },
  { name: 'okta-oie-add-dialog', url: `${nova}/admin/access/multifactor`, act: (p) => click(p, 'button', 'Add authenticator') },
  {
    name: 'okta-oie-duo-form',
    url: `${nova}/admin/access/multifactor`,
    act: async (p) => {
      await click(p, 'button', 'Add authenticator');
      await p.getByRole('dialog').getByRole('article', { name: 'Duo Security' }).getByRole('button', { name: 'Add' }).click();
    },
  },
  {
    name: 'okta-oie-enrollment',
    url: `${nova}/admin/access/multifactor`,
    act: async (p) => {
      await p.getByRole('tab', { name: 'Enrollment' }).click();
      await p.getByRole('region', { name: 'Default Policy' }).getByRole('button', { name: 'Edit' }).click();
    },
  },
  { name: 'okta-oie-global-session', url: `${nova}/admin/access/policies` },
  { name: 'okta-idps-chooser', url: `${nova}/admin/access/identity-providers`, act: (p) => click(p, 'button', 'Add identity provider') },
  {
    name: 'okta-idps-form',
    url: `${nova}/admin/access/identity-providers`,
    act: async (p) => {
      await click(p, 'button', 'Add identity provider');
      await p.getByRole('radio', { name: 'OpenID Connect IdP' }).check();
      await click(p, 'button', 'Next');
    },
  },
  { name: 'okta-features', url: `${nova}/admin/settings/features` },
  {
    name: 'okta-att',
    url: `${nova}/admin/access-testing-tool`,
    act: async (p) => {
      await p.getByLabel('Application').selectOption('Okta Dashboard');
      await p.getByLabel('Username', { exact: true }).selectOption({ index: 1 });
      await click(p, 'button', 'Run test');
      await p.getByRole('heading', { name: 'Results' }).waitFor();
    },
  },
  {
    // A test user handed to Duo by the sign-in page, then Duo's log of it.
    name: 'duo-authlog',
    url: `https://${OKTA_ORGS.nova.endUserHost}/signin/enroll`,
    seed: { org: OKTA_ORGS.nova, enrollments: ['duo-authenticator'] },
    act: async (p) => {
      await p.getByRole('link', { name: 'Set up Duo Security.' }).click();
      await p.getByRole('heading', { name: 'Set up Duo Security' }).waitFor();
      await p.goto(`${duo}/reports/authentication`);
      await p.getByRole('heading', { name: 'Authentication Log' }).waitFor();
    },
  },
];

async function click(page: Page, role: 'button', name: string): Promise<void> {
  await page.getByRole('main').getByRole(role, { name, exact: true }).click();
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // A page still fetching (its spinner showing) is not the page to save.
  await page.waitForFunction(() => !document.querySelector('.loading[role=status]'));
  await page.waitForTimeout(150);
}

async function serialize(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('input,textarea,select')) {
      const f = el as HTMLInputElement;
      if (f.type === 'checkbox' || f.type === 'radio') f.toggleAttribute('checked', f.checked);
      else if (el.tagName === 'SELECT') for (const o of (el as HTMLSelectElement).options) o.toggleAttribute('selected', o.selected);
      else if (el.tagName === 'TEXTAREA') el.textContent = f.value;
      else f.setAttribute('value', f.value);
    }
    for (const s of document.querySelectorAll('script')) s.remove();
    return `<!doctype html>\n<!-- ${location.href} -->\n${document.documentElement.outerHTML}\n`;
  });
}

async function main(): Promise<void> {
  const consoles = await startConsoles({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [`--host-resolver-rules=${hostResolverRules(consoles.port)}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu'],
  });
  mkdirSync(OUT, { recursive: true });
  try {
    for (const shot of SHOTS) {
      await consoles.reset({ renderDelayMs: 0, ...shot.variant });
      for (const enrollment of shot.seed?.enrollments ?? []) await seedEnrollment(consoles.port, shot.seed!.org, enrollment);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(shot.url);
      await settle(page);
      if (shot.act) {
        await shot.act(page);
        await settle(page);
      }
      writeFileSync(join(OUT, `${shot.name}.html`), await serialize(page));
      await page.close();
    }
  } finally {
    await browser.close();
    await consoles.close();
  }
  console.log(`${SHOTS.length} pages saved to ${OUT}`);
}

await main();

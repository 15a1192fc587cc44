/**
 * Smoke check of the simulated consoles in real Chromium (no extension loaded).
 *
 *   npx tsx test/consoles/smoke.ts [--chromium /usr/bin/chromium] [--shots /tmp/console-shots]
 *
 * Starts the server on a random port, drives the main flows through visible labels and
 * ARIA roles only, checks the recorded submissions, and fails on any page console error.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedEnrollment } from './seed.js';
import { startConsoles, type ConsolesHandle } from './server.js';
import {
  DUO_ADMIN_HOST,
  DUO_APP,
  DUO_FEDERAL_APP,
  DUO_FEDERAL_HOST,
  DUO_SIGNIN_HOST,
  OKTA_ORGS,
  type ConsoleVariant,
  type Submission,
} from './fixtures.js';

const args = process.argv.slice(2);
const argOf = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const CHROMIUM = argOf('--chromium', '/usr/bin/chromium');
const SHOTS = argOf('--shots', '');

const failures: string[] = [];
let passed = 0;
function check(cond: unknown, msg: string): void {
  if (cond) passed += 1;
  else {
    failures.push(msg);
    console.log(`  FAIL ${msg}`);
  }
}

const ACME = OKTA_ORGS.acme.adminHost;
const NOVA = OKTA_ORGS.nova.adminHost;

async function main(): Promise<void> {
  const consoles: ConsolesHandle = await startConsoles({ port: 0 });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [`--host-resolver-rules=${consoles.hostResolverRules}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
  const pageErrors: string[] = [];
  context.on('page', (p) => watch(p));
  function watch(p: Page) {
    p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') pageErrors.push(`${p.url()}: console.${m.type()}: ${m.text()}`);
    });
  }
  const page = await context.newPage();
  const url = (host: string, path = '/') => consoles.url(host, path);
  const reset = (v: Partial<ConsoleVariant> = {}) => consoles.reset(v);
  const subs = (): Submission[] => consoles.submissions();
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
  };
  if (SHOTS) await mkdir(SHOTS, { recursive: true });

  async function step(name: string, fn: () => Promise<void>) {
    console.log(`- ${name}`);
    try {
      await fn();
    } catch (err) {
      failures.push(`${name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      console.log(`  FAIL (threw) ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      await shot(`failure-${name.replace(/\W+/g, '-')}`);
    }
  }

  // ------------------------------------------------------------------ Duo
  await step('Duo sign-in -> dashboard -> Add New... -> Application -> Protect Okta (masked, ikey labels)', async () => {
    reset();
    await page.goto(url(DUO_SIGNIN_HOST, '/login?next=%2F'));
    await page.getByRole('heading', { name: 'Admin Login' }).waitFor();
    await page.getByLabel('Email').fill('admin@acme.example');
    await page.getByLabel('Password').fill('hunter2');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await shot('duo-dashboard');
    await page.evaluate(() => ((window as unknown as { __spaMarker: number }).__spaMarker = 1));
    await page.getByRole('button', { name: 'Add New...' }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Application' }).click();
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/applications/protect/types`);
    await page.getByRole('heading', { name: 'Protect an Application' }).waitFor();
    check(await page.evaluate(() => (window as unknown as { __spaMarker?: number }).__spaMarker === 1), 'Duo navigation is SPA (no reload)');
    const oktaRow = page.locator('tr', { has: page.getByText('Okta', { exact: true }) });
    const protect = oktaRow.getByRole('button', { name: 'Protect' });
    const inView = await protect.evaluate((b) => {
      const r = b.getBoundingClientRect();
      const c = b.closest('.table-scroll')!.getBoundingClientRect();
      return r.top >= c.top && r.bottom <= c.bottom;
    });
    check(!inView, 'Okta Protect button starts below the fold of the scroll container');
    await shot('duo-protect');
    await page.getByLabel('Filter applications').fill('open');
    check(await oktaRow.isHidden(), 'filter hides Okta for "open"');
    check(await page.locator('tr', { has: page.getByText('OpenVPN', { exact: true }) }).isVisible(), 'filter keeps OpenVPN');
    await page.getByLabel('Filter applications').fill('');
    await protect.click();
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/applications/${DUO_APP.ikey}`);
    await page.getByRole('heading', { name: 'Okta', level: 1 }).waitFor();
    check(await page.getByText('Successfully added Okta to protected applications').isVisible(), 'success notice');
    check(await page.getByRole('heading', { name: 'Details', level: 2 }).isVisible(), 'Details heading');
    check((await page.getByLabel('Integration key').inputValue()) === DUO_APP.ikey, 'Integration key value via label');
    check((await page.getByLabel('API hostname').inputValue()) === DUO_APP.host, 'API hostname value via label');
    const html1 = await page.content();
    check(!html1.includes(DUO_APP.skey), 'masked secret not in DOM');
    await shot('duo-app-masked');
    await page.getByRole('button', { name: 'Show secret key' }).click();
    await page.getByRole('button', { name: 'Hide secret key' }).waitFor();
    check((await page.getByLabel('Secret key', { exact: true }).inputValue()) === DUO_APP.skey, 'secret shown after Show, via label');
    await shot('duo-app-shown');
    await page.goBack();
    await page.getByRole('heading', { name: 'Protect an Application' }).waitFor();
    check(true, 'popstate back works');
  });

  await step('Duo client labels, unmasked, existing Okta app', async () => {
    reset({ duoLabels: 'client', secretMasked: false, existingOkta: true });
    await page.goto(url(DUO_ADMIN_HOST, '/applications'));
    await page.getByRole('heading', { name: 'Applications' }).waitFor();
    check(await page.getByRole('link', { name: 'Protect an Application' }).first().isVisible(), 'Protect an Application button-link');
    await page.getByRole('main').getByRole('link', { name: 'Okta', exact: true }).click();
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/applications/${DUO_APP.ikey}`);
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    const cell = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
    check((await cell('Client ID').innerText()).includes(DUO_APP.ikey), 'Client ID cell');
    check((await cell('Client secret').innerText()).includes(DUO_APP.skey), 'Client secret in DOM (unmasked)');
    check((await cell('API hostname').innerText()).includes(DUO_APP.host), 'API hostname cell');
    check(!(await page.getByText('Successfully added').count()), 'no success notice for existing app');
    await shot('duo-app-client');
  });

  await step('Duo client labels masked: Show client secret', async () => {
    reset({ duoLabels: 'client', existingOkta: true });
    await page.goto(url(DUO_ADMIN_HOST, `/applications/${DUO_APP.ikey}`));
    await page.getByRole('button', { name: 'Show client secret' }).click();
    await page.getByRole('button', { name: 'Hide client secret' }).waitFor();
    const cellText = await page.getByRole('row', { name: /^Client secret/ }).getByRole('cell').innerText();
    check(cellText.includes(DUO_APP.skey), 'client secret revealed');
  });

  await step('Duo catalog UI', async () => {
    reset({ duoUi: 'catalog' });
    await page.goto(url(DUO_ADMIN_HOST, '/applications'));
    await page.getByRole('main').getByRole('link', { name: 'Application Catalog' }).click();
    await page.getByRole('heading', { name: 'Application Catalog' }).waitFor();
    check(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Application Catalog' }).isVisible(), 'sidebar sub-link Application Catalog');
    await page.getByLabel('Supported features').selectOption('2FA');
    await page.getByLabel('Search applications').fill('okta');
    const tile = page.getByRole('article', { name: 'Okta' });
    check((await tile.innerText()).includes('2FA'), 'tile has 2FA label');
    await shot('duo-catalog');
    await tile.getByRole('button', { name: 'Add' }).click();
    await page.waitForURL(`https://${DUO_ADMIN_HOST}/applications/${DUO_APP.ikey}`);
    await page.getByText('Successfully added Okta to protected applications').waitFor();
  });

  await step('Duo federal + 404', async () => {
    reset({ existingOkta: true, secretMasked: false });
    await page.goto(url(DUO_FEDERAL_HOST, `/applications/${DUO_FEDERAL_APP.ikey}`));
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    check((await page.getByLabel('API hostname').inputValue()) === DUO_FEDERAL_APP.host, 'federal API hostname');
    check((await page.getByLabel('Secret key', { exact: true }).inputValue()) === DUO_FEDERAL_APP.skey, 'federal secret');
    await page.goto(url(DUO_ADMIN_HOST, '/nope'));
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.goto(url('admin-abc12345.duosecurity.com.evil.example', `/applications/${DUO_APP.ikey}`));
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    await page.goto(url('example.com', '/'));
    await page.getByRole('heading', { name: 'Unrelated site' }).waitFor();
  });

  // ------------------------------------------------------- Okta Classic
  await step('Okta Classic: Duo factor form (model only from events), save, activate, reload', async () => {
    reset();
    await page.goto(url(OKTA_ORGS.acme.endUserHost, '/app/UserHome'));
    await page.getByRole('heading', { name: 'My Apps' }).waitFor();
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(`https://${ACME}/admin/dashboard`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    check(await page.getByText('Cell: OK12 Production C 2026.11.0').isVisible(), 'Classic footer');
    const sec = page.locator('[data-se="o-side-nav-item-SECURITY"]');
    await sec.getByRole('button', { name: 'Security' }).click();
    await sec.getByRole('link', { name: 'Multifactor' }).click();
    await page.waitForURL(`https://${ACME}/admin/access/multifactor`);
    await page.getByRole('tab', { name: 'Factor Types', selected: true }).waitFor();
    await page.getByRole('link', { name: 'Duo Security' }).click();
    await page.getByRole('heading', { name: 'Duo Security', level: 2 }).waitFor();
    check(await page.getByRole('button', { name: 'Inactive' }).isVisible(), 'status Inactive');
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.locator('form[data-se="o-form"]');
    await form.waitFor();
    // A fill that only sets .value (no events) must be lost.
    await page.locator('[data-se="o-form-input-integrationKey"] input').evaluate((el, v) => ((el as HTMLInputElement).value = v), DUO_APP.ikey);
    await page.locator('[data-se="o-form-input-secretKey"] input').evaluate((el, v) => ((el as HTMLInputElement).value = v), DUO_APP.skey);
    await page.locator('[data-se="o-form-input-host"] input').evaluate((el, v) => ((el as HTMLInputElement).value = v), DUO_APP.host);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('This field cannot be left blank').first().waitFor();
    check((await page.locator('.o-form-has-errors').count()) >= 3, 'o-form-has-errors on blank model fields');
    check(subs().length === 0, 'no submission from a DOM-only fill');
    await shot('okta-classic-duo-errors');
    await page.getByLabel('Integration key').fill(DUO_APP.ikey);
    await page.getByLabel('Secret key').fill(DUO_APP.skey);
    await page.getByLabel('API Hostname').fill(DUO_APP.host);
    // Courage's real Select with Chosen: the native select is hidden; pick in Chosen's list.
    await page.locator('[data-se="o-form-input-userNameFormat"] .chzn-single').click();
    await page.getByRole('option', { name: 'Email', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit' }).waitFor();
    const s = subs();
    check(s.length === 1 && s[0]!.path === '/api/v1/org/factors/duo' && s[0]!.host === ACME, 'one factor submission');
    check(
      JSON.stringify(s[0]?.body) === JSON.stringify({ integrationKey: DUO_APP.ikey, secretKey: DUO_APP.skey, host: DUO_APP.host, userNameFormat: 'EMAIL' }),
      `factor body ${JSON.stringify(s[0]?.body)}`,
    );
    check(!(await page.content()).includes(DUO_APP.skey), 'saved secret not shown');
    await page.getByRole('button', { name: 'Inactive' }).click();
    await page.getByRole('menuitem', { name: 'Activate' }).click();
    await page.getByRole('button', { name: 'Active' }).waitFor();
    await shot('okta-classic-duo-active');
    await page.reload();
    await page.getByRole('heading', { name: 'Duo Security', level: 2 }).waitFor();
    check(await page.getByRole('button', { name: 'Active' }).isVisible(), 'Active after reload (#duo)');
    check(await page.getByText(DUO_APP.ikey).isVisible(), 'saved ikey after reload');
    await page.getByRole('button', { name: 'Active' }).click();
    check(await page.getByRole('menuitem', { name: 'Deactivate' }).isVisible(), 'menu offers Deactivate');
    await page.keyboard.press('Escape');
  });

  for (const wording of ['old', 'new'] as const) {
    await step(`Okta Classic: sign-on Add Rule (${wording} wording)`, async () => {
      reset({ ruleWording: wording });
      await page.goto(url(ACME, '/admin/access/policies'));
      await page.getByRole('heading', { name: 'Authentication', level: 1 }).waitFor();
      await page.getByRole('tab', { name: 'Sign On' }).click();
      await page.getByRole('button', { name: 'Add Rule' }).click();
      // Classic's dialogs are SimpleModal's: no role, no name.
      const dialog = page.locator('#simplemodal-container');
      await dialog.waitFor();
      check((await dialog.getAttribute('role')) === null, 'SimpleModal container without role');
      const mfaLabel = wording === 'old' ? dialog.getByLabel('Prompt for Factor') : dialog.getByRole('radio', { name: 'Required', exact: true });
      const below = await mfaLabel.evaluate((el) => {
        const body = el.closest('.modal-body')!.getBoundingClientRect();
        return el.getBoundingClientRect().top > body.bottom;
      });
      check(below, 'MFA control starts below the dialog body fold');
      const createBtn = dialog.getByRole('button', { name: 'Create Rule' });
      await createBtn.click();
      await dialog.getByText('This field cannot be left blank').waitFor();
      await dialog.getByLabel('Rule Name').fill('Require Duo');
      if (wording === 'old') {
        check(await dialog.getByRole('radio', { name: 'Every Time' }).isDisabled(), 'radios disabled until checkbox');
        await dialog.getByLabel('Prompt for Factor').check();
        await dialog.getByRole('radio', { name: 'Every Time' }).check();
      } else {
        check(await dialog.getByRole('radio', { name: 'At every sign in' }).isDisabled(), 'prompt radios disabled until Required');
        await dialog.getByRole('radio', { name: 'Required', exact: true }).check();
        await dialog.getByRole('radio', { name: 'At every sign in' }).check();
      }
      await shot(`okta-classic-rule-${wording}`);
      await createBtn.click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: 'Require Duo' }).waitFor();
      const sub = subs().at(-1)!;
      const signon = (sub.body as { actions: { signon: { requireFactor: boolean; factorPromptMode: string } } }).actions.signon;
      check(/^\/api\/v1\/policies\/00p\w+\/rules$/.test(sub.path), `rule path ${sub.path}`);
      check(signon.requireFactor === true && signon.factorPromptMode === 'ALWAYS', `rule body ${JSON.stringify(signon)}`);
      await page.reload();
      await page.getByRole('tab', { name: 'Sign On' }).click();
      await page.getByRole('cell', { name: 'Require Duo' }).waitFor();
    });
  }

  // ------------------------------------------------------------ Okta OIE
  await step('Okta OIE: IdP (OIDC, Factor only), Duo authenticator, IdP authenticator, enrollment', async () => {
    reset();
    await page.goto(url(NOVA, '/admin/access/identity-providers'));
    await page.getByRole('heading', { name: 'Identity Providers', level: 1 }).waitFor();
    check(await page.getByText('Cell: OK12 Production E 2026.11.0').isVisible(), 'OIE footer');
    await page.getByRole('button', { name: 'Add identity provider' }).click();
    await page.getByRole('radio', { name: 'OpenID Connect IdP' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Configure OpenID Connect IdP' }).waitFor();
    check((await page.getByLabel('Scopes').inputValue()) === 'openid profile email', 'default scopes');
    check((await page.getByLabel('IdP username').inputValue()) === 'idpuser.email', 'default IdP username');
    await page.getByLabel('Name', { exact: true }).fill('Duo Universal Prompt');
    await page.getByLabel('IdP Usage').selectOption({ label: 'Factor only' });
    await page.getByLabel('Client ID').fill(DUO_APP.ikey);
    await page.getByLabel('Client Secret', { exact: true }).fill(DUO_APP.skey);
    await page.getByLabel('Issuer').fill(`https://${DUO_APP.host}/oauth/v1/token`);
    await page.getByLabel('Authorization endpoint').fill(`https://${DUO_APP.host}/oauth/v1/authorize`);
    await page.getByLabel('Token endpoint').fill(`https://${DUO_APP.host}/oauth/v1/token`);
    await page.getByLabel('JWKS endpoint').fill(`https://${DUO_APP.host}/oauth/v1/keys`);
    await shot('okta-oie-idp-form');
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('cell', { name: 'Duo Universal Prompt' }).waitFor();
    check(await page.getByRole('row', { name: /Duo Universal Prompt/ }).getByText('Active').isVisible(), 'IdP Active');
    const idpSub = subs().at(-1)!;
    check(idpSub.path === '/api/v1/idps', 'idp path');
    check(JSON.stringify(idpSub.body).includes(DUO_APP.skey), 'idp body holds the client secret');

    const sec = page.locator('[data-se="o-side-nav-item-SECURITY"]');
    await sec.getByRole('link', { name: 'Authenticators' }).click();
    await page.getByRole('heading', { name: 'Authenticators', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add authenticator' }).click();
    const dlg = page.getByRole('dialog', { name: 'Add authenticator' });
    await shot('okta-oie-add-authenticator');
    await dlg.getByRole('article', { name: 'Duo Security' }).getByRole('button', { name: 'Add' }).click();
    await page.getByRole('heading', { name: 'Add Duo Security' }).waitFor();
    await page.getByLabel('Integration key').fill(DUO_APP.ikey);
    await page.getByLabel('Secret key').fill(DUO_APP.skey);
    await page.getByLabel('API hostname').fill(DUO_APP.host);
    await page.getByLabel('Duo Security username format').selectOption({ label: 'Okta username' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'Duo Security' }).waitFor();
    const authSub = subs().at(-1)!;
    check(
      JSON.stringify(authSub.body) ===
        JSON.stringify({
          key: 'duo',
          name: 'Duo Security',
          provider: { type: 'DUO', configuration: { integrationKey: DUO_APP.ikey, secretKey: DUO_APP.skey, host: DUO_APP.host, userNameTemplate: { template: 'oktaUsername' } } },
        }),
      `authenticator body ${JSON.stringify(authSub.body)}`,
    );

    await page.getByRole('button', { name: 'Add authenticator' }).click();
    await page.getByRole('dialog', { name: 'Add authenticator' }).getByRole('article', { name: 'IdP Authenticator' }).getByRole('button', { name: 'Add' }).click();
    await page.getByRole('heading', { name: 'Add IdP Authenticator' }).waitFor();
    check((await page.getByLabel('IdP', { exact: true }).locator('option:checked').innerText()) === 'Duo Universal Prompt', 'IdP select lists the factor-only IdP');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'IdP Authenticator' }).waitFor();

    await page.getByRole('tab', { name: 'Enrollment' }).click();
    await page.getByRole('region', { name: 'Default Policy' }).getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Policy' });
    await edit.getByLabel('Duo Security').selectOption({ label: 'Required' });
    await edit.getByLabel('IdP Authenticator').selectOption({ label: 'Optional' });
    await edit.getByRole('button', { name: 'Update Policy' }).click();
    await edit.waitFor({ state: 'detached' });
    const pol = subs().at(-1)!;
    check(JSON.stringify(pol.body).includes('"key":"duo","enroll":{"self":"REQUIRED"}'), `enrollment body ${JSON.stringify(pol.body)}`);
    await page.reload();
    await page.getByRole('tab', { name: 'Enrollment', selected: true }).waitFor();
    check((await page.getByRole('region', { name: 'Default Policy' }).innerText()).includes('Duo Security\nRequired'), 'enrollment persisted');
  });

  await step('Okta OIE: Global Session Policy rule, Authentication Policy rule, Features switch', async () => {
    reset();
    await page.goto(url(NOVA, '/admin/access/policies'));
    await page.getByRole('heading', { name: 'Global Session Policy', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const d = page.getByRole('dialog', { name: 'Add rule' });
    await d.getByLabel('Rule name').fill('MFA everywhere');
    await d.getByLabel('Identity provider is').selectOption({ label: 'Any' });
    await d.getByRole('radio', { name: 'Required', exact: true }).check();
    await d.getByRole('radio', { name: 'When signing in with a new device cookie' }).check();
    await shot('okta-oie-gsp-rule');
    await d.getByRole('button', { name: 'Create rule' }).click();
    await page.getByRole('cell', { name: 'MFA everywhere' }).waitFor();
    const gsp = subs().at(-1)!.body as { actions: { signon: { primaryFactor: string; factorPromptMode: string } } };
    check(gsp.actions.signon.primaryFactor === 'PASSWORD_IDP_ANY_FACTOR' && gsp.actions.signon.factorPromptMode === 'DEVICE', 'gsp rule body');

    await page.goto(url(NOVA, '/admin/authn/authentication-policies'));
    await page.getByRole('heading', { name: 'Authentication Policies', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Any two factors' }).click();
    await page.getByRole('tab', { name: 'Rules', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const r = page.getByRole('dialog', { name: 'Add Rule' });
    await r.getByLabel('Rule name').fill('Duo for everyone');
    await r.getByLabel('User must authenticate with').selectOption({ label: 'Password / IdP + Another factor' });
    await r.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Duo for everyone' }).waitFor();
    await page.reload();
    await page.getByRole('cell', { name: 'Duo for everyone' }).waitFor();

    await page.goto(url(NOVA, '/admin/settings/features'));
    const sw = page.getByRole('switch', { name: 'Skip the verify screen and redirect to the IdP authenticator' });
    await sw.waitFor();
    check((await sw.getAttribute('aria-checked')) === 'false', 'switch off');
    await sw.click();
    await page.waitForFunction(() => document.querySelector('[role="switch"][data-feature-id="ftrSkipVerifyIdpAuthn"]')?.getAttribute('aria-checked') === 'true');
    await page.reload();
    check((await page.getByRole('switch', { name: 'Skip the verify screen and redirect to the IdP authenticator' }).getAttribute('aria-checked')) === 'true', 'switch persisted');
  });

  /** The real Sign-In Widget's enrollment on an org whose admin required Duo: Set up opens Duo's frame. */
  async function enrollOnWidget(name?: string) {
    await seedEnrollment(consoles.port, OKTA_ORGS.nova, 'duo-authenticator');
    await page.goto(url(OKTA_ORGS.nova.endUserHost, '/signin/enroll'));
    await page.getByRole('heading', { name: 'Set up security methods' }).waitFor();
    if (name) await shot(name);
    await page.getByRole('link', { name: 'Set up Duo Security.' }).click();
    await page.frameLocator('iframe').getByRole('heading', { name: 'Duo Prompt (traditional)' }).waitFor();
  }

  await step('Okta end-user enrollment on the real Sign-In Widget', async () => {
    reset({ renderDelayMs: 0 });
    await enrollOnWidget('okta-enroll');
  });

  await step('CSP variant: pages run with no inline script/style', async () => {
    reset({ csp: true, renderDelayMs: 0 });
    for (const [host, path] of [
      [DUO_ADMIN_HOST, '/applications/protect/types'],
      [ACME, '/admin/access/multifactor#duo'],
      [NOVA, '/admin/access/multifactor'],
      [DUO_SIGNIN_HOST, '/login?next=%2F'],
    ] as const) {
      await page.goto(url(host, path));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    // The widget's page allows the Duo Prompt's frame and nothing else beyond the strict policy.
    await enrollOnWidget();
  });

  check(pageErrors.length === 0, `page console errors: ${pageErrors.join(' | ')}`);
  await browser.close();
  await consoles.close();
  console.log(`\n${passed} checks passed, ${failures.length} failed`);
  if (failures.length) process.exitCode = 1;
}

await main();

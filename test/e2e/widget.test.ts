// The Okta end-user enrollment page is the real Sign-In Widget, not a copy of its markup: the
// bundle the page loads names itself the devDependency's version in every request it makes, the
// enrollment it shows comes from that bundle alone (nothing the consoles serve holds it), and it
// runs under the strict-CSP variant with only the Duo Prompt's frame allowed beyond it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request, Response } from 'playwright-core';
import { DUO_APP, OKTA_ORGS, type OktaOrgFixture } from '../consoles/fixtures';
import { SEED_SECRET, seedEnrollment, type Enrollment } from '../consoles/seed';
import { launch, type Session } from './lib/browser';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const VERSION = pkg.devDependencies['@okta/okta-signin-widget']!;

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

/** Opens the org's enrollment page, keeping what the page was sent and what it asked the org. */
async function openEnrollment(org: OktaOrgFixture): Promise<{ page: Page; sent: Response[]; asked: Request[] }> {
  const page = await s.context.newPage();
  const sent: Response[] = [];
  const asked: Request[] = [];
  page.on('response', (r) => sent.push(r));
  page.on('request', (r) => {
    if (r.method() === 'POST') asked.push(r);
  });
  await page.goto(`https://${org.endUserHost}/signin/enroll`);
  return { page, sent, asked };
}

describe('the Okta end-user enrollment page', () => {
  it.each([
    ['Classic', OKTA_ORGS.acme, 'duo-factor', '/api/v1/authn/introspect', 'li[data-se="DUO"] a[data-se="button"]'],
    ['Identity Engine', OKTA_ORGS.nova, 'duo-authenticator', '/idp/idx/introspect', '[data-se="duo"] a[aria-label="Set up Duo Security."]'],
  ] as const)('%s: is the real Sign-In Widget, rendering what the org answered', async (_engine, org, enrollment: Enrollment, first, duoControl) => {
    await s.reset({ renderDelayMs: 0 });
    await seedEnrollment(s.port, org, enrollment);
    const { page, sent, asked } = await openEnrollment(org);
    await page.locator(duoControl).waitFor();

    // The widget's own client names the widget's version in every request to the org.
    expect(asked.map((r) => new URL(r.url()).pathname)[0]).toBe(first);
    for (const r of asked) expect((await r.allHeaders())['x-okta-user-agent-extended']).toContain(`okta-signin-widget-${VERSION}`);

    // The org's answers name Duo's API hostname, never the secret key the admin saved with it.
    const answers = sent.filter((r) => r.request().method() === 'POST');
    expect(answers.length).toBe(asked.length);
    for (const r of answers) expect((await r.text()).includes(SEED_SECRET)).toBe(false);

    // Everything the page was sent that is not the widget's package holds none of what it shows.
    const ours = sent.filter((r) => !new URL(r.url()).pathname.startsWith('/_widget/') && r.request().method() === 'GET');
    expect(ours.map((r) => new URL(r.url()).pathname)).toEqual(['/signin/enroll', '/_static/okta/signin.js', '/_static/common/ui.js']);
    for (const r of ours) expect(await r.text()).not.toMatch(/Duo Security|Set ?up|data-se="(duo|DUO)"/);
    await page.close();
  });

  it('runs under the strict-CSP variant: Set up opens the Duo Prompt frame, nothing is refused', async () => {
    await s.reset({ csp: true, renderDelayMs: 0 });
    await seedEnrollment(s.port, OKTA_ORGS.nova, 'duo-authenticator');
    const { page, sent } = await openEnrollment(OKTA_ORGS.nova);
    expect(sent[0]?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    const from = s.logs.length;
    await page.getByRole('link', { name: 'Set up Duo Security.' }).click();
    await page.frameLocator('iframe').getByRole('heading', { name: 'Duo Prompt (traditional)' }).waitFor();
    expect(page.frames().map((f) => new URL(f.url()).host)).toContain(DUO_APP.host);
    expect(s.logs.slice(from).filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
    await page.close();
  });

  it('an IdP authenticator’s Enroll sends the user on to the IdP’s authorize endpoint (Duo’s Universal Prompt)', async () => {
    await s.reset({ renderDelayMs: 0 });
    await seedEnrollment(s.port, OKTA_ORGS.nova, 'idp-authenticator');
    const { page } = await openEnrollment(OKTA_ORGS.nova);
    await page.getByRole('link', { name: 'Set up IdP Authenticator.' }).click();
    await page.getByRole('button', { name: 'Enroll' }).click();
    await page.waitForURL(`https://${DUO_APP.host}/oauth/v1/authorize?**`);
    expect(new URL(page.url()).searchParams.get('client_id')).toBe(DUO_APP.ikey);
    await page.getByRole('heading', { name: 'Duo Universal Prompt' }).waitFor();
    await page.close();
  });
});

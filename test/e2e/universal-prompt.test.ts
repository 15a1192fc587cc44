// Duo Universal Prompt through an Okta OIDC identity provider: picked by itself on an Identity
// Engine org; Finish submits the captured client ID and secret and the derived endpoints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUO_APP, DUO_SIGNIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { leaks } from './lib/leaks';
import { overlay, waitForStep, waitForStepDone } from './lib/overlay';
import { popupSteps } from './lib/popup';
import { addAuthenticator, atStep, clickStep, fill, securityNav, walkDuo, walkEnrollment, walkToOktaAdmin } from './lib/walk';
import { walkVerify } from './lib/verify';

const org = OKTA_ORGS.nova;
const base = `https://${DUO_APP.host}/oauth/v1`;
let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

describe('Duo Universal Prompt: Okta OIDC identity provider', () => {
  it('walks from Duo (Client ID labels) to an IdP authenticator in the enrollment policy', async () => {
    await s.reset({ duoLabels: 'client', secretMasked: true });
    const page = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await walkDuo(page, { masked: true });

    await walkToOktaAdmin(page, org);
    // Identity Engine (from /.well-known/okta-organization): Universal Prompt is recommended and taken.
    expect((await waitForStep(page, 'up.idps')).flow).toBe('okta-universal-prompt');
    await securityNav(page, 'up.idps', 'Identity Providers');
    const main = page.getByRole('main');
    await clickStep(page, 'up.add-idp', main.getByRole('button', { name: 'Add identity provider' }));
    await clickStep(page, 'up.oidc-type', main.getByRole('radio', { name: 'OpenID Connect IdP' }));
    await clickStep(page, 'up.oidc-next', main.getByRole('button', { name: 'Next' }));

    const form = page.locator('form').filter({ has: page.getByLabel('Issuer') });
    await atStep(page, 'up.fill', form);
    // Every derived value is shown before the admin saves, the unverified one marked.
    await waitForStep(page, 'up.fill');
    // The fill part writes the preview once injected.
    await expect.poll(async () => (await overlay(page))?.callout ?? '').toContain(`Issuer: ${base}/token`);
    const shown = (await overlay(page))!.callout;
    expect(shown).toContain(`Authorization endpoint: ${base}/authorize`);
    expect(shown).toMatch(new RegExp(`JWKS endpoint: ${base.replace(/\./g, '\\.')}/keys \\(path not verified`));
    await fill(page, 'up.fill');
    // The username mapping, filled, is its own step: the page shows preferred_username.
    await expect.poll(async () => (await popupSteps(s)).find((x) => x.id === 'up.username')?.state).toBe('done');
    await clickStep(page, 'up.finish', form.getByRole('button', { name: 'Finish' }));

    // Finish's request may still be on its way when the click returns.
    await expect.poll(async () => (await s.submissions()).some((x) => x.path === '/api/v1/idps')).toBe(true);
    const idp = (await s.submissions()).find((x) => x.path === '/api/v1/idps')?.body as {
      name: string; idpUsage: string; protocol: { scopes: string[] | string; credentials: { client: Record<string, string> }; issuer: { url: string }; endpoints: Record<string, unknown> };
      policy: unknown;
    };
    expect(idp.idpUsage).toBe('FACTOR_ONLY');
    expect(idp.protocol.credentials.client.client_id).toBe(DUO_APP.ikey);
    expect(idp.protocol.credentials.client.client_secret === DUO_APP.skey).toBe(true);
    expect(idp.protocol.issuer.url).toBe(`${base}/token`);
    expect(JSON.stringify(idp.protocol.endpoints)).toContain(`${base}/authorize`);
    expect(JSON.stringify(idp.protocol.endpoints)).toContain(`${base}/keys`);
    expect(JSON.stringify(idp.policy)).toContain('idpuser.preferred_username');

    await addAuthenticator(page, 'up', 'IdP Authenticator');
    const idpForm = page.locator('form').filter({ has: page.getByLabel('IdP', { exact: true }) });
    await clickStep(page, 'up.idp-add', idpForm.getByRole('button', { name: 'Add', exact: true }));
    await walkEnrollment(page, 'up', 'IdP Authenticator');

    // The saved policy lists the IdP authenticator: the guide moves on to the optional feature.
    await waitForStep(page, 'up.features');
    await page.goto(`https://${org.adminHost}/admin/settings/features`);
    await clickStep(page, 'up.features', page.getByRole('switch', { name: /Skip the verify screen/ }));
    // The switch saves through Okta's API; the walk goes on once the guide saw it on.
    await waitForStepDone(page, 'up.features');
    // Then the Verify group: the Access Testing Tool, a test user enrolling through the IdP
    // authenticator (listed under the name Okta gave it), Duo's log, and Universal Prompt activation.
    await walkVerify(s, page, org, 'idp', DUO_APP.ikey);
    const steps = await popupSteps(s);
    expect(steps.filter((x) => x.state !== 'done')).toEqual([]);
    expect(steps.map((x) => x.id)).toEqual(expect.arrayContaining(['up.break-glass', 'up.username', 'verify.att-run', 'test.enroll', 'verify.duo-entry', 'verify.duo-up']));
    expect(await leaks(s, [page], DUO_APP.skey)).toEqual([]);
  });
});

// Okta Identity Engine, Duo Security authenticator (traditional prompt), chosen in the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUO_APP, DUO_SIGNIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { launch, type Session } from './lib/browser';
import { choose } from './lib/shaped';
import { leaks } from './lib/leaks';
import { overlay, waitForStep } from './lib/overlay';
import { chooseFlow, popupSteps, startOver } from './lib/popup';
import {
  addAuthenticator, atStep, clickStep, fill, securityNav, walkDuo, walkEnrollment, walkRule, walkToOktaAdmin,
} from './lib/walk';
import { walkVerify } from './lib/verify';

const org = OKTA_ORGS.nova;
let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

describe('Okta Identity Engine: Duo Security authenticator', () => {
  it('walks from Duo to an enrollment policy and a Global Session Policy rule', async () => {
    await s.reset({ ruleWording: 'new' });
    await startOver(s);
    const page = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await walkDuo(page, { masked: true });

    // The popup's flow choice switches the checklist and the overlay's flow.
    await chooseFlow(s, 'okta-oie');
    expect((await popupSteps(s)).some((x) => x.id === 'oie.fill')).toBe(true);
    expect((await waitForStep(page, 'okta.admin')).flow).toBe('okta-oie');

    await walkToOktaAdmin(page, org);
    await addAuthenticator(page, 'oie', 'Duo Security');
    const form = page.locator('form').filter({ has: page.getByLabel('Integration key') });
    await atStep(page, 'oie.fill', form);
    await fill(page, 'oie.fill');
    expect(await choose(page, 'oie.username', form, 'Duo Security username format', 'Email')).toBe('native');
    await clickStep(page, 'oie.add', form.getByRole('button', { name: 'Add', exact: true }));

    // Add saves through the API: read the submission once the server has it.
    await expect.poll(async () => (await s.submissions()).filter((x) => x.path === '/api/v1/authenticators').length).toBe(1);
    const added = (await s.submissions()).filter((x) => x.path === '/api/v1/authenticators');
    const config = (added[0]!.body as { provider: { configuration: Record<string, unknown> } }).provider.configuration;
    expect([config.integrationKey, config.host, config.userNameTemplate]).toEqual([DUO_APP.ikey, DUO_APP.host, { template: 'email' }]);
    expect(config.secretKey === DUO_APP.skey).toBe(true);

    await walkEnrollment(page, 'oie', 'Duo Security');
    const policy = (await s.submissions()).find((x) => x.path.startsWith('/api/v1/policies/') && JSON.stringify(x.body).includes('AUTHENTICATOR_ENROLLMENT'));
    expect(JSON.stringify(policy?.body)).toMatch(/"key":"duo"[^}]*"enroll":\{"self":"REQUIRED"\}/);

    await securityNav(page, 'oie.global-session', 'Global Session Policy');
    await clickStep(page, 'oie.add-rule', page.getByRole('main').getByRole('button', { name: 'Add rule' }));
    await walkRule(page, 'oie', 'new', 'Create rule');

    await walkVerify(s, page, org, 'oie');
    const steps = await popupSteps(s);
    expect(steps.filter((x) => x.state !== 'done')).toEqual([]);
    expect(steps.map((x) => x.id)).toEqual(expect.arrayContaining(['oie.break-glass', 'oie.username', 'verify.att-run', 'test.enroll', 'verify.duo-entry']));
    expect(await leaks(s, [page], DUO_APP.skey)).toEqual([]);
    expect((await overlay(page))?.flow).toBe('okta-oie');
  });
});

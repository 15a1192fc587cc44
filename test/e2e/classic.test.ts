// The whole Okta Classic procedure, end to end: a scripted admin clicks only what the highlights
// point to, plus one Fill; Save submits exactly the captured values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUO_APP, DUO_SIGNIN_HOST, OKTA_ORGS } from '../consoles/fixtures';
import { requireDuoFactor } from '../consoles/seed';
import { launch, type Session } from './lib/browser';
import { leaks } from './lib/leaks';
import { overlay, waitForStep } from './lib/overlay';
import { popupSteps, startOver } from './lib/popup';
import { choose } from './lib/shaped';
import { atStep, clickStep, fill, securityNav, walkDuo, walkRule, walkToOktaAdmin } from './lib/walk';
import { walkVerify } from './lib/verify';

const org = OKTA_ORGS.acme;
let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(() => s?.close());

describe('Okta Classic Engine flow', () => {
  it.each([
    ['old rule wording, Integration key labels, masked secret', { ruleWording: 'old', duoLabels: 'ikey', secretMasked: true }, 'classic'],
    ['new rule wording, Client ID labels, plain secret, Duo the only factor required', { ruleWording: 'new', duoLabels: 'client', secretMasked: false }, 'classic-required'],
  ] as const)('walks from Duo to a working sign-on rule: %s', async (_name, variant, enroll) => {
    await s.reset(variant);
    await startOver(s);
    const page = await s.open(`https://${DUO_SIGNIN_HOST}/`);
    await walkDuo(page, { masked: variant.secretMasked });

    await walkToOktaAdmin(page, org);
    // The org's engine (Classic, from /.well-known/okta-organization) picks the flow.
    expect((await waitForStep(page, 'classic.multifactor')).flow).toBe('okta-classic');
    await securityNav(page, 'classic.multifactor', 'Multifactor');
    const main = page.getByRole('main');
    await clickStep(page, 'classic.factor', main.getByRole('link', { name: 'Duo Security', exact: true }));
    await clickStep(page, 'classic.edit', main.getByRole('button', { name: 'Edit', exact: true }));

    const form = page.locator('form').filter({ has: page.getByLabel('Integration key') });
    await atStep(page, 'classic.fill', form);
    await fill(page, 'classic.fill');
    const callout = (await waitForStep(page, 'classic.username')).callout;
    expect(callout).toMatch(/SAM Account Name/);
    // The username check: the admin's own username, from the page's header, against the format.
    expect(callout).toMatch(/Your own username, admin@acme\.example, has the shape Okta username gives/);
    // Courage's real Select with Chosen: the admin opens the widget and clicks Email in its list.
    expect(await choose(page, 'classic.username', form, 'Duo Security Username Format', 'Email')).toBe('chosen');
    await clickStep(page, 'classic.save', form.getByRole('button', { name: 'Save' }));

    // Save submitted exactly the captured values (compared without printing the secret).
    // The save's request may still be on its way when the click returns.
    await expect.poll(async () => (await s.submissions()).filter((x) => x.path === '/api/v1/org/factors/duo').length).toBe(1);
    const saved = (await s.submissions()).filter((x) => x.path === '/api/v1/org/factors/duo');
    const body = saved[0]!.body as Record<string, string>;
    expect([body.integrationKey, body.host, body.userNameFormat]).toEqual([DUO_APP.ikey, DUO_APP.host, 'EMAIL']);
    expect(body.secretKey === DUO_APP.skey).toBe(true);

    // Reload mid-way: the guide resumes where the admin stood.
    await atStep(page, 'classic.activate', main.getByRole('button', { name: /^Inactive/ }));
    await page.reload();
    await clickStep(page, 'classic.activate', main.getByRole('button', { name: /^Inactive/ }));
    await clickStep(page, 'classic.activate', page.getByRole('menuitem', { name: 'Activate' }));

    await securityNav(page, 'classic.authentication', 'Authentication');
    await clickStep(page, 'classic.signon', page.getByRole('tab', { name: 'Sign On' }));
    await clickStep(page, 'classic.add-rule', main.getByRole('button', { name: 'Add Rule' }));
    await walkRule(page, 'classic', variant.ruleWording, 'Create Rule', { exclude: 'admin@acme.example' });
    // The rule leaves the break-glass admin out (what Create Rule submitted).
    const created = (await s.submissions()).find((x) => x.path.endsWith('/rules') && JSON.stringify(x.body).includes('Duo Authentication'));
    expect((created?.body as { conditions: { people: { users: { exclude: string[] } } } }).conditions.people.users.exclude).toEqual(['admin@acme.example']);

    // Factor Enrollment is not part of the guide: there the admin may make Duo the only required
    // factor, which the widget offers as one "Configure factor" instead of a Setup per factor.
    if (enroll === 'classic-required') await requireDuoFactor(s.port, org);
    await walkVerify(s, page, org, enroll);

    const steps = await popupSteps(s);
    expect(steps.filter((x) => x.state !== 'done')).toEqual([]);
    expect(steps.map((x) => x.id)).toEqual(expect.arrayContaining(['classic.break-glass', 'classic.username', 'test.enroll', 'verify.duo-entry']));
    // Okta has the Access Testing Tool for Identity Engine orgs only: no step sends a Classic admin there.
    expect(steps.map((x) => x.id).filter((id) => id.startsWith('verify.att'))).toEqual([]);
    // The finished setup forgot the keys; nothing leaked on the way.
    // Keys only: a failure must not print a held secret.
    expect(Object.keys(await s.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }).chrome.storage.session.get(null)))).toEqual([]);
    expect(await leaks(s, [page], DUO_APP.skey)).toEqual([]);
    await page.close();
  });
});

// Controls admins showed the guide, as the background keeps them: per account, bounded, and
// forgotten for good from the popup even while a control is being learned.
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { forgetLearned, learn, learnedFrom } from '../../src/background/learned';
import { exclusive } from '../../src/background/store';
import { LEARNED_KEY, type Learned } from '../../src/engine/learn';

const APPS: Learned = { role: 'link', name: 'Applications', scope: 'navigation' };
const stored = async () => (await browser.storage.local.get(LEARNED_KEY))[LEARNED_KEY] as Record<string, Record<string, Learned>> | undefined;

describe('learned controls', () => {
  it('keeps one control per step of each account, and at most 20 accounts (the oldest go)', async () => {
    await learn('duo:admin-abc12345.duosecurity.com', 'duo.applications', APPS);
    await learn('duo:admin-abc12345.duosecurity.com', 'duo.protect', { label: 'Protect' });
    for (let i = 0; i < 20; i++) await learn(`okta:org${i}.okta.com`, 'classic.multifactor', APPS);
    const all = (await stored())!;
    expect(Object.keys(all)).toHaveLength(20);
    expect(all['duo:admin-abc12345.duosecurity.com']).toBeUndefined();
    expect(all['okta:org19.okta.com']).toEqual({ 'classic.multifactor': APPS });
  });

  it('reads anything malformed as nothing learned', () => {
    expect(learnedFrom({ 'duo:x': { 'duo.applications': { role: 'link' } } })).toEqual({});
    expect(learnedFrom('junk')).toEqual({});
  });

  it('Forget, queued behind a control being learned, is not undone by it', async () => {
    await learn('okta:acme.okta.com', 'classic.multifactor', APPS);
    const learning = exclusive(() => learn('duo:admin-abc12345.duosecurity.com', 'duo.applications', APPS));
    const forgetting = exclusive(forgetLearned);
    await Promise.all([learning, forgetting]);
    expect(await stored()).toBeUndefined();
  });

  it('(why Forget takes the lock) unlocked, a learn in progress writes the forgotten controls back', async () => {
    await learn('okta:acme.okta.com', 'classic.multifactor', APPS);
    const learning = learn('duo:admin-abc12345.duosecurity.com', 'duo.applications', APPS);
    await forgetLearned();
    await learning;
    expect(Object.keys((await stored()) ?? {})).toContain('okta:acme.okta.com');
  });
});

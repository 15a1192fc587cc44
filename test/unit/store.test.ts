// Stored progress across versions: version 1 (keys bound to no org) is carried over, not reset.
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { exclusive, load, updateNow } from '../../src/background/store';

const V1 = {
  v: 1,
  flow: 'okta-classic',
  flowChosen: false,
  duo: 'admin-abc12345.duosecurity.com',
  okta: 'nova.okta.com',
  engines: { 'acme.okta.com': 'classic' },
  marks: { 'okta:acme.okta.com': { done: ['classic.multifactor'], skipped: [] } },
  captured: { account: 'admin-abc12345.duosecurity.com', ikey: 'DIX7Q2M9K4T8B1N6R3W5', host: 'api-abc12345.duosecurity.com', labels: 'ikey', at: 1, secret: true },
};

describe('stored progress', () => {
  it('carries version 1 over: progress and keys kept, the keys bound to no org yet, no notice', async () => {
    await browser.storage.local.set({ progress: V1 });
    const { state, notice } = await load();
    expect(notice).toBeUndefined();
    expect(state.v).toBe(2);
    expect(state.marks).toEqual(V1.marks);
    expect(state.captured).toEqual({ ...V1.captured, org: null });
    // Version 1's org in use could come from any page load: it is not trusted as a destination.
    expect(state.okta).toBeNull();
    expect(state.orgs).toEqual([]);
    // The next write stores the current version.
    await exclusive(() => updateNow([]));
    expect(((await browser.storage.local.get('progress')).progress as { v: number }).v).toBe(2);
  });

  it('starts afresh with the notice on anything else', async () => {
    await browser.storage.local.set({ progress: { ...V1, v: 3 } });
    const { state, notice } = await load();
    expect(notice).toBe('notice_progress_reset');
    expect(state.captured).toBeNull();
  });
});

// Where Chrome and Firefox differ and the code has to care, one test per difference.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import { canHoldSecret, forgetSecret, holdSecret, readSecret } from '../../src/background/secret';
import { pickExt } from '../../src/content/ext';
import { FIREFOX_MIN, firefoxManifest, GECKO_ID } from '../../scripts/firefox-manifest';
import manifest from '../../manifest.json' with { type: 'json' };

describe('Chrome and Firefox differences', () => {
  it('the content script uses Firefox’s browser namespace when there is one, else chrome', () => {
    const browser = { runtime: { id: 'ff' }, storage: {} } as never;
    const chrome = { runtime: { id: 'cr' }, storage: {} } as never;
    expect(pickExt({ browser, chrome })).toBe(browser);
    expect(pickExt({ chrome })).toBe(chrome);
    expect(() => pickExt({})).toThrow(/no extension API/);
  });

  it('Firefox gets an event-page background, its id, minimum versions and no data collection', () => {
    const built = { ...manifest, background: { service_worker: 'service-worker-loader.js', type: 'module' }, web_accessible_resources: [{ matches: ['https://*.okta.com/*'], resources: ['a.js'], use_dynamic_url: false }] };
    const ff = firefoxManifest(built) as Record<string, never>;
    expect(ff.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(ff.minimum_chrome_version).toBeUndefined();
    expect(ff.web_accessible_resources).toEqual([{ matches: ['https://*.okta.com/*'], resources: ['a.js'] }]);
    expect(ff.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN.desktop, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_MIN.android },
    });
    // Everything that decides what the extension may do is unchanged.
    expect(ff.permissions).toEqual(manifest.permissions);
    expect(ff.host_permissions).toEqual(manifest.host_permissions);
    expect(ff.content_security_policy).toEqual(manifest.content_security_policy);
  });

  it('holds the secret only where memory-only session storage exists', async () => {
    expect(canHoldSecret()).toBe(true);
    await holdSecret('s'.repeat(40), 'DIA1B2C3D4E5F6G7H8I9');
    expect(await readSecret('DIA1B2C3D4E5F6G7H8I9')).toHaveLength(40);
    expect(await readSecret('DIOTHERKEY0000000000')).toBeNull();
    await forgetSecret();
    expect(await readSecret('DIA1B2C3D4E5F6G7H8I9')).toBeNull();
    const session = fakeBrowser.storage.session;
    try {
      (fakeBrowser.storage as { session?: unknown }).session = undefined;
      expect(canHoldSecret()).toBe(false);
    } finally {
      (fakeBrowser.storage as { session?: unknown }).session = session;
    }
  });
});

describe('the idle time', () => {
  it('a new idle time applies from now to a secret already held, within the allowed range', async () => {
    const { secretExpiry, setIdleMinutes, idleMinutes } = await import('../../src/background/secret');
    await holdSecret('s'.repeat(40), 'DIA1B2C3D4E5F6G7H8I9');
    const before = (await secretExpiry())!;
    expect(before - Date.now()).toBeGreaterThan(29 * 60_000); // the 30-minute default
    await setIdleMinutes(2);
    const after = (await secretExpiry())!;
    expect(after - Date.now()).toBeLessThanOrEqual(2 * 60_000);
    expect(after - Date.now()).toBeGreaterThan(60_000);
    await fakeBrowser.storage.local.set({ settings: { idleMinutes: 10_000 } });
    expect(await idleMinutes()).toBe(30); // out of range reads as the default
  });
});

// The Firefox package's manifest, derived from the built Chrome one: an event-page background
// (`background.scripts`; Firefox runs no extension service worker), Gecko's id and minimum version,
// and the data-collection statement (none). Pure, so a unit test checks it.
export const GECKO_ID = 'duo-okta-guide@extensions.duo-okta-guide.dev';
/** data_collection_permissions needs Firefox 140 (desktop) and 142 (Android). */
export const FIREFOX_MIN = { desktop: '140.0', android: '142.0' };

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  web_accessible_resources?: Record<string, unknown>[];
};

export function firefoxManifest(chrome: Manifest): Manifest {
  const { minimum_chrome_version: _chromeOnly, background, web_accessible_resources, ...rest } = chrome;
  if (!background?.service_worker) throw new Error('the Chrome manifest has no service worker');
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type ?? 'module' },
    // Firefox's resources take no use_dynamic_url.
    web_accessible_resources: web_accessible_resources?.map(({ use_dynamic_url: _dyn, ...w }) => w),
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN.desktop, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_MIN.android },
    },
  };
}

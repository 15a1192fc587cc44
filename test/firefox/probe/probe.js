// Test-only content script: the Firefox tier adds it to its copy of the package, for one path
// (PROBE_PATH in ../lib/package.ts) that no walk visits. In our extension's content-script world on
// that page it (1) notes, from before the guide starts, which extension namespace the guide's calls
// go through, and (2) when the page asks, tries to read storage.session the way any content script
// could. It reports to the page: whether session could be read (key names only), the text of local and
// sync for the test to search (the test only ever asks yes/no questions of it).
(() => {
  const used = { browser: [], chrome: [] };
  // Wraps an API object so reading a method records its path (two levels: runtime.sendMessage,
  // storage.local.get, storage.onChanged.addListener).
  const track = (ns, obj, path, depth) =>
    new Proxy(obj, {
      get(target, key) {
        const value = Reflect.get(target, key);
        if (typeof key !== 'string') return value;
        const at = `${path}.${key}`;
        if (typeof value === 'function') {
          if (!used[ns].includes(at)) used[ns].push(at);
          return value.bind(target);
        }
        if (value && typeof value === 'object' && depth < 2) return track(ns, value, at, depth + 1);
        return value;
      },
    });
  const real = { browser: globalThis.browser, chrome: globalThis.chrome };
  for (const ns of ['browser', 'chrome']) {
    if (real[ns]) Object.defineProperty(globalThis, ns, { value: track(ns, real[ns], ns, 0), configurable: true, writable: true });
  }

  document.addEventListener('duo-okta-guide-probe', async () => {
    const api = real.browser;
    const report = { runtimeId: api.runtime.id, used };
    const session = api.storage.session;
    if (!session) report.session = { readable: false, why: 'storage.session is not defined' };
    else {
      try {
        const got = await session.get(null);
        report.session = { readable: true, keys: Object.keys(got).sort() };
      } catch (e) {
        report.session = { readable: false, why: `${e && e.name}: ${e && e.message}` };
      }
    }
    report.local = JSON.stringify(await api.storage.local.get(null));
    report.sync = JSON.stringify(await api.storage.sync.get(null).catch((e) => ({ error: String(e) })));
    document.documentElement.setAttribute('data-duo-okta-guide-probe', JSON.stringify(report));
  });
})();

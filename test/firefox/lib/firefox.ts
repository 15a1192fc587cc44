// One Firefox ESR session for the tier: the simulated consoles behind the CONNECT proxy, the
// packaged add-on installed as a temporary add-on (with the test probe), and the DevTools server
// on for the add-on's background status. Firefox's console output is kept to scan for the secret.
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startConsoles } from '../../consoles/server';
import type { Submission } from '../../consoles/fixtures';
import { ZIP, unpackWithProbe, type Manifest } from './package';
import { startProxy, proxyPrefs } from './proxy';
import { DEBUGGER_PREFS, listAddons, type AddonStatus } from './rdp';

export const FIREFOX = process.env.FIREFOX ?? '/usr/lib/firefox-esr/firefox-esr';
/** Seconds of idleness before Firefox unloads an event page (Firefox's default is 30). */
export const IDLE_SECONDS = 2;

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** The manifest of the zip as `npm run package` built it. */
  manifest: Manifest;
  /** Everything Firefox printed: console calls of every context, errors, warnings. */
  output: string[];
  open(url: string): Promise<Page>;
  addon(): Promise<AddonStatus>;
  /** Uninstalls and installs the add-on again: a fresh start, its storage gone. */
  reinstall(): Promise<void>;
  submissions(): Submission[];
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function launchFirefox(): Promise<FirefoxSession> {
  const addon = unpackWithProbe();
  const consoles = await startConsoles({ port: 0 });
  const proxy = await startProxy(consoles.port);
  const devtoolsPort = await freePort();
  const output: string[] = [];
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await proxy.close();
    await consoles.close();
    rmSync(addon.dir, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--start-debugger-server', String(devtoolsPort)],
      extraPrefsFirefox: {
        ...proxyPrefs(proxy.port),
        ...DEBUGGER_PREFS,
        'extensions.background.idle.timeout': IDLE_SECONDS * 1000,
        // Console calls of pages, content scripts and the background, on Firefox's stdout.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
        // No remote settings traffic through the proxy (Mozilla's own tests point it nowhere).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
    });
  } catch (e) {
    await stop();
    throw e;
  }
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  browser.process()?.stdout?.on('data', keep);
  browser.process()?.stderr?.on('data', keep);
  let addonId: string;
  try {
    addonId = await browser.installExtension(addon.dir);
  } catch (e) {
    await stop();
    // Firefox's own words, e.g. "background.service_worker is currently disabled. Add background.scripts."
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\s*RemoteError@.*$/, '');
    throw new Error(`Firefox refused to install ${ZIP} (manifest background: ${JSON.stringify(addon.manifest.background)}): ${why}`);
  }
  const status = async () => {
    const found = (await listAddons(devtoolsPort)).find((a) => a.id === addonId);
    if (!found) throw new Error(`Firefox does not list the add-on ${addonId}`);
    return found;
  };
  const pages: Page[] = [];
  return {
    browser,
    get addonId() {
      return addonId;
    },
    manifest: addon.manifest,
    output,
    async open(url) {
      const page = await browser.newPage();
      pages.push(page);
      await page.goto(url);
      return page;
    },
    addon: status,
    async reinstall() {
      for (const page of pages.splice(0)) await page.close().catch(() => undefined);
      await browser.uninstallExtension(addonId);
      addonId = await browser.installExtension(addon.dir);
    },
    submissions: () => consoles.submissions(),
    close: stop,
  };
}

export const hasFirefox = (): boolean => existsSync(FIREFOX);

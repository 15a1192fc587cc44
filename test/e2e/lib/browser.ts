// Launches Debian's Chromium with the built extension, the simulated consoles reachable under
// their real hostnames through --host-resolver-rules.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startConsoles } from '../../consoles/server';
import { hostResolverRules, type ConsoleVariant, type Submission } from '../../consoles/fixtures';

export const DIST = resolve(import.meta.dirname, '../../../dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  readonly worker: Worker;
  port: number;
  /** Console messages of every page and of the service worker, for leak scans. */
  logs: string[];
  open(url: string): Promise<Page>;
  popup(): Promise<Page>;
  /** Resets the consoles to a variant and closes every page, so no tab reports stale progress. */
  reset(variant?: Partial<ConsoleVariant>): Promise<void>;
  submissions(): Promise<Submission[]>;
  close(): Promise<void>;
}

export async function launch(opts: { profile?: string; headless?: boolean; extension?: string } = {}): Promise<Session> {
  const extension = opts.extension ?? DIST;
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`No build at ${extension}: run "npm run build" first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const consoles = await startConsoles({ port: 0 });
  const rules = hostResolverRules(consoles.port);
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'duo-okta-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const logs: string[] = [];
  context.on('console', (m) => logs.push(m.text()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  let worker = context.serviceWorkers()[0];
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
      throw new Error('The extension has no service worker: Chromium rejected the built manifest (run Chromium with --enable-logging=stderr to see why).');
    });
  }
  const extensionId = new URL(worker.url()).host;
  await guideRegistered(worker);
  return {
    context,
    extensionId,
    // The live worker: a stopped one is replaced by the next it starts.
    get worker() {
      return context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).at(-1) ?? worker;
    },
    port: consoles.port,
    logs,
    async open(url) {
      const page = await context.newPage();
      page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
      await page.goto(url);
      return page;
    },
    async popup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
      // Storage read once: what it shows is the stored progress, not the empty first render.
      await page.waitForSelector('main[data-loaded]');
      return page;
    },
    async reset(variant = {}) {
      for (const page of context.pages()) await page.close();
      // In process: a variant the consoles do not know throws here instead of going unnoticed.
      consoles.reset(variant);
    },
    async submissions() {
      return consoles.submissions();
    },
    async close() {
      await context.close();
      await consoles.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The content scripts the background has registered: id and files (without a leading slash). */
export async function registeredScripts(worker: Worker): Promise<{ id: string; js: string[] }[]> {
  const got = await worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; js?: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((c) => ({ id: c.id, js: c.js ?? [] })),
  );
  return got.map((c) => ({ id: c.id, js: c.js.map((f) => f.replace(/^\//, '')) }));
}

/** A new profile's first setup registers the guide on install: pages opened before that would
 *  get none. */
export async function guideRegistered(worker: Worker, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await registeredScripts(worker)).length) return;
    if (Date.now() > deadline) throw new Error('the background never registered the guide\'s content script');
    await new Promise((r) => setTimeout(r, 50));
  }
}

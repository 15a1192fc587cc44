// Asks the test probe (../probe/probe.js, inside our add-on's content-script world) what it saw.
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox';
import { PROBE_URL } from './package';

export interface ProbeReport {
  runtimeId: string;
  /** Extension API methods the content scripts on the probe page read, per namespace. */
  used: { browser: string[]; chrome: string[] };
  session: { readable: true; keys: string[] } | { readable: false; why: string };
  /** The whole of storage.local and storage.sync as text: only ever searched, never printed. */
  local: string;
  sync: string;
}

export async function askProbe(page: Page): Promise<ProbeReport> {
  const read = () => page.evaluate(() => document.documentElement.getAttribute('data-duo-okta-guide-probe'));
  await page.evaluate(() => {
    document.documentElement.removeAttribute('data-duo-okta-guide-probe');
    document.dispatchEvent(new CustomEvent('duo-okta-guide-probe'));
  });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-duo-okta-guide-probe'), { timeout: 5_000 }).catch(() => {
    throw new Error(`the test probe did not answer on ${page.url()}: Firefox did not run it (is it in the installed manifest?)`);
  });
  const report = JSON.parse((await read())!) as ProbeReport;
  // Nothing read from storage stays in the page.
  await page.evaluate(() => document.documentElement.removeAttribute('data-duo-okta-guide-probe'));
  return report;
}

/** Opens the probe's page and asks it; with `waitForGuide`, once the guide there has spoken to
 *  its background (what the namespace check needs), else at once (storage is all that is asked). */
export async function probe(s: FirefoxSession, opts: { waitForGuide: boolean }): Promise<{ page: Page; report: ProbeReport }> {
  const page = await s.open(PROBE_URL);
  const deadline = Date.now() + (opts.waitForGuide ? 10_000 : 0);
  for (;;) {
    const report = await askProbe(page);
    const all = [...report.used.browser, ...report.used.chrome];
    if (all.some((m) => m.endsWith('runtime.sendMessage')) || Date.now() > deadline) return { page, report };
    await new Promise((r) => setTimeout(r, 200));
  }
}

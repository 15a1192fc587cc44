// The guide runs on console pages only while a setup runs: its content script is registered with
// `scripting.registerContentScripts` then, and unregistered when the setup is done or paused, so
// a console page afterwards runs no extension code at all. Pages open when a setup starts or
// resumes get the guide injected; pages open when it pauses are told to put it away.
import browser from 'webextension-polyfill';
import { DUO_MATCHES, GUIDE_EXCLUDES, GUIDE_FILES, GUIDE_MATCHES, HELP_FILE, OKTA_MATCHES } from './guide-where';

/** One registered script per console side: each page loads only its console's half of the guide. */
const SCRIPTS = [
  { id: 'guide-duo', js: [GUIDE_FILES.duo], matches: DUO_MATCHES },
  { id: 'guide-okta', js: [GUIDE_FILES.okta], matches: OKTA_MATCHES },
];
const IDS = SCRIPTS.map((s) => s.id);
let registered: boolean | null = null;

async function isRegistered(): Promise<boolean> {
  registered ??= (await browser.scripting.getRegisteredContentScripts({ ids: IDS })).length > 0;
  return registered;
}

/** Registers or unregisters the guide to match whether a setup runs (at document_idle, the
 *  default; top frame only). `wake`: also start it in the console tabs already open; `sleep`: put
 *  it away in them. */
export async function runGuide(running: boolean, opts: { wake?: boolean; sleep?: boolean } = {}): Promise<void> {
  if (running) {
    if (!(await isRegistered())) {
      await browser.scripting.registerContentScripts(SCRIPTS.map((s) => ({ ...s, excludeMatches: GUIDE_EXCLUDES, allFrames: false, persistAcrossSessions: true })));
      registered = true;
    }
    // Also when it was registered all along: a tab whose guide stopped (it read the paused state
    // before the background had put it away) gets it again; a running copy hands over to the new.
    if (opts.wake) {
      for (const s of SCRIPTS) await inOpenTabs(s.matches, (id) => browser.scripting.executeScript({ target: { tabId: id }, files: s.js }));
    }
  } else if (!running && (await isRegistered())) {
    await browser.scripting.unregisterContentScripts({ ids: IDS });
    registered = false;
    if (opts.sleep) await inOpenTabs(GUIDE_MATCHES, (id) => browser.tabs.sendMessage(id, { type: 'sleep' }));
  }
}

/** The on-demand help, into the top frame of the tab whose guide asked for it. */
export async function injectHelp(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [HELP_FILE] });
}

async function inOpenTabs(matches: string[], act: (tabId: number) => Promise<unknown>): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  // A tab that cannot take it (still loading, an error page) is simply left: its next load decides.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : act(tab.id).catch(() => undefined))));
}

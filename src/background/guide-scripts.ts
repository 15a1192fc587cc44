// The guide runs on console pages only while a setup runs: its content script is registered with
// `scripting.registerContentScripts` then, and unregistered when the setup is done or paused, so
// a console page afterwards runs no extension code at all. Pages open when a setup starts or
// resumes get the guide injected; pages open when it pauses are told to put it away.
import browser from 'webextension-polyfill';
import { GUIDE_EXCLUDES, GUIDE_FILE, GUIDE_MATCHES } from './guide-where';

const ID = 'guide';
let registered: boolean | null = null;

async function isRegistered(): Promise<boolean> {
  registered ??= (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  return registered;
}

/** Registers or unregisters the guide to match whether a setup runs. `wake`: also start it in the
 *  console tabs already open; `sleep`: put it away in them. */
export async function runGuide(running: boolean, opts: { wake?: boolean; sleep?: boolean } = {}): Promise<void> {
  if (running && !(await isRegistered())) {
    await browser.scripting.registerContentScripts([
      { id: ID, js: [GUIDE_FILE], matches: GUIDE_MATCHES, excludeMatches: GUIDE_EXCLUDES, allFrames: false, persistAcrossSessions: true },
    ]);
    registered = true;
    if (opts.wake) await inOpenTabs((id) => browser.scripting.executeScript({ target: { tabId: id }, files: [GUIDE_FILE] }));
  } else if (!running && (await isRegistered())) {
    await browser.scripting.unregisterContentScripts({ ids: [ID] });
    registered = false;
    if (opts.sleep) await inOpenTabs((id) => browser.tabs.sendMessage(id, { type: 'sleep' }));
  }
}

async function inOpenTabs(act: (tabId: number) => Promise<unknown>): Promise<void> {
  const tabs = await browser.tabs.query({ url: GUIDE_MATCHES });
  // A tab that cannot take it (still loading, an error page) is simply left: its next load decides.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : act(tab.id).catch(() => undefined))));
}

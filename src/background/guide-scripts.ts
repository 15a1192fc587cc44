// The guide runs on console pages only while a setup runs: its content scripts are registered with
// `scripting.registerContentScripts` then, and unregistered when the setup is done or paused, so
// a console page afterwards runs no extension code at all. Pages open when a setup starts or
// resumes get the guide injected; pages open when it pauses are told to put it away. The scripts
// are those of the flow in use: when it changes, the other flow's take their place, in open tabs too.
import browser from 'webextension-polyfill';
import type { FlowId } from '../guides/types';
import { readStringsAhead } from './strings';
import { DUO_MATCHES, GUIDE_EXCLUDES, guideFile, GUIDE_MATCHES, OKTA_MATCHES, partFile, type Part } from './guide-where';

/** One registered script per console side: each page loads only its console's half of the guide. */
const scripts = (flow: FlowId) => [
  { id: 'guide-duo', js: [guideFile('duo', flow)], matches: DUO_MATCHES },
  { id: 'guide-okta', js: [guideFile('okta', flow)], matches: OKTA_MATCHES },
];
const IDS = ['guide-duo', 'guide-okta'];
/** The registered scripts' file, or null when none are; undefined until asked (the worker restarted). */
let registered: string | null | undefined;

async function registeredFile(): Promise<string | null> {
  if (registered === undefined) {
    const found = await browser.scripting.getRegisteredContentScripts({ ids: IDS });
    // The file's name: a browser may report it as a path or a URL.
    registered = found.find((s) => s.id === 'guide-okta')?.js?.[0]?.split('/').pop() ?? null;
  }
  return registered;
}

/** Registers or unregisters the guide to match whether a setup runs (at document_idle, the
 *  default; top frame only), with the flow's scripts. `wake`: also start it in the console tabs
 *  already open (as a change of flow does); `sleep`: put it away in them. */
export async function runGuide(running: boolean, flow: FlowId, opts: { wake?: boolean; sleep?: boolean } = {}): Promise<void> {
  const now = await registeredFile();
  if (running) {
    const file = guideFile('okta', flow);
    if (now !== file || opts.wake) await readStringsAhead();
    if (now !== file) {
      if (now) await browser.scripting.unregisterContentScripts({ ids: IDS });
      await browser.scripting.registerContentScripts(scripts(flow).map((s) => ({ ...s, excludeMatches: GUIDE_EXCLUDES, allFrames: false, persistAcrossSessions: true })));
      registered = file;
    }
    // Also when it was registered all along: a tab whose guide stopped (it read the paused state
    // before the background had put it away) gets it again; a running copy hands over to the new.
    if (opts.wake || (now && now !== file)) {
      for (const s of scripts(flow)) await inOpenTabs(s.matches, (id) => browser.scripting.executeScript({ target: { tabId: id }, files: s.js }));
    }
  } else if (now) {
    await browser.scripting.unregisterContentScripts({ ids: IDS });
    registered = null;
    if (opts.sleep) await inOpenTabs(GUIDE_MATCHES, (id) => browser.tabs.sendMessage(id, { type: 'sleep' }));
  }
}

/** A part of the guide, into the top frame of the tab whose guide asked for it. */
export async function injectPart(tabId: number, part: Part): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [partFile(part)] });
}

async function inOpenTabs(matches: string[], act: (tabId: number) => Promise<unknown>): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  // A tab that cannot take it (still loading, an error page) is simply left: its next load decides.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : act(tab.id).catch(() => undefined))));
}

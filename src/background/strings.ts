// Reads the content scripts' messages ahead into storage.local (see STRINGS_KEY in src/i18n.ts),
// before the guide is registered, in the browser's language, for this version: a page's guide then
// starts without the synchronous fetch of the message bundle its first getMessage would make.
import browser from 'webextension-polyfill';
import { MARKERS, STRINGS_KEY, type Strings } from '../i18n';

/** Called when the guide is registered or brought to open tabs, and when the browser starts or the
 *  extension is installed or updated (a new language or version). */
export async function readStringsAhead(): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const lang = browser.i18n.getUILanguage();
  try {
    const stored = (await browser.storage.local.get(STRINGS_KEY))[STRINGS_KEY] as Partial<Strings> | undefined;
    if (stored?.version === version && stored.lang === lang && stored.messages) return;
    const messages = Object.fromEntries(__CONTENT_KEYS__.map((key) => [key, browser.i18n.getMessage(key, MARKERS)]));
    await browser.storage.local.set({ [STRINGS_KEY]: { version, lang, messages } satisfies Strings });
  } catch {
    // Not stored: the guide asks the browser's i18n API, as it does for a key missing here.
  }
}

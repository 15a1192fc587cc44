// Who may talk to the background: our own content script in the top frame of a real console tab,
// or our own extension pages. Everything is judged from the parsed URL the browser reports.
import type { Runtime } from 'webextension-polyfill';
import { identifyConsole, type ConsoleId } from '../engine/hosts';

export function contentSender(sender: Runtime.MessageSender, ownId: string): ConsoleId | null {
  if (sender.id !== ownId || !sender.tab || sender.frameId !== 0) return null;
  const url = sender.url ?? sender.tab.url;
  if (!url) return null;
  const here = identifyConsole(url);
  // The tab's own URL must be the same console: a frame or a navigated tab cannot borrow a host.
  const tab = sender.tab.url ? identifyConsole(sender.tab.url) : here;
  if (!here || !tab || tab.origin !== here.origin) return null;
  const origin = (sender as { origin?: string }).origin;
  if (origin !== undefined && origin !== here.origin) return null;
  return here;
}

/** Our popup (also when opened in a tab): only extension pages have our chrome-extension:// URL. */
export function isExtensionPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** The pathname of the sender's page, for fill checks. */
export function senderPath(sender: Runtime.MessageSender): string {
  try {
    return new URL(sender.url ?? '').pathname;
  } catch {
    return '';
  }
}

/** The pathname the sender's tab shows now. A single-page console moves between pages with
 *  history.pushState, which the tab's URL follows and `sender.url` (the document's first URL) does
 *  not; only top-frame senders get here (`contentSender`), so the tab's URL is theirs. */
export function tabPath(sender: Runtime.MessageSender): string {
  try {
    return new URL(sender.tab?.url ?? sender.url ?? '').pathname;
  } catch {
    return '';
  }
}

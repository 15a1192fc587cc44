// Runs code in our content script's isolated world on a page (through the DevTools protocol), to
// send forged messages exactly as a compromised content script on that page could.
import type { Page } from 'playwright-core';

export async function inContentScript<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const ctx = contexts.find((c) => c.origin === `chrome-extension://${extensionId}` || (c.auxData?.type === 'isolated' && c.origin.includes(extensionId)));
  if (!ctx) throw new Error(`no content-script world on ${page.url()}`);
  const result = (await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true })) as {
    result: { value: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value;
}

/** Sends a message from the content script's world; resolves with the background's reply. A
 *  refusal arrives as no reply, or as null when the background's handler resolved to nothing. */
export function forge(page: Page, extensionId: string, message: unknown): Promise<unknown> {
  return inContentScript(page, extensionId, `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r == null ? '(no reply)' : r, (e) => 'error: ' + e.message)`);
}

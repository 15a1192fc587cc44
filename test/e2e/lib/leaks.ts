// Where the secret must never be: storage.local and sync, any console line of pages or worker,
// the overlay's DOM, the clipboard. Returns the places it was found (never the secret itself).
import type { Page } from 'playwright-core';
import type { Session } from './browser';

export async function leaks(s: Session, pages: Page[], secret: string): Promise<string[]> {
  const found: string[] = [];
  const stored = await s.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> } }).chrome;
    return JSON.stringify([await c.storage.local!.get(null), await c.storage.sync!.get(null)]);
  });
  if (stored.includes(secret)) found.push('storage.local or storage.sync');
  if (s.logs.some((line) => line.includes(secret))) found.push('a console message');
  for (const page of pages) {
    if (page.isClosed()) continue;
    const overlayText = await page.evaluate(() => {
      const root = document.querySelector('[data-duo-okta-guide]')?.shadowRoot;
      if (!root) return '';
      const values = Array.from(root.querySelectorAll('input,textarea'), (e) => (e as HTMLInputElement).value);
      return root.innerHTML + values.join('\n');
    });
    if (overlayText.includes(secret)) found.push(`the overlay on ${page.url()}`);
  }
  // The clipboard is read from a focused page; a read that fails is reported, never taken as empty.
  const reader = pages.filter((p) => !p.isClosed()).at(-1);
  if (reader) {
    await reader.bringToFront();
    const clip = await reader.evaluate(() => navigator.clipboard.readText().catch(() => null)).catch(() => null);
    if (clip === null) found.push('the clipboard (could not be read)');
    else if (clip.includes(secret)) found.push('the clipboard');
  }
  return found;
}

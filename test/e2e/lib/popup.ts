// Reading the popup's checklist (test contract items 4 and 5).
import { expect } from 'vitest';
import { guideFile } from '../../../src/background/guide-where';
import type { FlowId } from '../../../src/guides/types';
import { registeredScripts, type Session } from './browser';

export interface PopupStep {
  id: string;
  title: string;
  state: string;
  group: string;
}

export async function popupSteps(s: Session): Promise<PopupStep[]> {
  const popup = await s.popup();
  await popup.waitForSelector('main[data-loaded] li[data-state]');
  const steps = await popup.locator('li[data-state]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-step') ?? '',
      title: el.querySelector('.title')?.textContent ?? '',
      state: el.getAttribute('data-state') ?? '',
      group: el.closest('section')?.getAttribute('aria-labelledby')?.replace(/^g-/, '') ?? '',
    })),
  );
  await popup.close();
  return steps;
}

export async function chooseFlow(s: Session, flow: FlowId): Promise<void> {
  const popup = await s.popup();
  await popup.locator(`input[name="flow"][value="${flow}"]`).check();
  await popup.waitForFunction((f) => (document.querySelector('input[name="flow"]:checked') as HTMLInputElement | null)?.value === f, flow);
  await popup.close();
  // The radio ticks at once; the background stores the flow and swaps the registered scripts
  // after. A page opened before that would load the old flow's script.
  const want = [guideFile('duo', flow), guideFile('okta', flow)];
  await expect
    .poll(async () => {
      const stored = await s.worker.evaluate(async () => {
        const { progress } = await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('progress');
        return (progress as { flow?: string } | undefined)?.flow;
      });
      const files = (await registeredScripts(s.worker)).flatMap((c) => c.js);
      return stored === flow && (files.length === 0 || want.every((f) => files.includes(f)));
    }, { timeout: 5000 })
    .toBe(true);
}

type Chrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

export async function startOver(s: Session): Promise<void> {
  const popup = await s.popup();
  popup.on('dialog', (d) => void d.accept());
  await popup.getByRole('button', { name: 'Start over' }).click();
  await popup.waitForFunction(() => document.querySelectorAll('li[data-state="done"]').length === 0);
  await popup.close();
}

// How a person finds and works the controls a seeded console shape renders (test/consoles/shapes.ts):
// a dialog with or without role=dialog, a button of any kind whose name may add words to its text,
// and a select that is native, Chosen's widget over a hidden select, or an MUI combobox. Found with
// Playwright's own locators, independently of the extension's.
import type { Locator, Page } from 'playwright-core';
import { atStep } from './walk';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The open dialog: role=dialog, or SimpleModal's container (Courage's dialogs carry no role). */
export const dialogOf = (page: Page): Locator => page.locator('[role=dialog], #simplemodal-container');

/** A button by its visible text, whatever its kind and whatever an aria-label adds after it. */
export const buttonOf = (scope: Locator | Page, text: string): Locator => scope.getByRole('button', { name: new RegExp(`^${esc(text)}\\b`) });

export type SelectKind = 'native' | 'chosen' | 'combobox';

/** The select the admin sees for a field label, and which kind it is. */
export async function selectShown(page: Page, scope: Locator | Page, label: string): Promise<{ kind: SelectKind; widget: Locator }> {
  // A native select is named by its label; MUI's combobox by its label and then its value.
  const named = scope.getByRole('combobox', { name: new RegExp(`^${esc(label)}( |$)`) });
  const chosen = scope.locator('[data-se^="o-form-fieldset"]').filter({ has: page.getByText(label, { exact: true }) }).locator('.chzn-container');
  await named.or(chosen).first().waitFor();
  if (await chosen.count()) return { kind: 'chosen', widget: chosen.first() };
  const tag = await named.first().evaluate((el) => el.tagName);
  return { kind: tag === 'SELECT' ? 'native' : 'combobox', widget: named.first() };
}

/** What the select shows as chosen. */
export async function shownChoice(page: Page, scope: Locator | Page, label: string): Promise<string> {
  const { kind, widget } = await selectShown(page, scope, label);
  if (kind === 'native') return widget.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '');
  return ((await (kind === 'chosen' ? widget.locator('.chzn-single span') : widget).textContent()) ?? '').trim();
}

/** At the step, with the highlight on the widget the admin sees, chooses an option as a person
 *  would: a native select with the keyboard (a trusted change), a widget by clicking it open and
 *  clicking the option in the list it shows. Returns the select's kind. */
export async function choose(page: Page, step: string, scope: Locator | Page, label: string, option: string): Promise<SelectKind> {
  const { kind, widget } = await selectShown(page, scope, label);
  await atStep(page, step, widget);
  if (kind === 'native') {
    await widget.focus();
    for (let i = 0; i < 10 && (await shownChoice(page, scope, label)) !== option; i++) await widget.press('ArrowDown');
  } else {
    await widget.click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  return kind;
}

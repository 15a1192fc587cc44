// Evaluating a guide's conditions against a page: the DOM, its path and which console it is.
import type { ConsoleKind } from './hosts';
import { controlValues } from './controls';
import { locate, valueNear, type Locator } from './locate';
import type { Cond, Step } from '../guides/types';

export interface PageView {
  root: ParentNode;
  kind: ConsoleKind;
  /** location.pathname + location.hash */
  path: string;
  /** The captured integration key, when there is one. */
  ikey?: string;
}

const SAVED_KEY: Locator = { any: [{ text: /^DI[A-Z0-9]{18}$/, scope: 'main' }], describe: 'look_saved_integration_key' };

export function holds(cond: Cond, page: PageView): boolean {
  if ('all' in cond) return cond.all.every((c) => holds(c, page));
  if ('any' in cond) return cond.any.some((c) => holds(c, page));
  if ('not' in cond) return !holds(cond.not, page);
  if ('console' in cond) return page.kind === cond.console;
  if ('path' in cond) return cond.path.test(page.path);
  if ('find' in cond) return locate(page.root, cond.find) !== null;
  if ('beside' in cond) {
    const near = valueNear(page.root, cond.beside);
    return near.value !== null && cond.matches.test(near.value);
  }
  if ('savedKey' in cond) {
    const shown = locate(page.root, SAVED_KEY);
    return !!shown && (!page.ikey || shown.textContent?.trim() === page.ikey);
  }
  if ('value' in cond) {
    const el = locate(page.root, cond.value);
    // A select by its value or its chosen option's text; a widget by what it shows.
    return !!el && controlValues(el).some((v) => cond.matches.test(v));
  }
  const el = locate(page.root, cond.checked) as HTMLInputElement | null;
  if (!el) return false;
  return el.checked === true || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-checked') === 'true';
}

/** Which of these steps the page is the place of, and which it shows as done. */
export function observe(steps: Step[], page: PageView): { at: string[]; done: string[] } {
  const at: string[] = [];
  const done: string[] = [];
  for (const step of steps) {
    if (step.at && holds(step.at, page)) at.push(step.id);
    if (step.done && holds(step.done, page)) done.push(step.id);
  }
  return { at, done };
}

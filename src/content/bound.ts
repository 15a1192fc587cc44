// The callout's line about where the captured keys go, on the Duo side and on every Okta page.
// It only shows what the background decided (src/engine/binding.ts); the background refuses a fill
// elsewhere whatever a page shows.
import type { ConsoleId } from '../engine/hosts';
import type { State } from '../engine/progress';
import { t } from '../i18n';
import type { View } from './overlay';

export function boundView(state: State, here: ConsoleId): View['bound'] {
  const captured = state.captured;
  if (!captured) return undefined;
  const org = captured.org;
  if (!org) return { text: t('bound_none') };
  if (here.side === 'okta' && here.account !== org) return { text: t(['bound_elsewhere', org, here.account]), warn: true };
  return { text: t(['bound_to', org]) };
}

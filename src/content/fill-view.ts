// The callout on Okta's form while the keys go into it: pure, unit-tested without a browser. Loaded
// with the fill part (./parts/fill.ts), not with every page's guide.
import type { Credentials } from '../engine/credentials';
import { UNVERIFIED } from '../engine/oidc';
import type { State } from '../engine/progress';
import type { Step } from '../guides/types';
import { list, t, type MessageKey } from '../i18n';
import { sourceValue } from './fill';
import type { ActionView, CalloutView, Here } from './views';

/** Offered where the keys are missing: to the Duo Admin Panel for them. Kept here, not in views.ts:
 *  this file imports only types from there, so the fill part carries no copy of the core's views. */
export const openDuo = (): ActionView => ({ id: 'open-duo', label: t('action_open_duo'), primary: true });

/** Where the fill stands on the form's page. */
export type FillStatus =
  | { kind: 'ready'; busy: boolean }
  /** Fields hold other values: replace them or keep them? */
  | { kind: 'differs'; fields: MessageKey[] };

/** The Fill button names the org the keys go into; what it will write shows before the click. */
export function fillView(view: CalloutView, state: State, here: Here, step: Step, status: FillStatus): CalloutView {
  const captured = state.captured;
  const fill: ActionView = {
    id: 'fill',
    label: t(['action_fill_into', here.account]),
    name: t(['action_fill_name', list(step.fill!.fields.map((f) => f.name)), here.account]),
    primary: true,
    guarded: true,
  };
  if (!captured || !captured.secret) {
    // The Fill button stays in its place, disabled, so the admin sees what the step is for.
    return { ...view, message: { text: t(captured ? 'fill_secret_gone' : 'fill_no_keys'), error: true }, actions: [openDuo(), { ...fill, primary: false, disabled: true }, ...view.actions] };
  }
  if (status.kind === 'differs') {
    return {
      ...view,
      message: { text: t(['fill_differs', list(status.fields)]), error: true },
      actions: [
        { id: 'replace', label: t('action_replace'), name: t('action_replace_name'), primary: true, guarded: true },
        { id: 'keep', label: t('action_keep'), name: t('action_keep_name'), guarded: true },
        ...view.actions,
      ],
    };
  }
  const preview = describeFill(step, captured);
  return { ...view, help: `${preview}${view.help ? ` ${view.help}` : ''}`, actions: [{ ...fill, disabled: status.busy }, ...view.actions] };
}

/** What the Fill button will write, shown before the click; the secret only as a mask. */
function describeFill(step: Step, captured: NonNullable<State['captured']>): string {
  const creds: Credentials = { ikey: captured.ikey, host: captured.host, skey: '' };
  return step.fill!.fields
    .map(({ name, source }) => {
      if (source === 'skey') return t(['fill_preview_secret', [name]]);
      const unverified = typeof source === 'string' && (UNVERIFIED as readonly string[]).includes(source);
      return t([unverified ? 'fill_preview_unverified' : 'fill_preview', [name], sourceValue(source, creds)]);
    })
    .join('; ');
}

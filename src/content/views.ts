// What the callout shows, as pure functions of the stored state, the step and what the controller
// read off the page: no DOM, no browser API, so each view is unit-tested without a browser. Buttons
// are named by what they do (`ActionId`); the controller wires them to the page and the background.
import type { Credentials } from '../engine/credentials';
import type { ConsoleId } from '../engine/hosts';
import { UNVERIFIED } from '../engine/oidc';
import { flowOf } from '../guides';
import type { FlowId, Step, Warning } from '../guides/types';
import { t, type MessageKey } from '../i18n';
import type { State } from '../engine/progress';
import { boundView } from './bound';
import type { Reading } from './capture';
import { sourceValue } from './fill';
import type { View } from './overlay';

export type ActionId =
  | 'back' | 'done' | 'skip' | 'pause'
  | 'open-duo' | 'open-okta'
  | 'fill' | 'replace' | 'keep'
  | 'read-again' | 'replace-keys' | 'keep-keys'
  | 'teach' | 'cancel-teach' | 'diagnostics' | 'copy-text';

export interface ActionView {
  id: ActionId;
  label: string;
  name?: string;
  primary?: boolean;
  disabled?: boolean;
  /** Acts only if the admin could see what they clicked (the overlay checks the click). */
  guarded?: boolean;
}

export type CalloutView = Omit<View, 'actions'> & { actions: ActionView[] };

type Here = Pick<ConsoleId, 'kind' | 'side' | 'account'>;

const CONSOLE_NAMES: Record<ConsoleId['kind'], MessageKey> = {
  'duo-signin': 'console_duo_signin',
  'duo-admin': 'console_duo_admin',
  'okta-admin': 'console_okta_admin',
  'okta-user': 'console_okta_user',
};
/** "in the Okta admin console": a phrase of its own, so a language can make its words agree. */
const IN_CONSOLE: Record<ConsoleId['kind'], MessageKey> = {
  'duo-signin': 'in_console_duo_signin',
  'duo-admin': 'in_console_duo_admin',
  'okta-admin': 'in_console_okta_admin',
  'okta-user': 'in_console_okta_user',
};

let lists: Intl.ListFormat | undefined;
/** Names joined the way the messages' language joins a list ("A, B and C"). */
export const list = (keys: MessageKey[]): string => (lists ??= new Intl.ListFormat(t('locale_lang'), { type: 'conjunction' })).format(keys.map((k) => t(k)));

/** The step as the callout shows it on any page: where it is, what to do, the admin's own moves. */
export function stepView(state: State, here: Here, step: Step, message?: View['message']): CalloutView {
  const flow = flowOf(state.flow);
  const index = flow.steps.indexOf(step);
  const elsewhere = step.console !== here.kind && !(step.console.startsWith('duo') && here.side === 'duo');
  return {
    flow: flow.id,
    step: step.id,
    meta: elsewhere
      ? t(['callout_meta_elsewhere', [CONSOLE_NAMES[here.kind]], index + 1, flow.steps.length, [IN_CONSOLE[step.console]]])
      : t(['callout_meta', [CONSOLE_NAMES[here.kind]], index + 1, flow.steps.length]),
    title: t(step.title),
    instruction: t(step.instruction),
    help: step.help && t(step.help),
    bound: boundView(state, here as ConsoleId),
    message,
    actions: [
      { id: 'back', label: t('action_back'), name: t('action_back_name') },
      { id: 'done', label: t('action_mark_done') },
      // Break-glass is skipped only by saying one exists.
      step.breakGlass ? { id: 'skip', label: t('action_break_glass') } : { id: 'skip', label: t('action_skip'), name: t('action_skip_name') },
      { id: 'pause', label: t('action_pause'), name: t('action_pause_name') },
    ],
  };
}

/** Warnings that apply here (the controller judged them against the page and the state), and the
 *  username check's line; a warning with text to copy gets its Copy button. */
export function notesView(view: CalloutView, warnings: Warning[], username?: { user: string; format: string; fits: boolean }): CalloutView {
  const lines = warnings.map((w) => t(w.text));
  if (username) lines.push(t([username.fits ? 'username_fits' : 'username_differs', username.user, username.format]));
  if (!lines.length || view.message) return view;
  const copy = warnings.some((w) => w.copy) ? [{ id: 'copy-text' as const, label: t('action_copy_text') }] : [];
  return { ...view, message: { text: lines.join(' '), error: warnings.length > 0 }, actions: [...copy, ...view.actions] };
}

/** A step of the other console: say where it is and offer to open it; nothing to mark here. */
export function otherSideView(view: CalloutView, state: State, here: Here): CalloutView {
  const captured = state.captured;
  if (here.side === 'duo') {
    return {
      ...view,
      instruction: captured ? t(['other_side_duo_done_keys', captured.ikey, captured.host, view.title]) : t(['other_side_duo_done', view.title]),
      actions: state.okta ? [{ id: 'open-okta', label: t('action_open_okta'), primary: true }] : [],
    };
  }
  return { ...view, instruction: t(['other_side_duo_first', view.title, view.instruction]), actions: [openDuo()] };
}

const openDuo = (): ActionView => ({ id: 'open-duo', label: t('action_open_duo'), primary: true });

export function doneView(flow: FlowId, here: Here): CalloutView {
  return { flow, step: '', meta: t(CONSOLE_NAMES[here.kind]), title: t('done_title'), instruction: t('done_instruction'), actions: [] };
}

/** The control is missing: what was looked for; after a while, the ways out. */
export function notFoundView(view: CalloutView, lookedFor: MessageKey, offerHelp: boolean): CalloutView {
  const help: ActionView[] = offerHelp
    ? [
        { id: 'teach', label: t('action_teach'), name: t('action_teach_name') },
        { id: 'diagnostics', label: t('action_copy_diagnostics'), name: t('action_copy_diagnostics_name') },
      ]
    : [];
  return { ...view, lookedFor: t(lookedFor), actions: [...view.actions, ...help] };
}

export function teachView(view: CalloutView): CalloutView {
  return { ...view, instruction: t('teach_instruction'), help: undefined, actions: [{ id: 'cancel-teach', label: t('action_cancel') }] };
}

/** Where the capture stands on the keys' page. */
export type CaptureStatus =
  | { kind: 'reading' }
  /** The page is not the Okta application's own page (a message key). */
  | { kind: 'refused'; why: MessageKey }
  /** The background asks before these keys replace those held from elsewhere. */
  | { kind: 'confirm'; question: string }
  /** Read once and forgotten since: only the admin reads it again. */
  | { kind: 'forgotten' };

export function captureView(view: CalloutView, reading: Reading, status: CaptureStatus, revealDescribe: MessageKey): CalloutView {
  if (reading.kind === 'masked') return { ...view, instruction: t('capture_click_show'), lookedFor: reading.reveal ? undefined : t(revealDescribe) };
  if (reading.kind === 'missing') return { ...view, message: { text: t(['capture_missing', list(reading.what)]), error: true } };
  switch (status.kind) {
    case 'refused':
      return { ...view, message: { text: t(status.why), error: true } };
    case 'confirm':
      return {
        ...view,
        message: { text: status.question, error: true },
        actions: [{ id: 'replace-keys', label: t('action_replace_keys'), primary: true, guarded: true }, { id: 'keep-keys', label: t('action_keep_keys') }, ...view.actions],
      };
    case 'forgotten':
      return {
        ...view,
        message: { text: t('capture_forgotten') },
        actions: [{ id: 'read-again', label: t('action_read_again'), name: t('action_read_again_name'), primary: true }, ...view.actions],
      };
    case 'reading':
      return view;
  }
}

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

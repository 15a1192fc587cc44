// What the callout shows, as pure functions of the stored state, the step and what the controller
// read off the page: no DOM, no browser API, so each view is unit-tested without a browser. Buttons
// are named by what they do (`ActionId`); the controller wires them to the page and the background.
import type { ConsoleId } from '../engine/hosts';
import { flowOf } from '../guides';
import type { FlowId, Step, Warning } from '../guides/types';
import { t, type MessageKey } from '../i18n';
import { openDuo } from './fill-view';
import type { State } from '../engine/progress';
import { boundView } from './bound';
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

export type Here = Pick<ConsoleId, 'kind' | 'side' | 'account'>;

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

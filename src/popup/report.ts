// The setup report: Markdown an admin pastes into a change ticket. Built from stored state alone,
// which never holds the secret: the Duo account and application (integration key, API hostname),
// the Okta org and flow, each step with its state and when, what was skipped and why, and the
// verification results. Nothing is sent anywhere; the popup copies it.
import { CLIENT_NAMES, CREDENTIAL_NAMES } from '../engine/credentials';
import { checksOf, isComplete, isVerified, markedAt, stepStates, wasSeen, type State } from '../engine/progress';
import { flowOf } from '../guides';
import { t, type MessageKey } from '../i18n';

const STATE_WORDS: Record<string, MessageKey> = { done: 'state_done', current: 'state_current', pending: 'state_pending', skipped: 'state_skipped' };
// Table cells: a title never breaks the Markdown table.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function setupReport(state: State, now: number, date: (ms: number) => string): string {
  const flow = flowOf(state.flow);
  const steps = stepStates(state, flow);
  // Keys held now, or, once the setup finished (which forgets them), the application it connected.
  const c = state.captured ?? (state.finishedAt !== null ? state.history.at(-1)?.app : undefined);
  const lines = [`# ${t('report_heading')}`, '', `- ${t(['report_made', date(now)])}`, `- ${t(['report_duo', state.duo ?? '—'])}`];
  if (c) lines.push(`- ${t(['report_duo_app', [c.labels === 'client' ? CLIENT_NAMES.ikey! : CREDENTIAL_NAMES.ikey], c.ikey, c.host])}`);
  lines.push(`- ${t(['report_okta', state.okta ?? '—'])}`, `- ${t(['report_flow', [flow.title]])}`);
  lines.push(`- ${t(isComplete(state) && isVerified(state, flow) ? 'report_verified' : 'report_not_verified')}`, '', `## ${t('report_steps')}`, '', t('report_columns'), '|---|---|---|---|');
  steps.forEach(({ step, state: s }, i) => {
    const when = s === 'done' || s === 'skipped' ? markedAt(state, step) : undefined;
    const word = s === 'skipped' && step.breakGlass ? 'state_skipped_break_glass' : STATE_WORDS[s]!;
    lines.push(`| ${i + 1} | ${cell(t(step.title))} | ${t(word)} | ${when ? date(when) : ''} |`);
  });
  const skipped = steps.filter((s) => s.state === 'skipped');
  lines.push('', `## ${t('report_skipped')}`, '');
  if (!skipped.length) lines.push(`- ${t('report_none')}`);
  for (const { step } of skipped) lines.push(`- ${t(step.title)}: ${t(step.breakGlass ? 'report_skip_break_glass' : 'report_skip_admin')}`);
  lines.push('', `## ${t('report_checks')}`, '');
  for (const step of checksOf(flow)) {
    const s = steps.find((x) => x.step === step)!.state;
    const result = s === 'done' ? (wasSeen(state, step) ? 'report_check_seen' : 'report_check_marked') : s === 'skipped' ? 'report_skip_admin' : STATE_WORDS[s]!;
    lines.push(`- ${t(step.title)}: ${t(result)}`);
  }
  return `${lines.join('\n')}\n`;
}

// The popup: where the admin stands across both consoles, rendered from storage; every change goes
// to the background as a message.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CLIENT_NAMES, CREDENTIAL_NAMES } from '../engine/credentials';
import { adviseFlows, isFederal } from '../engine/flows';
import { adminHost } from '../engine/binding';
import { oktaAdminOrigin } from '../engine/hosts';
import { asState, checksOf, initialState, isComplete, isVerified, stepStates, wasSeen, type ForgetReason, type State, type StepState } from '../engine/progress';
import { FLOWS, flowOf } from '../guides';
import type { Step } from '../guides/types';
import { isMessageKey, t, type MessageKey } from '../i18n';
import { IDLE_MINUTES, Settings, type PopupMessage } from '../messages';
import { EXPIRY_KEY, idleFrom, SETTINGS_KEY } from '../background/secret';
import { LEARNED_KEY } from '../engine/learn';
import { setupReport } from './report';

const send = (msg: PopupMessage) => browser.runtime.sendMessage(msg);

const GROUPS: { id: Step['group']; title: MessageKey }[] = [
  { id: 'duo', title: 'group_duo' },
  { id: 'okta', title: 'group_okta' },
  { id: 'test', title: 'group_test' },
];

const STATE_WORDS: Record<StepState, MessageKey> = { done: 'state_done', current: 'state_current', pending: 'state_pending', skipped: 'state_skipped' };

interface Stored {
  /** False until storage has been read once: nothing shown before then is the admin's progress. */
  loaded: boolean;
  state: State;
  /** A message key (see src/background/store.ts). */
  notice: MessageKey | null;
  expires: number | null;
  idleMinutes: number;
  /** Whether the admin has shown the guide any control (storage.local `learned`). */
  learnedAny: boolean;
}

function useStorage(): Stored {
  const [value, setValue] = useState<Stored>({ loaded: false, state: initialState(), notice: null, expires: null, idleMinutes: IDLE_MINUTES.default, learnedAny: false });
  useEffect(() => {
    const read = async () => {
      const local = await browser.storage.local.get(['progress', 'notice', SETTINGS_KEY, LEARNED_KEY]);
      const session = await browser.storage.session.get(EXPIRY_KEY);
      setValue({
        loaded: true,
        state: asState(local.progress),
        notice: isMessageKey(local.notice) ? local.notice : null,
        expires: typeof session[EXPIRY_KEY] === 'number' ? (session[EXPIRY_KEY] as number) : null,
        idleMinutes: idleFrom(local[SETTINGS_KEY]),
        learnedAny: !!local[LEARNED_KEY] && Object.keys(local[LEARNED_KEY] as object).length > 0,
      });
    };
    void read();
    const onChanged = () => void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return value;
}

const FORGOT: Record<Exclude<ForgetReason, 'used'>, MessageKey> = {
  idle: 'forgot_idle',
  admin: 'forgot_admin',
  restart: 'forgot_restart',
  done: 'forgot_done',
};

/** Why the secret was forgotten, in words; a use names the org it was saved in. */
function whyForgotten(state: State): string {
  const f = state.forgotten!;
  return f.why === 'used' ? t(['forgot_used', state.captured?.org ?? '']) : t(FORGOT[f.why]);
}

const time = (ms: number) => new Date(ms).toLocaleTimeString(t('locale_lang'), { hour: '2-digit', minute: '2-digit' });

function IdleSetting({ minutes }: { minutes: number }) {
  const [error, setError] = useState<string | null>(null);
  const onChange = (ev: Event) => {
    // The schema the background applies decides: nothing it would refuse is sent.
    const msg = { type: 'settings', idleMinutes: Number((ev.currentTarget as HTMLInputElement).value) } as const;
    if (!Settings.safeParse(msg).success) {
      setError(t(['popup_idle_invalid', IDLE_MINUTES.min, IDLE_MINUTES.max]));
      return;
    }
    setError(null);
    void send(msg);
  };
  // One sentence for translators; the field goes where its placeholder is.
  const [before, after = ''] = t(['popup_idle', '\u0000']).split('\u0000');
  return (
    <p>
      <label>
        {before}
        <input type="number" name="idle" min={IDLE_MINUTES.min} max={IDLE_MINUTES.max} value={minutes} onChange={onChange} aria-describedby="idle-error" />
        {after}
      </label>
      {error && <span id="idle-error" class="error" role="alert">{error}</span>}
    </p>
  );
}

/** The one org the keys go to, and the admin's way to send them to another org seen: extension UI
 *  no page can reach. Re-targeting names both orgs before it happens. */
function Destination({ state }: { state: State }) {
  const bound = state.captured?.org ?? null;
  const [choice, setChoice] = useState<string | null>(null);
  const chosen = choice && state.orgs.includes(choice) ? choice : bound;
  const retarget = () => {
    if (!chosen || chosen === bound) return;
    const question = bound ? t(['confirm_retarget', adminHost(chosen), adminHost(bound)]) : t(['confirm_target', adminHost(chosen)]);
    if (confirm(question)) void send({ type: 'bind', org: chosen });
  };
  return (
    <section aria-labelledby="dest">
      <h2 id="dest">{t('popup_dest_heading')}</h2>
      <p>{bound ? t(['popup_dest_bound', adminHost(bound)]) : t('popup_dest_none')}</p>
      {state.orgs.length ? (
        <>
          <fieldset>
            <legend>{t('popup_orgs_legend')}</legend>
            {state.orgs.map((org) => (
              <label class="org" key={org}>
                <input type="radio" name="org" value={org} checked={org === chosen} onChange={() => setChoice(org)} /> {adminHost(org)}
              </label>
            ))}
          </fieldset>
          <button type="button" disabled={!chosen || chosen === bound} onClick={retarget}>{t('action_send_keys')}</button>
        </>
      ) : (
        <p class="muted">{t('popup_orgs_none')}</p>
      )}
    </section>
  );
}

/** Pause and resume the guide; when a setup is finished, start the next one; the dated history. */
function Setups({ state, complete }: { state: State; complete: boolean }) {
  const date = (ms: number) => new Date(ms).toLocaleString(t('locale_lang'), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="setups">
      <h2 id="setups">{t('popup_setups_heading')}</h2>
      {complete ? (
        <p>
          {t('popup_setup_finished')}{' '}
          <button type="button" class="primary" onClick={() => void send({ type: 'new-setup' })}>{t('action_new_setup')}</button>
        </p>
      ) : state.paused ? (
        <p>
          {t('popup_paused')}{' '}
          <button type="button" class="primary" onClick={() => void send({ type: 'pause', paused: false })}>{t('action_resume')}</button>
        </p>
      ) : (
        <p>
          {t('popup_running')}{' '}
          <button type="button" onClick={() => void send({ type: 'pause', paused: true })}>{t('action_pause')}</button>
        </p>
      )}
      {state.history.length > 0 && (
        <ul class="history">
          {state.history.map((h) => (
            <li key={h.at}>{t(['popup_history_line', date(h.at), h.duo ?? '—', h.okta ? adminHost(h.okta) : '—', [FLOWS[h.flow].title]])}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Copies the setup report: Markdown built from stored state, which holds no secret. */
function ReportButton({ state }: { state: State }) {
  const [status, setStatus] = useState<string | null>(null);
  const date = (ms: number) => new Date(ms).toLocaleString(t('locale_lang'), { dateStyle: 'medium', timeStyle: 'short' });
  const copy = async () => {
    await navigator.clipboard.writeText(setupReport(state, Date.now(), date));
    setStatus(t('popup_report_copied'));
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>{t('action_copy_report')}</button>
      {status && <p role="status" class="muted">{status}</p>}
    </>
  );
}

/** Asks the guide in the active tab for its report and copies it (it holds no keys, no user data). */
function DiagnosticsButton() {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const text = tab?.id === undefined ? null : await browser.tabs.sendMessage(tab.id, { type: 'diagnostics' }).catch(() => null);
    if (typeof text !== 'string') return setStatus(t('popup_diagnostics_no_tab'));
    await navigator.clipboard.writeText(text);
    setStatus(t('popup_diagnostics_copied'));
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>{t('action_copy_diagnostics')}</button>
      {status && <p role="status" class="muted">{status}</p>}
    </>
  );
}

export function App() {
  const { loaded, state, notice, expires, idleMinutes, learnedAny } = useStorage();
  const flow = flowOf(state.flow);
  const steps = stepStates(state, flow);
  const current = steps.find((s) => s.state === 'current')?.step;
  const engine = state.okta ? state.engines[state.okta] : undefined;
  const captured = state.captured;
  // As the background judges it: optional steps left open do not hold a setup back.
  const complete = isComplete(state);
  const verified = isVerified(state, flow);
  const unseen = checksOf(flow).filter((s) => !wasSeen(state, s)).length;
  const nextOkta = steps.find((s) => s.step.group !== 'duo' && (s.state === 'current' || s.state === 'pending'))?.step;

  const open = (url: string) => void browser.tabs.create({ url });
  const duoUrl = state.duo ? `https://${state.duo}/applications` : 'https://admin.duosecurity.com/';
  const oktaUrl = state.okta ? `${oktaAdminOrigin(state.okta)}${nextOkta?.href ?? '/admin/dashboard'}` : null;

  return (
    <main aria-busy={!loaded} data-loaded={loaded || undefined}>
      <h1>{t('popup_heading')}</h1>
      <p class="muted">
        {state.duo ? t(['popup_duo_account', state.duo]) : t('popup_duo_none')}
        <br />
        {!state.okta
          ? t('popup_okta_none')
          : engine
            ? t(['popup_okta_org_engine', state.okta, [engine === 'identity' ? 'engine_identity' : 'engine_classic']])
            : t(['popup_okta_org', state.okta])}
      </p>
      {notice && (
        <p class="notice" role="alert">
          {t(notice)}{' '}
          <button type="button" onClick={() => void send({ type: 'dismiss-notice' })}>{t('action_dismiss')}</button>
        </p>
      )}

      <fieldset>
        <legend>{t('popup_flow_legend')}</legend>
        {adviseFlows(engine, isFederal(state.duo)).map((advice) => (
          <label class="flow" key={advice.flow} data-applies={String(advice.applies)}>
            <input type="radio" name="flow" value={advice.flow} checked={advice.flow === flow.id} onChange={() => void send({ type: 'flow', flow: advice.flow })} />{' '}
            {t(FLOWS[advice.flow].title)}
            <small>{t(advice.why)}</small>
            {advice.flow === flow.id && <small>{t(FLOWS[advice.flow].summary)}</small>}
          </label>
        ))}
      </fieldset>

      <div class="checklist" data-verified={verified || undefined}>
      {GROUPS.map((group) => {
        const items = steps.filter((s) => s.step.group === group.id);
        return (
          items.length > 0 && (
            <section key={group.id} aria-labelledby={`g-${group.id}`}>
              <h2 id={`g-${group.id}`}>{t(group.title)}</h2>
              <ol>
                {items.map(({ step, state: s }) => (
                  <li key={step.id} data-state={s} data-step={step.id} data-skip={s === 'skipped' && step.breakGlass ? 'break-glass' : undefined} aria-current={s === 'current' ? 'step' : undefined}>
                    <span class="title">{step.optional ? t(['step_optional', t(step.title)]) : t(step.title)}</span>
                    <span class="muted">{t(s === 'skipped' && step.breakGlass ? 'state_skipped_break_glass' : STATE_WORDS[s])}</span>
                  </li>
                ))}
              </ol>
            </section>
          )
        );
      })}
      </div>
      {complete && <p role="status" class={verified ? 'verified' : 'muted'}>{verified ? t('popup_verified') : t(['popup_not_verified', unseen])}</p>}
      {current && (
        <div class="row">
          <button type="button" onClick={() => void send({ type: 'mark', step: current.id, how: 'done' })}>{t(['action_mark_step_done', t(current.title)])}</button>
          <button type="button" onClick={() => void send({ type: 'mark', step: current.id, how: 'skip' })}>{t(current.breakGlass ? 'action_break_glass' : 'action_skip_current')}</button>
        </div>
      )}

      <h2>{t('popup_keys_heading')}</h2>
      {captured ? (
        <dl>
          <dt>{t(captured.labels === 'client' ? CLIENT_NAMES.ikey! : CREDENTIAL_NAMES.ikey)}</dt>
          <dd>{captured.ikey}</dd>
          <dt>{t(captured.labels === 'client' ? CLIENT_NAMES.skey! : CREDENTIAL_NAMES.skey)}</dt>
          <dd>
            {captured.secret && expires
              ? t(['popup_secret_held', time(expires)])
              : state.forgotten
                ? t(['popup_secret_forgotten', time(state.forgotten.at), whyForgotten(state)])
                : t('popup_secret_gone')}
          </dd>
          <dt>{t(CREDENTIAL_NAMES.host)}</dt>
          <dd>{captured.host}</dd>
        </dl>
      ) : (
        <p class="muted">{state.forgotten ? t(['popup_keys_forgotten', time(state.forgotten.at), whyForgotten(state)]) : t('popup_keys_none')}</p>
      )}
      {captured && <Destination state={state} />}

      <IdleSetting minutes={idleMinutes} />

      <div class="row">
        <button type="button" class="primary" onClick={() => open(duoUrl)}>{t('action_open_duo')}</button>
        {oktaUrl && (
          <button type="button" class="primary" onClick={() => open(oktaUrl)}>{t('action_open_okta')}</button>
        )}
      </div>
      <Setups state={state} complete={complete} />

      <div class="row">
        <button type="button" disabled={!captured} onClick={() => void send({ type: 'forget' })}>{t('action_forget_keys')}</button>
        <button type="button" onClick={() => confirm(t('confirm_start_over')) && void send({ type: 'reset' })}>{t('action_start_over')}</button>
        <ReportButton state={state} />
        <DiagnosticsButton />
        <button type="button" disabled={!learnedAny} onClick={() => void send({ type: 'forget-learned' })}>{t('action_forget_learned')}</button>
      </div>
    </main>
  );
}

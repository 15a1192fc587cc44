// The popup: where the admin stands across both consoles, rendered from storage; every change goes
// to the background as a message.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { adviseFlows, isFederal } from '../engine/flows';
import { oktaAdminOrigin } from '../engine/hosts';
import { asState, initialState, stepStates, type State, type StepState } from '../engine/progress';
import { FLOWS, flowOf } from '../guides';
import type { Step } from '../guides/types';
import type { PopupMessage } from '../messages';
import { EXPIRY_KEY, IDLE_MINUTES, SETTINGS_KEY } from '../background/secret';

const send = (msg: PopupMessage) => browser.runtime.sendMessage(msg);

const GROUPS: { id: Step['group']; title: string }[] = [
  { id: 'duo', title: 'Duo Admin Panel' },
  { id: 'okta', title: 'Okta admin console' },
  { id: 'test', title: 'Test' },
];

const STATE_WORDS: Record<StepState, string> = { done: 'done', current: 'current step', pending: 'to do', skipped: 'skipped' };

interface Stored {
  /** False until storage has been read once: nothing shown before then is the admin's progress. */
  loaded: boolean;
  state: State;
  notice: string | null;
  expires: number | null;
  idleMinutes: number;
}

function useStorage(): Stored {
  const [value, setValue] = useState<Stored>({ loaded: false, state: initialState(), notice: null, expires: null, idleMinutes: IDLE_MINUTES.default });
  useEffect(() => {
    const read = async () => {
      const local = await browser.storage.local.get(['progress', 'notice', SETTINGS_KEY]);
      const session = await browser.storage.session.get(EXPIRY_KEY);
      const idle = (local[SETTINGS_KEY] as { idleMinutes?: number } | undefined)?.idleMinutes;
      setValue({
        loaded: true,
        state: asState(local.progress),
        notice: typeof local.notice === 'string' ? local.notice : null,
        expires: typeof session[EXPIRY_KEY] === 'number' ? (session[EXPIRY_KEY] as number) : null,
        idleMinutes: typeof idle === 'number' ? idle : IDLE_MINUTES.default,
      });
    };
    void read();
    const onChanged = () => void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return value;
}

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

function IdleSetting({ minutes }: { minutes: number }) {
  const [error, setError] = useState<string | null>(null);
  const onChange = (ev: Event) => {
    const raw = (ev.currentTarget as HTMLInputElement).value;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < IDLE_MINUTES.min || n > IDLE_MINUTES.max) {
      setError(`Enter whole minutes from ${IDLE_MINUTES.min} to ${IDLE_MINUTES.max}; the setting was not changed.`);
      return;
    }
    setError(null);
    void send({ type: 'settings', idleMinutes: n });
  };
  return (
    <p>
      <label>
        Forget the secret after{' '}
        <input type="number" name="idle" min={IDLE_MINUTES.min} max={IDLE_MINUTES.max} value={minutes} onChange={onChange} aria-describedby="idle-error" />{' '}
        idle minutes
      </label>
      {error && <span id="idle-error" class="error" role="alert">{error}</span>}
    </p>
  );
}

/** Asks the guide in the active tab for its report and copies it (it holds no keys, no user data). */
function DiagnosticsButton() {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const text = tab?.id === undefined ? null : await browser.tabs.sendMessage(tab.id, { type: 'diagnostics' }).catch(() => null);
    if (typeof text !== 'string') return setStatus('Open a Duo Admin Panel or Okta console tab first, then try again.');
    await navigator.clipboard.writeText(text);
    setStatus('Diagnostics of the current tab copied. They hold no keys and no user data.');
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>Copy diagnostics</button>
      {status && <p role="status" class="muted">{status}</p>}
    </>
  );
}

export function App() {
  const { loaded, state, notice, expires, idleMinutes } = useStorage();
  const flow = flowOf(state.flow);
  const steps = stepStates(state, flow);
  const current = steps.find((s) => s.state === 'current')?.step;
  const engine = state.okta ? state.engines[state.okta] : undefined;
  const captured = state.captured;
  const nextOkta = steps.find((s) => s.step.group !== 'duo' && (s.state === 'current' || s.state === 'pending'))?.step;

  const open = (url: string) => void browser.tabs.create({ url });
  const duoUrl = state.duo ? `https://${state.duo}/applications` : 'https://admin.duosecurity.com/';
  const oktaUrl = state.okta ? `${oktaAdminOrigin(state.okta)}${nextOkta?.href ?? '/admin/dashboard'}` : null;

  return (
    <main aria-busy={!loaded} data-loaded={loaded || undefined}>
      <h1>Duo ↔ Okta setup</h1>
      <p class="muted">
        {state.duo ? `Duo: ${state.duo}` : 'Duo: not visited yet'}
        <br />
        {state.okta ? `Okta: ${state.okta}${engine ? ` (${engine === 'identity' ? 'Identity Engine' : 'Classic Engine'})` : ''}` : 'Okta: not visited yet'}
      </p>
      {notice && (
        <p class="notice" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => void send({ type: 'dismiss-notice' })}>Dismiss</button>
        </p>
      )}

      <fieldset>
        <legend>Okta setup</legend>
        {adviseFlows(engine, isFederal(state.duo)).map((advice) => (
          <label class="flow" key={advice.flow} data-applies={String(advice.applies)}>
            <input type="radio" name="flow" value={advice.flow} checked={advice.flow === flow.id} onChange={() => void send({ type: 'flow', flow: advice.flow })} />{' '}
            {FLOWS[advice.flow].title}
            <small>{advice.why}</small>
            {advice.flow === flow.id && <small>{FLOWS[advice.flow].summary}</small>}
          </label>
        ))}
      </fieldset>

      {GROUPS.map((group) => {
        const items = steps.filter((s) => s.step.group === group.id);
        return (
          items.length > 0 && (
            <section key={group.id} aria-labelledby={`g-${group.id}`}>
              <h2 id={`g-${group.id}`}>{group.title}</h2>
              <ol>
                {items.map(({ step, state: s }) => (
                  <li key={step.id} data-state={s} data-step={step.id} aria-current={s === 'current' ? 'step' : undefined}>
                    <span class="title">{step.title}{step.optional ? ' (optional)' : ''}</span>
                    <span class="muted">{STATE_WORDS[s]}</span>
                  </li>
                ))}
              </ol>
            </section>
          )
        );
      })}
      {current && (
        <div class="row">
          <button type="button" onClick={() => void send({ type: 'mark', step: current.id, how: 'done' })}>Mark “{current.title}” done</button>
          <button type="button" onClick={() => void send({ type: 'mark', step: current.id, how: 'skip' })}>Skip it</button>
        </div>
      )}

      <h2>Keys read from Duo</h2>
      {captured ? (
        <dl>
          <dt>{captured.labels === 'client' ? 'Client ID' : 'Integration key'}</dt>
          <dd>{captured.ikey}</dd>
          <dt>{captured.labels === 'client' ? 'Client secret' : 'Secret key'}</dt>
          <dd>{captured.secret && expires ? `●●●●●●●● in memory until ${time(expires)} if unused` : 'not held: read it again in Duo'}</dd>
          <dt>API hostname</dt>
          <dd>{captured.host}</dd>
        </dl>
      ) : (
        <p class="muted">None yet. They are read from the Okta application's page in Duo.</p>
      )}

      <IdleSetting minutes={idleMinutes} />

      <div class="row">
        <button type="button" class="primary" onClick={() => open(duoUrl)}>Open Duo Admin Panel</button>
        {oktaUrl && (
          <button type="button" class="primary" onClick={() => open(oktaUrl)}>Open Okta admin console</button>
        )}
      </div>
      <div class="row">
        <button type="button" disabled={!captured} onClick={() => void send({ type: 'forget' })}>Forget keys</button>
        <button type="button" onClick={() => confirm('Start over? Progress and captured keys are cleared.') && void send({ type: 'reset' })}>Start over</button>
        <DiagnosticsButton />
      </div>
    </main>
  );
}

// The guide on one console page: reads the stored state (no secret in it), looks at the page when it
// changes, shows the callout the views (./views.ts) make of it, and carries out the admin's clicks:
// reading the Duo keys, filling Okta's form, teaching the guide a control.
import type { Storage } from 'webextension-polyfill';
import { holds, observe, type PageView } from '../engine/conditions';
import { choseIn, controlValues, nativeOf } from '../engine/controls';
import { isFederal } from '../engine/flows';
import { fitsFormat, ownUsername } from '../engine/username';
import { oktaAdminOrigin, type ConsoleId } from '../engine/hosts';
import { asStrategy, LEARNED_KEY, learnedIn, type Learned } from '../engine/learn';
import { inPass, locate } from '../engine/locate';
import { asState, guideRunning, initialState, sideOf, stepFor, stepStates, viewFrom, type State } from '../engine/progress';
import { interestOf, mayMatter, type Interest } from '../engine/relevance';
import type { Step } from '../guides/types';
import { STRINGS_KEY, t, useStrings } from '../i18n';
import type { ContentMessage } from '../messages';
import { ext as browser } from './ext';
import type { SessionContext } from './fill-session';
import { loaded, need, type Parts } from './need-part';
import { Overlay, type Action, type View } from './overlay';
import { doneView, notesView, notFoundView, otherSideView, stepView, teachView, type ActionId, type CalloutView } from './views';
import { watchPage } from './watch';

const DIAGNOSE_AFTER_MS = 3000;
const IDLE_TIMEOUT_MS = 500;
/** A page losing sight this soon after a save click: Okta opened an admin step-up tab. */
const STEP_UP_MS = 5000;

/** Starts the guide on this page; returns what stops it. */
export function start(here: ConsoleId): () => void {
  // Main-thread cost of starting, for `npm run bench`: the synchronous set-up plus the first render.
  const began = performance.now();
  const life = new AbortController();
  const { signal } = life;
  // Built only once there is something to show: a page with nothing for the guide gets no element.
  let overlay: Overlay | null = null;
  const owns = (node: EventTarget | null) => !!overlay?.owns(node);
  /** The stored state as this tab sees it: its own Duo account or Okta org. */
  let state: State = initialState();
  let learned: Record<string, Learned> = {};
  /** The last report of the current step and of the others, so each change is sent once. */
  const lastSeen = { now: '', idle: '' };
  let idle = 0;
  let message: View['message'];
  let messageFor = '';
  let missing: { step: string; since: number } | null = null;
  let teaching: string | null = null;
  let clicked: { step: string; at: number } | null = null;

  const send = (msg: ContentMessage): Promise<unknown> =>
    browser.runtime.sendMessage(msg).catch(() => {
      // Orphaned when the extension was reloaded or removed; a worker hiccup is not fatal.
      if (!browser.runtime?.id) life.abort();
    });

  const say = (step: Step, text: string, error = false) => {
    message = { text, error };
    messageFor = step.id;
    tick();
  };

  const pageView = (): PageView => ({ root: document, kind: here.kind, path: location.pathname + location.hash, ikey: state.captured?.ikey });

  /** This side's open steps, in order: what the page may show evidence of. */
  const openSteps = (): Step[] =>
    stepStates(state)
      .filter((s) => sideOf(s.step) === here.side && (s.state === 'current' || s.state === 'pending'))
      .map((s) => s.step);

  /** Set at the first look: until then the stored state is not read, and page changes wait. */
  let ready = false;

  function tick(inFrame = false): void {
    if (ready && !signal.aborted) inPass(() => evaluate(inFrame), 'now');
  }

  /** One look at the page: report what it shows of the current step, then draw it. The other
   *  open steps are judged when the page is idle: landing on a later page marks the way there done
   *  a moment later, not at the cost of this frame. */
  function evaluate(inFrame: boolean): void {
    const page = pageView();
    const step = stepFor(state, here.side);
    const mine = step && sideOf(step) === here.side ? [step] : [];
    reportSeen('now', mine, page);
    if (!idle) idle = requestIdleCallback(() => {
      idle = 0;
      if (!signal.aborted) inPass(() => reportSeen('idle', openSteps().filter((s) => !mine.includes(s)), pageView()), 'idle');
    }, { timeout: IDLE_TIMEOUT_MS });

    if (messageFor !== step?.id) message = undefined;
    if (!step) return show(doneView(state.flow, here), null, inFrame);
    // The Okta dashboard an admin opens every day shows the guide only when a step is there.
    if (here.kind === 'okta-user' && step.console !== 'okta-user') return show(null, null, inFrame);
    const { view, target } = viewFor(step, page);
    show(view, target, inFrame, step);
  }

  function reportSeen(part: 'now' | 'idle', steps: Step[], page: PageView): void {
    const seen = observe(steps, page);
    const key = `${here.account}|${location.href}|${seen.at}|${seen.done}`;
    if (key === lastSeen[part] || (!seen.at.length && !seen.done.length && lastSeen[part] !== '')) return;
    lastSeen[part] = key;
    void send({ type: 'seen', ...seen });
  }

  function viewFor(step: Step, page: PageView): { view: CalloutView; target: Element | null } {
    const view = stepView(state, here, step, message);
    if (sideOf(step) !== here.side) return { view: otherSideView(view, state, here), target: null };
    if (step.capture && here.side === 'duo') bring('capture');
    if (step.fill && here.side === 'okta') bring('fill');
    if (capture && step.capture) {
      if (!step.at || holds(step.at, page)) return capture.view(view, step);
      capture.left();
    }
    if (teaching === step.id) return { view: teachView(view), target: null };
    const target = targetOf(step);
    const noted = notes(view, step, page, target);
    if (step.target && !target) return { view: notFoundView(noted, step.target.describe, waited(step)), target };
    missing = null;
    if (fill && step.fill && target) return { view: fill.view(noted, step), target };
    return { view: noted, target };
  }

  /** The step's warnings that apply here, and the username check. */
  function notes(view: CalloutView, step: Step, page: PageView, target: Element | null): CalloutView {
    const federal = isFederal(state.duo) || !!state.captured?.host.endsWith('.duofederal.com');
    const warnings = (step.warn ?? []).filter((w) => (!w.when || holds(w.when, page)) && (!w.federal || federal));
    // The control's value is read only for the username check, on its step, once a user is found.
    const user = step.username && target ? ownUsername(document) : null;
    const format = user && target ? controlValues(target).at(-1) : undefined;
    const fits = user && format ? fitsFormat(format, user) : null;
    return notesView(view, warnings, user && format && fits !== null ? { user, format, fits } : undefined);
  }

  async function copyText(step: Step): Promise<void> {
    const text = step.warn?.find((w) => w.copy)?.copy;
    try {
      if (!text) throw new Error('nothing to copy');
      await navigator.clipboard.writeText(t(text));
      say(step, t('copied_text'));
    } catch {
      say(step, t('copy_failed'), true);
    }
  }

  /** Whether the step's control has been missing long enough to offer help; looks again then. */
  function waited(step: Step): boolean {
    if (missing?.step !== step.id) {
      missing = { step: step.id, since: Date.now() };
      setTimeout(() => tick(), DIAGNOSE_AFTER_MS + 50);
    }
    return Date.now() - missing.since >= DIAGNOSE_AFTER_MS;
  }

  /** The step's control: where the admin showed it first, then the guide's own strategies. */
  function targetOf(step: Step): Element | null {
    const shown = learned[step.id];
    const found = shown ? locate(document, { any: [asStrategy(shown)], describe: step.target?.describe ?? 'look_page_heading' }) : null;
    return found ?? (step.target ? locate(document, step.target) : null);
  }

  // Reading keys and filling forms are parts of their own, loaded on the steps that need them: on
  // a Duo page the first, on an Okta page the second.
  const context: SessionContext = { here, state: () => state, send, say, tick: () => tick(), owns, targetOf };
  let capture: ReturnType<Parts['capture']> | null = null;
  let fill: ReturnType<Parts['fill']> | null = null;
  const asked = new Set<string>();
  function bring(part: 'capture' | 'fill'): void {
    if (asked.has(part)) return;
    asked.add(part);
    void need(part, send).then((make) => {
      if (signal.aborted) return;
      // Not brought (the worker restarting): asked again a moment later.
      if (!make) return void setTimeout(() => (asked.delete(part), tick()), 2000);
      if (part === 'capture') capture ??= (make as Parts['capture'])(context);
      else fill ??= (make as Parts['fill'])(context);
      tick();
    });
  }

  async function copyDiagnostics(step: Step): Promise<void> {
    try {
      const text = await report(step);
      if (!text) throw new Error('no report');
      await navigator.clipboard.writeText(text);
      say(step, t('diagnostics_copied'));
    } catch {
      say(step, t('diagnostics_copy_failed'), true);
    }
  }

  async function report(step: Step): Promise<string | null> {
    const help = await need('help', send);
    const known = [state.captured?.ikey, state.captured?.host].filter((v): v is string => !!v);
    return help && inPass(() => help.diagnose(step, pageView(), browser.runtime.getManifest().version, known, learned));
  }

  /** What each button of the callout does. */
  const ACTIONS: Record<ActionId, (step: Step) => void> = {
    back: (step) => void send({ type: 'mark', step: step.id, how: 'back' }),
    done: (step) => void send({ type: 'mark', step: step.id, how: 'done' }),
    skip: (step) => void send({ type: 'mark', step: step.id, how: 'skip' }),
    pause: () => void send({ type: 'pause', paused: true }),
    'open-duo': () => void window.open(state.duo ? `https://${state.duo}/applications` : 'https://admin.duosecurity.com/', '_blank', 'noopener'),
    'open-okta': () => state.okta && void window.open(`${oktaAdminOrigin(state.okta)}/admin/dashboard`, '_blank', 'noopener'),
    fill: (step) => void fill?.request(step),
    replace: (step) => void fill?.finish(step, true),
    keep: (step) => void fill?.finish(step, false),
    'read-again': () => capture?.readAgain(),
    'replace-keys': (step) => capture?.replace(step),
    'keep-keys': (step) => capture?.keep(step),
    // The locator maker comes with the help: loaded now, it is there by the admin's next click.
    teach: (step) => void need('help', send).then((help) => ((teaching = help ? step.id : null), tick())),
    'cancel-teach': () => ((teaching = null), tick()),
    diagnostics: (step) => void copyDiagnostics(step),
    'copy-text': (step) => void copyText(step),
  };

  function show(view: CalloutView | null, target: Element | null, inFrame: boolean, step?: Step): void {
    if (!view) return overlay?.hide();
    const actions: Action[] = view.actions.map(({ id, guarded, ...a }) => ({
      ...a,
      run: () => step && ACTIONS[id](step),
      ...(guarded && step && { guard: { unseen: () => say(step, t('refuse_click_unseen'), true) } }),
    }));
    (overlay ??= new Overlay(signal)).render({ ...view, actions }, target, inFrame);
  }

  /** While teaching, the admin's next trusted click on the page (not the guide) shows the control. */
  function onTeach(ev: MouseEvent): void {
    if (!teaching || !ev.isTrusted || owns(ev.target) || !(ev.target instanceof Element)) return;
    const step = stepFor(state, here.side);
    if (step?.id !== teaching) return void (teaching = null);
    const shown = loaded('help')?.learnFrom(ev.target) ?? null;
    if (!shown) return say(step, t('teach_unusable'), true);
    teaching = null;
    void send({ type: 'learn', step: step.id, learned: shown });
    say(step, t('teach_learned'));
  }

  /** Steps that finish on a trusted click or change of their target. A widget's choice (an option
   *  clicked in Chosen's list or a combobox's listbox) is a change: jQuery's change on the hidden
   *  select never reaches a DOM listener. Chosen picks on mouseup and then moves its list back
   *  beside the select, so the mouseup is the moment its result is still the one clicked. */
  function onInteract(ev: Event): void {
    if (!ev.isTrusted || owns(ev.target) || !(ev.target instanceof Element)) return;
    const step = stepFor(state, here.side);
    const target = step?.target ? targetOf(step) : null;
    if (!step || !target) return;
    if (ev.type === 'click' && target.contains(ev.target)) clicked = { step: step.id, at: Date.now() };
    const enter = ev.type === 'keydown' && (ev as KeyboardEvent).key === 'Enter';
    const hit =
      step.advanceOn === 'click' ? ev.type === 'click' && target.contains(ev.target)
      : ev.type === 'change' ? target.contains(ev.target) || nativeOf(target) === ev.target
      // Enter in Chosen's search box picks its highlighted result.
      : (ev.type === 'click' || ev.type === 'mouseup' || enter) && (choseIn(target, ev.target) || (enter && target.contains(ev.target) && nativeOf(target) !== target));
    if (hit && step.advanceOn) void send({ type: 'mark', step: step.id, how: 'done' });
  }

  // Saving may make Okta ask the admin to verify again in a new tab (admin step-up): this tab loses
  // sight right after the click, and the step's evidence (the rule listed) shows once it is done.
  function onLeave(): void {
    const step = stepFor(state, here.side);
    if (!clicked || step?.id !== clicked.step || Date.now() - clicked.at > STEP_UP_MS) return;
    clicked = null;
    say(step, t('step_up_other_tab'));
  }

  document.addEventListener('click', onTeach, { capture: true, signal });
  for (const type of ['click', 'mouseup', 'change', 'keydown']) document.addEventListener(type, onInteract, { capture: true, signal });
  document.addEventListener('visibilitychange', () => document.hidden && onLeave(), { signal });
  addEventListener('blur', onLeave, { signal });

  // From our own background (the keyboard shortcut, Pause) or popup (diagnostics); nothing else.
  // Answers with sendResponse: Chrome before 144 ignores a Promise returned by the listener.
  const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (reply: string) => void): boolean => {
    if (sender.id !== browser.runtime.id || typeof msg !== 'object' || msg === null) return false;
    const type = (msg as { type?: unknown }).type;
    if (type === 'toggle') overlay?.toggleFromShortcut();
    // Paused from the popup or another page: put the guide away on this page now.
    if (type === 'sleep') life.abort();
    if (type !== 'diagnostics') return false;
    const step = stepFor(state, here.side);
    if (!step) sendResponse(t('diagnostics_all_done'));
    else void report(step).then((text) => sendResponse(text ?? t('diagnostics_all_done')));
    return !!step;
  };
  const listen = browser.runtime.onMessage as unknown as { addListener(f: typeof onMessage): void; removeListener(f: typeof onMessage): void };
  listen.addListener(onMessage);

  // What the open steps look for, to let through only page changes that may matter to them.
  let interest: Interest | null = null;
  const interested = (): Interest => (interest ??= interestOf(openSteps(), Object.values(learned).map((l) => ({ any: [asStrategy(l)], describe: 'look_page_heading' }))));
  watchPage(tick, signal, (records) => mayMatter(records, interested()), (records) => overlay?.moved(records));

  /** This script holds one flow (the build makes one per flow); under tests it holds them all. */
  const otherFlow = () => __FLOW__ !== undefined && state.flow !== __FLOW__;
  const readState = (raw: unknown) => {
    state = viewFrom(asState(raw), here.side, here.account);
    interest = null;
  };
  const readLearned = (raw: unknown) => {
    learned = learnedIn(raw, `${here.side}:${here.account}`);
    interest = null;
  };
  const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(changes.progress || changes[LEARNED_KEY])) return;
    if (changes.progress) readState(changes.progress.newValue);
    // Paused: the guide goes even from a tab the background's sleep message missed. Another flow:
    // the background brings that flow's script.
    if (state.paused || otherFlow()) return life.abort();
    if (changes[LEARNED_KEY]) readLearned(changes[LEARNED_KEY].newValue);
    tick();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => {
    listen.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onChanged);
    cancelIdleCallback(idle);
  });
  const setUp = performance.now() - began;
  void browser.storage.local.get(['progress', LEARNED_KEY, STRINGS_KEY]).then((got) => {
    readState(got.progress);
    useStrings(got[STRINGS_KEY], browser.runtime.getManifest().version);
    // Loaded while no setup runs (a tab woken just as it paused), or for another flow than the one
    // now in use (the background injects that one's): nothing to do here.
    if (!guideRunning(state) || otherFlow()) return life.abort();
    readLearned(got[LEARNED_KEY]);
    // The first look once the page is idle, so its own load and first layout come first and the
    // guide's layout reads find it laid out; then the first placement in the next animation frame.
    // Set-up, first look and first placement are the start's cost, measured for `npm run bench`.
    requestIdleCallback(
      () =>
        requestAnimationFrame(() => {
          if (signal.aborted) return;
          const first = performance.now();
          ready = true;
          tick(true);
          performance.measure('duo-okta-guide:start', { start: began, duration: setUp + performance.now() - first });
          // Off the start's critical path: the engine is needed only for the popup's advice.
          if (here.kind === 'okta-admin' && !state.engines[here.account]) setTimeout(() => void detectEngine(send), 500);
        }),
      { timeout: IDLE_TIMEOUT_MS },
    );
  });
  return () => life.abort();
}

/** Okta says which engine an org runs at a public address of its own. */
async function detectEngine(send: (msg: ContentMessage) => Promise<unknown>): Promise<void> {
  try {
    const res = await fetch('/.well-known/okta-organization', { credentials: 'same-origin' });
    const body = (await res.json()) as { pipeline?: unknown };
    if (body.pipeline === 'idx' || body.pipeline === 'v1') void send({ type: 'engine', pipeline: body.pipeline });
  } catch {
    // Not answered: the engine stays unknown and the admin's chosen flow stands.
  }
}

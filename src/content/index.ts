// Content script: recognise the console, follow the admin through the current step, draw the
// overlay, read the Duo keys, fill Okta's form on a click. State comes from storage (no secret in it).
import type { Storage } from 'webextension-polyfill';
import { ext as browser } from './ext';
import { holds, observe, type PageView } from '../engine/conditions';
import { choseIn, nativeOf } from '../engine/controls';
import { identifyConsole, oktaAdminOrigin, type ConsoleId } from '../engine/hosts';
import { inPass, locate } from '../engine/locate';
import { UNVERIFIED } from '../engine/oidc';
import { asState, guideRunning, initialState, sideOf, stepFor, stepStates, viewFrom, type State } from '../engine/progress';
import { flowOf } from '../guides';
import type { Step } from '../guides/types';
import { t, type MessageKey } from '../i18n';
import type { CaptureReply, ContentMessage, FillReply } from '../messages';
import { asStrategy, LEARNED_KEY, learnedIn, learnFrom, type Learned } from '../engine/learn';
import { captureRefusal } from '../engine/provenance';
import { boundView } from './bound';
import { readKeys } from './capture';
import { diagnose } from './diagnostics';
import { applyFill, planFill, sourceValue, type Planned } from './fill';
import { Overlay, type Action, type View } from './overlay';
import { interestOf, mayMatter, type Interest } from '../engine/relevance';
import { fieldsOutOfSight } from './sight';
import { watchPage } from './watch';

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
const list = (keys: MessageKey[]) => (lists ??= new Intl.ListFormat(t('locale_lang'), { type: 'conjunction' })).format(keys.map((k) => t(k)));

/** Starts the guide on this page; returns what stops it. */
function start(here: ConsoleId): () => void {
  // Main-thread cost of starting, for `npm run bench`: the synchronous set-up plus the first render.
  const began = performance.now();
  const life = new AbortController();
  const { signal } = life;
  // Built only once there is something to show: a page with nothing for the guide gets no element.
  let overlay: Overlay | null = null;
  const owns = (node: EventTarget | null) => !!overlay?.owns(node);
  const show = (view: View | null, target: Element | null, inFrame: boolean) => {
    if (view) (overlay ??= new Overlay(signal)).render(view, target, inFrame);
    else overlay?.hide();
  };
  /** The stored state as this tab sees it: its own Duo account or Okta org. */
  let state: State = initialState();
  /** The last report of the current step and of the others, so each change is sent once. */
  const lastSeen = { now: '', idle: '' };
  let idle = 0;
  const IDLE_TIMEOUT_MS = 500;
  /** A fingerprint of the last keys sent for capture, so one reading is sent once. */
  let captureTried = '';
  let message: View['message'];
  let messageFor = '';
  /** Fill values waiting for the admin's answer about fields that differ. Memory only, dropped after. */
  let pending: { step: string; plan: Planned[] } | null = null;
  let busy = false;
  /** Keys read here that would replace those held from another account or application: the
   *  background's question, until the admin answers it in the callout. */
  let confirming: { step: string; question: string } | null = null;
  /** Since when the current step's target has been missing on this page. */
  let missing: { step: string; since: number } | null = null;
  /** Controls the admin showed the guide, for this account (storage.local). */
  let learned: Record<string, Learned> = {};
  /** The step whose control the admin is about to show by clicking it. */
  let teaching: string | null = null;
  const DIAGNOSE_AFTER_MS = 3000;

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

  /** This side's open steps, in order: what the page may show evidence of. */
  function openSteps(): Step[] {
    return stepStates(state)
      .filter((s) => sideOf(s.step) === here.side && (s.state === 'current' || s.state === 'pending'))
      .map((s) => s.step);
  }

  function tick(inFrame = false): void {
    if (!signal.aborted) inPass(() => evaluate(inFrame));
  }

  const pageView = (): PageView => ({ root: document, kind: here.kind, path: location.pathname + location.hash, ikey: state.captured?.ikey });

  /** One look at the page: report what it shows of the current step, then draw it. The other
   *  open steps are judged when the page is idle: landing on a later page marks the way there done
   *  a moment later, not at the cost of this frame. */
  function evaluate(inFrame: boolean): void {
    const flow = flowOf(state.flow);
    const page = pageView();
    const step = stepFor(state, here.side);
    const mine = step && sideOf(step) === here.side ? [step] : [];
    reportSeen('now', mine, page);
    if (!idle) idle = requestIdleCallback(() => {
      idle = 0;
      if (!signal.aborted) inPass(() => reportSeen('idle', openSteps().filter((s) => !mine.includes(s)), pageView()));
    }, { timeout: IDLE_TIMEOUT_MS });

    if (messageFor !== step?.id) message = undefined;
    if (pending && (pending.step !== step?.id || pending.plan.some((p) => !p.field.isConnected))) pending = null;
    if (!step) return show(doneView(flow.id), null, inFrame);
    // The Okta dashboard an admin opens every day shows the guide only when a step is there.
    if (here.kind === 'okta-user' && step.console !== 'okta-user') return show(null, null, inFrame);
    const { view, target } = viewFor(step, page);
    show(view, target, inFrame);
  }

  /** Reports what the page shows of these steps, once per change. */
  function reportSeen(part: 'now' | 'idle', steps: Step[], page: PageView): void {
    const seen = observe(steps, page);
    const key = `${here.account}|${location.href}|${seen.at}|${seen.done}`;
    if (key === lastSeen[part] || (!seen.at.length && !seen.done.length && lastSeen[part] !== '')) return;
    lastSeen[part] = key;
    void send({ type: 'seen', ...seen });
  }

  function base(step: Step): View {
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
      bound: boundView(state, here),
      message,
      actions: [
        { label: t('action_back'), name: t('action_back_name'), run: () => void send({ type: 'mark', step: step.id, how: 'back' }) },
        { label: t('action_mark_done'), run: () => void send({ type: 'mark', step: step.id, how: 'done' }) },
        { label: t('action_skip'), name: t('action_skip_name'), run: () => void send({ type: 'mark', step: step.id, how: 'skip' }) },
        { label: t('action_pause'), name: t('action_pause_name'), run: () => void send({ type: 'pause', paused: true }) },
      ],
    };
  }

  function viewFor(step: Step, page: PageView): { view: View; target: Element | null } {
    const view = base(step);
    if (sideOf(step) !== here.side) return { view: otherSide(step, view), target: null };
    const onKeysPage = !!step.capture && (!step.at || holds(step.at, page));
    // Leaving the keys' page and coming back (or reloading) reads them afresh; staying does not.
    if (!onKeysPage) captureTried = '';
    if (onKeysPage) return captureView(step, view);
    if (teaching === step.id) return { view: teachView(step, view), target: null };
    const target = targetOf(step);
    if (step.target && !target) {
      view.lookedFor = t(step.target.describe);
      notFound(step, page, view);
    } else missing = null;
    if (step.fill && target) fillView(step, view, target);
    return { view, target };
  }

  /** After a few seconds without the target, offer a report for a bug; look again then. */
  function notFound(step: Step, page: PageView, view: View): void {
    if (missing?.step !== step.id) {
      missing = { step: step.id, since: Date.now() };
      setTimeout(() => tick(), DIAGNOSE_AFTER_MS + 50);
    }
    if (Date.now() - missing.since < DIAGNOSE_AFTER_MS) return;
    view.actions.push({
      label: t('action_teach'),
      name: t('action_teach_name'),
      run: () => {
        teaching = step.id;
        tick();
      },
    });
    view.actions.push({
      label: t('action_copy_diagnostics'),
      name: t('action_copy_diagnostics_name'),
      run: () =>
        void navigator.clipboard.writeText(report(step, page)).then(
          () => say(step, t('diagnostics_copied')),
          () => say(step, t('diagnostics_copy_failed'), true),
        ),
    });
  }

  function report(step: Step, page: PageView): string {
    const known = [state.captured?.ikey, state.captured?.host].filter((v): v is string => !!v);
    return inPass(() => diagnose(step, page, browser.runtime.getManifest().version, known, learned));
  }

  /** The step's control: where the admin showed it first, then the guide's own strategies. */
  function targetOf(step: Step): Element | null {
    const shown = learned[step.id];
    const found = shown ? locate(document, { any: [asStrategy(shown)], describe: step.target?.describe ?? 'look_page_heading' }) : null;
    return found ?? (step.target ? locate(document, step.target) : null);
  }

  function teachView(step: Step, view: View): View {
    view.instruction = t('teach_instruction');
    view.help = undefined;
    view.actions = [{ label: t('action_cancel'), run: () => ((teaching = null), tick()) }];
    return view;
  }

  /** While teaching, the admin's next trusted click on the page (not the guide) shows the control. */
  function onTeach(ev: MouseEvent): void {
    if (!teaching || !ev.isTrusted || owns(ev.target) || !(ev.target instanceof Element)) return;
    const step = stepFor(state, here.side);
    if (step?.id !== teaching) return void (teaching = null);
    const shown = learnFrom(ev.target);
    if (!shown) return say(step, t('teach_unusable'), true);
    teaching = null;
    void send({ type: 'learn', step: step.id, learned: shown });
    say(step, t('teach_learned'));
  }
  document.addEventListener('click', onTeach, { capture: true, signal });

  function otherSide(step: Step, view: View): View {
    const captured = state.captured;
    // Marks from a page count only for its own side: the other side's step is shown, not marked here.
    view.actions = [];
    if (here.side === 'duo') {
      const org = state.okta;
      view.instruction = captured
        ? t(['other_side_duo_done_keys', captured.ikey, captured.host, view.title])
        : t(['other_side_duo_done', view.title]);
      if (org) view.actions.unshift({ label: t('action_open_okta'), primary: true, run: () => void window.open(`${oktaAdminOrigin(org)}/admin/dashboard`, '_blank', 'noopener') });
    } else {
      view.instruction = t(['other_side_duo_first', view.title, view.instruction]);
      view.actions.unshift(openDuo());
    }
    return view;
  }

  function openDuo(): Action {
    const account = state.duo;
    const url = account ? `https://${account}/applications` : 'https://admin.duosecurity.com/';
    return { label: t('action_open_duo'), primary: true, run: () => void window.open(url, '_blank', 'noopener') };
  }

  function captureView(step: Step, view: View): { view: View; target: Element | null } {
    const reading = readKeys(document, step.capture!);
    const heading = targetOf(step);
    if (reading.kind === 'masked') {
      view.instruction = t('capture_click_show');
      if (!reading.reveal) view.lookedFor = t(step.capture!.reveal.describe);
      return { view, target: reading.reveal };
    }
    if (reading.kind === 'missing') {
      view.message = { text: t(['capture_missing', list(reading.what)]), error: true };
      return { view, target: heading };
    }
    const { ikey, skey, host } = reading.values;
    // Only the Okta application's own page: not a dashboard with keys put into it, not an Admin API
    // application however it is named, not a page whose address names another integration key.
    const refusal = captureRefusal(location.pathname, document);
    if (refusal) {
      view.message = { text: t(refusal), error: true };
      return { view, target: heading };
    }
    const tried = fingerprint(`${ikey}\n${skey}\n${host}`);
    if (confirming?.step === step.id && tried === captureTried) {
      view.message = { text: confirming.question, error: true };
      view.actions.unshift(
        { label: t('action_replace_keys'), primary: true, guard: unseen(step), run: () => void sendCapture(step, { ...reading, replace: true }) },
        { label: t('action_keep_keys'), run: () => ((confirming = null), say(step, t('capture_kept'))) },
      );
      return { view, target: heading };
    }
    if (tried === captureTried && state.captured && !state.captured.secret) {
      // Read once already and forgotten since (idle time, Forget keys): only the admin brings it back.
      view.message = { text: t('capture_forgotten') };
      view.actions.unshift({ label: t('action_read_again'), name: t('action_read_again_name'), primary: true, run: () => (captureTried = '') });
    }
    if (tried !== captureTried) {
      captureTried = tried;
      confirming = null;
      sendCapture(step, reading);
    }
    return { view, target: heading };
  }

  function sendCapture(step: Step, reading: Extract<ReturnType<typeof readKeys>, { kind: 'read' }> & { replace?: true }): void {
    const { ikey, skey, host } = reading.values;
    const replace = reading.replace ? { replace: true as const } : {};
    void (send({ type: 'capture', ikey, skey, host, labels: reading.labels, ...replace }) as Promise<CaptureReply | undefined>).then((reply) => {
      if (!reply || reply.ok) return void ((confirming = null), tick());
      if ('confirm' in reply) {
        confirming = { step: step.id, question: reply.confirm };
        return tick();
      }
      say(step, t(['capture_refused', reply.messages.join(' ')]), true);
    });
  }

  /** What a guarded button says when the admin could not see what they clicked. */
  function unseen(step: Step): Action['guard'] {
    return { unseen: () => say(step, t('refuse_click_unseen'), true) };
  }

  function fillView(step: Step, view: View, form: Element): void {
    const captured = state.captured;
    if (!captured || !captured.secret) {
      view.message = {
        text: t(captured ? 'fill_secret_gone' : 'fill_no_keys'),
        error: true,
      };
      // The Fill button stays in its place, disabled, so the admin sees what the step is for.
      view.actions.unshift(openDuo(), { label: t(['action_fill_into', here.account]), name: fillName(step), disabled: true, run: () => undefined });
      return;
    }
    if (pending) {
      const differing = pending.plan.filter((p) => p.conflict).map((p) => p.name);
      view.message = { text: t(['fill_differs', list(differing)]), error: true };
      view.actions.unshift(
        { label: t('action_replace'), name: t('action_replace_name'), primary: true, guard: unseen(step), run: () => void finishFill(step, true) },
        { label: t('action_keep'), name: t('action_keep_name'), guard: unseen(step), run: () => void finishFill(step, false) },
      );
      return;
    }
    view.help = `${describeFill(step, captured)}${view.help ? ` ${view.help}` : ''}`;
    view.actions.unshift({
      label: t(['action_fill_into', here.account]),
      name: fillName(step),
      primary: true,
      disabled: busy,
      guard: unseen(step),
      run: () => void requestFill(step, form),
    });
  }

  /** Names the fields and the org the keys go to: the admin sees where the click sends them. */
  function fillName(step: Step): string {
    return t(['action_fill_name', list(step.fill!.fields.map((f) => f.name)), here.account]);
  }

  async function requestFill(step: Step, form: Element): Promise<void> {
    if (busy || window.top !== window) return;
    // The fields the keys go into must show and be uncovered before the keys are even asked for.
    const keyFields = step.fill!.fields.filter((f) => f.source === 'ikey' || f.source === 'skey' || f.source === 'host');
    const hidden = keyFields.filter((f) => {
      const el = locate(form, f.field);
      // A missing field is told below: a form lacking one is not filled at all.
      return !!el && fieldsOutOfSight([el], owns).length > 0;
    });
    if (hidden.length) return say(step, t(['refuse_fields_unseen', list(hidden.map((f) => f.name))]), true);
    busy = true;
    tick();
    try {
      const reply = (await send({ type: 'fill', step: step.id })) as FillReply | undefined;
      if (!reply) return;
      if (!reply.ok) return say(step, reply.message, true);
      // Only into the step's own form, and the secret only into a password field.
      const planned = planFill(form, step.fill!, reply.values);
      reply.values.skey = '';
      if (!planned.ok) return say(step, t(['fill_lacks', list(planned.missing)]), true);
      pending = { step: step.id, plan: planned.plan };
      if (planned.plan.some((p) => p.conflict)) return;
      await finishFill(step, true);
    } finally {
      busy = false;
      tick();
    }
  }

  async function finishFill(step: Step, replace: boolean): Promise<void> {
    const plan = pending?.step === step.id ? pending.plan : null;
    pending = null;
    if (!plan || plan.some((p) => !p.field.isConnected)) return;
    const refused = await applyFill(replace ? plan : plan.filter((p) => !p.conflict));
    if (refused.length) return say(step, t(['fill_refused', list(refused)]), true);
    void send({ type: 'mark', step: step.id, how: 'done' });
    say(step, t(replace ? 'fill_done' : 'fill_done_kept'));
  }

  function doneView(flow: string): View {
    return {
      flow,
      step: '',
      meta: t(CONSOLE_NAMES[here.kind]),
      title: t('done_title'),
      instruction: t('done_instruction'),
      actions: [],
    };
  }

  /** Steps that finish on a trusted click or change of their target. A widget's choice (an option
   *  clicked in Chosen's list or a combobox's listbox) is a change: jQuery's change on the hidden
   *  select never reaches a DOM listener. */
  function onInteract(ev: Event): void {
    if (!ev.isTrusted || owns(ev.target) || !(ev.target instanceof Element)) return;
    const step = stepFor(state, here.side);
    if (!step?.target) return;
    const target = targetOf(step);
    if (!target) return;
    if (ev.type === 'click' && target.contains(ev.target)) clicked = { step: step.id, at: Date.now() };
    const enter = ev.type === 'keydown' && (ev as KeyboardEvent).key === 'Enter';
    const hit =
      step.advanceOn === 'click' ? ev.type === 'click' && target.contains(ev.target)
      : ev.type === 'change' ? target.contains(ev.target) || nativeOf(target) === ev.target
      // Enter in Chosen's search box picks its highlighted result.
      : (ev.type === 'click' || enter) && (choseIn(target, ev.target) || (enter && target.contains(ev.target) && nativeOf(target) !== target));
    if (hit && step.advanceOn) void send({ type: 'mark', step: step.id, how: 'done' });
  }

  // Saving may make Okta ask the admin to verify again in a new tab (admin step-up): this tab loses
  // sight right after the click, and the step's evidence (the rule listed) shows once it is done.
  let clicked: { step: string; at: number } | null = null;
  const STEP_UP_MS = 5000;
  const onLeave = () => {
    const step = stepFor(state, here.side);
    if (!clicked || step?.id !== clicked.step || Date.now() - clicked.at > STEP_UP_MS) return;
    clicked = null;
    say(step, t('step_up_other_tab'));
  };
  document.addEventListener('visibilitychange', () => document.hidden && onLeave(), { signal });
  addEventListener('blur', onLeave, { signal });
  document.addEventListener('click', onInteract, { capture: true, signal });

  // From our own background (the keyboard shortcut) or popup (diagnostics); nothing else.
  // Answers with sendResponse: Chrome before 144 ignores a Promise returned by the listener.
  const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (reply: string) => void): boolean => {
    if (sender.id !== browser.runtime.id || typeof msg !== 'object' || msg === null) return false;
    const type = (msg as { type?: unknown }).type;
    if (type === 'toggle') overlay?.toggleFromShortcut();
    // Paused (or the setup given up) from the popup: put the guide away on this page now.
    if (type === 'sleep') life.abort();
    if (type === 'diagnostics') {
      const step = stepFor(state, here.side);
      sendResponse(step ? report(step, pageView()) : t('diagnostics_all_done'));
    }
    return false;
  };
  const listen = browser.runtime.onMessage as unknown as { addListener(f: typeof onMessage): void; removeListener(f: typeof onMessage): void };
  listen.addListener(onMessage);
  signal.addEventListener('abort', () => listen.removeListener(onMessage));
  document.addEventListener('change', onInteract, { capture: true, signal });
  document.addEventListener('keydown', onInteract, { capture: true, signal });

  // What the open steps look for, to let through only page changes that may matter to them.
  let interest: Interest | null = null;
  const interested = (): Interest => (interest ??= interestOf(openSteps(), Object.values(learned).map((l) => ({ any: [asStrategy(l)], describe: 'look_page_heading' }))));
  watchPage(tick, signal, (records) => mayMatter(records, interested()), (records) => overlay?.moved(records));

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
    if (changes[LEARNED_KEY]) readLearned(changes[LEARNED_KEY].newValue);
    tick();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onChanged);
    cancelIdleCallback(idle);
  });
  const setUp = performance.now() - began;
  void browser.storage.local.get(['progress', LEARNED_KEY]).then((got) => {
    // The first look and the first placement in one animation frame (layout is read there anyway);
    // together with the set-up they are the start's cost, measured for `npm run bench`.
    requestAnimationFrame(() => {
      const first = performance.now();
      readState(got.progress);
      // Loaded while no setup runs (a tab woken just as it paused): nothing to do here.
      if (!guideRunning(state)) return life.abort();
      readLearned(got[LEARNED_KEY]);
      tick(true);
      performance.measure('duo-okta-guide:start', { start: began, duration: setUp + performance.now() - first });
      // Off the start's critical path: the engine is needed only for the popup's advice.
      if (here.kind === 'okta-admin' && !state.engines[here.account]) setTimeout(() => void detectEngine(), 500);
    });
  });

  return () => life.abort();

  async function detectEngine(): Promise<void> {
    try {
      const res = await fetch('/.well-known/okta-organization', { credentials: 'same-origin' });
      const body = (await res.json()) as { pipeline?: unknown };
      if (body.pipeline === 'idx' || body.pipeline === 'v1') void send({ type: 'engine', pipeline: body.pipeline });
    } catch {
      // Not answered: the engine stays unknown and the admin's chosen flow stands.
    }
  }
}

/** What the Fill button will write, shown before the click; the secret only as a mask. */
function describeFill(step: Step, captured: NonNullable<State['captured']>): string {
  const creds = { ikey: captured.ikey, host: captured.host, skey: '' };
  return step.fill!.fields
    .map(({ name, source }) => {
      if (source === 'skey') return t(['fill_preview_secret', [name]]);
      const unverified = typeof source === 'string' && (UNVERIFIED as readonly string[]).includes(source);
      return t([unverified ? 'fill_preview_unverified' : 'fill_preview', [name], sourceValue(source, creds)]);
    })
    .join('; ');
}

/** A short non-reversible fingerprint, to avoid re-sending the same reading. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const here = identifyConsole(location.href);
if (here && window.top === window) {
  // Injected again into a tab that has it (a setup resumed): the newer copy takes over.
  const self = globalThis as { duoOktaGuideStop?: () => void };
  self.duoOktaGuideStop?.();
  self.duoOktaGuideStop = start(here);
}

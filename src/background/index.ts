// Service worker: routes messages, owns stored state, keeps the secret, shows steps left on the badge.
import browser, { type Runtime } from 'webextension-polyfill';
import { fillRefusal, secretUsed } from '../engine/binding';
import { checkCredentials, CLIENT_NAMES } from '../engine/credentials';
import type { ConsoleId } from '../engine/hosts';
import { duoAppId } from '../engine/provenance';
import { guideRunning, isComplete, stepsLeft, stepStates, viewFrom, type Event, type State } from '../engine/progress';
import { findStep, flowOf } from '../guides';
import { ContentMessage, PopupMessage, type CaptureReply, type FillReply } from '../messages';
import { t } from '../i18n';
import { canHoldSecret, forgetSecret, holdSecret, isForgetAlarm, readSecret, secretExpiry, setIdleMinutes } from './secret';
import { injectPart, runGuide } from './guide-scripts';
import { PART_SIDE } from './guide-where';
import { readStringsAhead } from './strings';
import { forgetLearned, learn } from './learned';
import { contentSender, isExtensionPage, senderPath, tabPath } from './senders';
import { exclusive, load, NOTICE_KEY, updateNow } from './store';

const ownId = browser.runtime.id;
const ownOrigin = browser.runtime.getURL('');

async function showBadge(state: State): Promise<void> {
  const left = stepsLeft(state);
  await browser.action.setBadgeText({ text: left ? String(left) : '✓' });
  await browser.action.setBadgeBackgroundColor({ color: left ? '#1a5fb4' : '#26a269' });
}

/** Applies events, then keeps the secret in step with the state: held only while wanted, that is
 *  until the bound org shows the form saved, the idle time ends or the setup is done.
 *  Call only inside `exclusive`. */
async function applyNow(events: Event[]): Promise<State> {
  let state = await updateNow(events);
  const expiry = await secretExpiry();
  const at = Date.now();
  const held = expiry !== null && expiry >= at;
  const complete = isComplete(state);
  const used = secretUsed(state);
  const wanted = !!state.captured?.secret && !complete && !used;
  if (expiry !== null && !(held && wanted)) await forgetSecret();
  // The secret goes once it is used, idle or the setup is finished.
  if (state.captured?.secret && !(held && wanted)) {
    state = await updateNow([{ type: 'secret-gone', why: complete ? 'done' : used ? 'used' : expiry === null ? 'restart' : 'idle', at }]);
  }
  if (complete && state.finishedAt === null) state = await updateNow([{ type: 'finished', at }]);
  // A finished setup forgets the captured values (its history line keeps the application for the
  // report): no key stays behind to send anywhere.
  if (complete && state.captured) state = await updateNow([{ type: 'forget', why: 'done', at }]);
  // Done or paused: console pages stop loading the guide. Pausing puts it away in open tabs too;
  // resuming or starting a setup brings it to them. A finished setup's last page keeps its callout.
  const starts = events.some((e) => (e.type === 'pause' && !e.paused) || e.type === 'new-setup' || e.type === 'reset');
  await runGuide(guideRunning(state), state.flow, { wake: starts, sleep: events.some((e) => e.type === 'pause' && e.paused) });
  await showBadge(state);
  return state;
}

const apply = (events: Event[]): Promise<State> => exclusive(() => applyNow(events));

async function onContent(msg: ContentMessage, sender: Runtime.MessageSender): Promise<unknown> {
  const page = contentSender(sender, ownId);
  if (!page) return undefined;
  // Paused, a page's guide is put away; one that missed it reads, fills and marks nothing. Reading
  // and filling check again under the lock: a pause queued ahead of them wins.
  if (msg.type !== 'pause' && (await load()).state.paused) {
    if (msg.type === 'capture') return { ok: false, messages: [t('refuse_paused')] } satisfies CaptureReply;
    if (msg.type === 'fill') return { ok: false, message: t('refuse_paused') } satisfies FillReply;
    return undefined;
  }
  switch (msg.type) {
    case 'seen':
      await apply([{ type: 'seen', kind: page.kind, account: page.account, at: msg.at, done: msg.done, now: Date.now() }]);
      return true;
    case 'engine':
      if (page.kind !== 'okta-admin') return undefined;
      await apply([{ type: 'engine', org: page.account, engine: msg.pipeline === 'idx' ? 'identity' : 'classic' }]);
      return true;
    case 'mark':
      // The page's own side and account; a mark about the other side is dropped by the reducer.
      await apply([{ type: 'mark', step: msg.step, how: msg.how, from: { side: page.side, account: page.account }, now: Date.now() }]);
      return true;
    case 'capture':
      return capture(msg, page, tabPath(sender));
    case 'fill':
      return fill(msg.step, page.kind === 'okta-admin' ? page.account : null, senderPath(sender));
    case 'part': {
      // Only into the asking tab's top frame, which contentSender checked is a console page, and
      // only a part for that console's side: no page of Okta's gets the key reader.
      const side = PART_SIDE[msg.part];
      if (sender.tab?.id === undefined || (side !== null && side !== page.side)) return undefined;
      await injectPart(sender.tab.id, msg.part);
      return true;
    }
    case 'pause':
      // A page may pause the guide (its callout's Pause); only the popup resumes it.
      if (!msg.paused) return undefined;
      await apply([{ type: 'pause', paused: true }]);
      return true;
    case 'learn': {
      // Only for a step of the sender's own console, kept for the sender's own account.
      const step = findStep(flowOf((await load()).state.flow), msg.step);
      if (!step || step.console !== page.kind) return undefined;
      await exclusive(async () => {
        await learn(`${page.side}:${page.account}`, step.id, msg.learned);
        await applyNow([{ type: 'mark', step: step.id, how: 'done', from: { side: page.side, account: page.account }, now: Date.now() }]);
      });
      return true;
    }
  }
}

/** Holds keys read by our content script on a Duo application's page: only that application's
 *  own (the URL's integration key, where it has one), and keys of another account or application
 *  than those held only once the admin confirmed in the callout. */
async function capture(msg: Extract<ContentMessage, { type: 'capture' }>, page: ConsoleId, path: string): Promise<CaptureReply> {
  if (page.kind !== 'duo-admin') return { ok: false, messages: [t('refuse_capture_not_duo')] };
  if (!canHoldSecret()) return { ok: false, messages: [t('refuse_capture_no_session')] };
  const client = msg.labels === 'client';
  const checked = checkCredentials(msg, client ? CLIENT_NAMES : {});
  if (!checked.ok) return { ok: false, messages: checked.messages.map(t) };
  const { ikey, skey, host } = checked.value;
  const id = duoAppId(path);
  if (id === null) return { ok: false, messages: [t('capture_not_app_page')] };
  if (id && id !== ikey) return { ok: false, messages: [t('capture_ikey_not_url')] };
  const account = page.account;
  return exclusive(async () => {
    const { state } = await load();
    if (state.paused) return { ok: false, messages: [t('refuse_paused')] };
    const held = state.captured;
    if (held && (held.account !== account || held.ikey !== ikey) && !msg.replace) {
      return { ok: false, confirm: t(['capture_replace_confirm', held.ikey, held.account, ikey, account]) };
    }
    await holdSecret(skey, ikey);
    await applyNow([{ type: 'captured', captured: { account, ikey, host, labels: msg.labels, at: Date.now(), secret: true } }]);
    return { ok: true };
  });
}

/** Hands the keys to the Okta tab that asked, after its admin clicked Fill: only for the flow's own
 *  fill step, on that step's page, while the step is still open for that org, and only in the org
 *  the keys are bound to. */
function fill(stepId: string, org: string | null, path: string): Promise<FillReply> {
  return exclusive(async () => {
    const { state } = await load();
    if (state.paused) return { ok: false, message: t('refuse_paused') };
    const step = findStep(flowOf(state.flow), stepId);
    if (!org || !step?.fill || !step.fill.paths.test(path)) return { ok: false, message: t('refuse_fill_wrong_page') };
    const current = stepStates(viewFrom(state, 'okta', org)).find((s) => s.step.id === stepId)?.state;
    if (current === 'done') return { ok: false, message: t('refuse_fill_done') };
    const captured = state.captured;
    if (!captured) return { ok: false, message: t('refuse_fill_no_keys') };
    const refusal = fillRefusal(state, org);
    if (refusal) return { ok: false, message: t(refusal) };
    const skey = await readSecret(captured.ikey);
    if (!skey) {
      await applyNow([{ type: 'secret-gone', why: 'idle', at: Date.now() }]);
      return { ok: false, message: t('refuse_fill_secret_gone') };
    }
    return { ok: true, values: { ikey: captured.ikey, skey, host: captured.host } };
  });
}

async function onPopup(msg: PopupMessage): Promise<unknown> {
  switch (msg.type) {
    case 'mark':
      await apply([{ type: 'mark', step: msg.step, how: msg.how, now: Date.now() }]);
      return true;
    case 'bind':
      // Only the popup re-targets the keys, and only to an org whose admin console was seen.
      await apply([{ type: 'bind', org: msg.org }]);
      return true;
    case 'flow':
      await apply([{ type: 'flow', flow: msg.flow }]);
      return true;
    case 'forget':
      await exclusive(async () => {
        await forgetSecret();
        await applyNow([{ type: 'forget', why: 'admin', at: Date.now() }]);
      });
      return true;
    case 'reset':
      await exclusive(async () => {
        await forgetSecret();
        await applyNow([{ type: 'reset' }]);
      });
      return true;
    case 'settings':
      await exclusive(() => setIdleMinutes(msg.idleMinutes));
      return true;
    case 'dismiss-notice':
      await browser.storage.local.remove(NOTICE_KEY);
      return true;
    case 'pause':
      await apply([{ type: 'pause', paused: msg.paused }]);
      return true;
    case 'new-setup':
      await exclusive(async () => {
        await forgetSecret();
        await applyNow([{ type: 'new-setup' }]);
      });
      return true;
    case 'forget-learned':
      // Under the lock: a control being learned meanwhile must not write the forgotten ones back.
      await exclusive(forgetLearned);
      return true;
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== ownId) return undefined;
  if (isExtensionPage(sender, ownId, ownOrigin)) {
    const msg = PopupMessage.safeParse(raw);
    return msg.success ? onPopup(msg.data) : undefined;
  }
  const msg = ContentMessage.safeParse(raw);
  return msg.success ? onContent(msg.data, sender) : undefined;
});

// The keyboard shortcut (manifest "commands") shows or hides the guide in the active tab.
browser.commands.onCommand.addListener((command) => {
  if (command !== 'toggle-guide') return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id !== undefined) return browser.tabs.sendMessage(tab.id, { type: 'toggle' }).catch(() => undefined);
  });
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (isForgetAlarm(alarm.name)) void apply([]);
});
// A browser restart empties session storage: the stored "secret held" flag must follow.
// The guide's messages are read ahead again for the browser's language and this version.
browser.runtime.onStartup.addListener(() => void readStringsAhead().then(() => apply([])));
browser.runtime.onInstalled.addListener(() => void readStringsAhead().then(() => apply([])));
void load().then(({ state }) => showBadge(state));

// Progress state and its transitions: a pure reducer. The background is its only caller that stores.
import { isFederal, recommendedFlow } from './flows';
import type { ConsoleKind, Side } from './hosts';
import { FLOWS, flowOf } from '../guides';
import type { Flow, FlowId, Step } from '../guides/types';

export type Engine = 'classic' | 'identity';

export interface Marks {
  done: string[];
  skipped: string[];
  /** When each step was done or skipped (ms), for the setup report. */
  at?: Record<string, number>;
  /** Steps whose own evidence a page showed (not the admin's mark): what Verified counts. */
  seen?: string[];
}

export interface Captured {
  /** The Duo account (admin host) the keys were read from. */
  account: string;
  ikey: string;
  host: string;
  /** Which label set Duo showed: Integration key/Secret key or Client ID/Client secret. */
  labels: 'ikey' | 'client';
  at: number;
  /** Whether the secret is still held in session storage. */
  secret: boolean;
  /** The one Okta org the keys go to (`acme.okta.com`): the first admin console seen after the
   *  capture, or the org the admin picked in the popup. Null until then. No page load changes it. */
  org: string | null;
}

/** Why the secret was forgotten, for the popup: saved in Okta, idle time, Forget keys, a browser
 *  restart, the setup done. */
export const FORGET_REASONS = ['used', 'idle', 'admin', 'restart', 'done'] as const;
export type ForgetReason = (typeof FORGET_REASONS)[number];

export interface Forgotten {
  at: number;
  why: ForgetReason;
}

export interface State {
  v: 2;
  flow: FlowId;
  /** Set once the admin picks a flow; until then the flow follows the Okta engine. */
  flowChosen: boolean;
  /** The Duo account in use: the one the held keys came from, else the last Duo admin console seen. */
  duo: string | null;
  /** The Okta org in use: the one the keys go to, else the last Okta admin console seen (an
   *  end-user page never sets it). */
  okta: string | null;
  /** Okta orgs whose admin console was seen, oldest first: the popup offers them as destinations. */
  orgs: string[];
  engines: Record<string, Engine>;
  /** Marks per scope: `duo:<admin host>` or `okta:<org host>`. */
  marks: Record<string, Marks>;
  captured: Captured | null;
  /** When and why the secret was last forgotten; cleared by the next capture. */
  forgotten: Forgotten | null;
  /** The admin paused the guide: no console page runs it until Resume. */
  paused: boolean;
  /** When this setup was finished (every step done or skipped), else null. */
  finishedAt: number | null;
  /** Setups finished, oldest first: a dated line each, never a key. */
  history: Setup[];
}

/** One finished setup, as the popup lists it. */
export interface Setup {
  at: number;
  duo: string | null;
  okta: string | null;
  flow: FlowId;
  /** The Duo application it connected, for the setup report: never the secret. The captured values
   *  themselves are forgotten when the setup finishes. */
  app?: Pick<Captured, 'ikey' | 'host' | 'labels'>;
}

/** At most this many orgs are remembered as destinations (the oldest drop out). */
export const MAX_ORGS = 20;
/** At most this many finished setups are listed. */
export const MAX_HISTORY = 50;

/** Whose event it is, as the background judges it from the sender's URL. */
export interface From {
  side: Side;
  /** The Duo admin host or the Okta org of the sender's page. */
  account: string;
}

export type StepState = 'done' | 'current' | 'pending' | 'skipped';

export type Event =
  /** What a page shows: steps whose page it is (`at`) and steps whose completion it shows (`done`). */
  | { type: 'seen'; kind: ConsoleKind; account: string; at: string[]; done: string[]; now?: number }
  /** From a page (`from`): applied to that page's own account, only for a step of its side.
   *  From the popup: applied to the account and org in use. */
  | { type: 'mark'; step: string; how: 'done' | 'skip' | 'back'; from?: From; now?: number }
  /** Keys read and validated; `org` is kept when they are the same account's same application. */
  | { type: 'captured'; captured: Omit<Captured, 'org'> }
  /** The secret is no longer held; the integration key and host stay for display. */
  | { type: 'secret-gone'; why: ForgetReason; at: number }
  /** Drop every captured value. */
  | { type: 'forget'; why: ForgetReason; at: number }
  /** The admin chose, in the popup, the org the keys go to (one of the orgs seen). */
  | { type: 'bind'; org: string }
  | { type: 'flow'; flow: FlowId }
  | { type: 'engine'; org: string; engine: Engine }
  /** Pause or resume the guide on every page. */
  | { type: 'pause'; paused: boolean }
  /** The background saw every step done: the setup gets its dated line. */
  | { type: 'finished'; at: number }
  /** Start the next setup (another Okta org, maybe another Duo account): the Duo side and the
   *  keys start afresh; each org keeps its own progress. */
  | { type: 'new-setup' }
  | { type: 'reset' };

export function initialState(): State {
  return { v: 2, flow: 'okta-classic', flowChosen: false, duo: null, okta: null, orgs: [], engines: {}, marks: {}, captured: null, forgotten: null, paused: false, finishedAt: null, history: [] };
}

/** What a tab or the popup reads from storage, checked for shape; anything else reads as a fresh
 *  start (the background, which validates fully, resets it with a message on its next write). */
export function asState(raw: unknown): State {
  const s = raw as Partial<State> | null | undefined;
  const ok =
    !!s && typeof s === 'object' && s.v === 2 && typeof s.flow === 'string' && s.flow in FLOWS && Array.isArray(s.orgs) &&
    typeof s.marks === 'object' && s.marks !== null && typeof s.engines === 'object' && s.engines !== null;
  // Fields added within a version read as their defaults.
  return ok ? ({ ...initialState(), ...s } as State) : initialState();
}

/** The state as one tab sees it: its own Duo account or Okta org in use, whatever was seen last elsewhere. */
export function viewFrom(state: State, side: Side, account: string): State {
  if (!account) return state;
  return side === 'duo' ? (state.duo === account ? state : { ...state, duo: account }) : state.okta === account ? state : { ...state, okta: account };
}

export const sideOf = (step: Step): Side => (step.console.startsWith('duo') ? 'duo' : 'okta');

function scopeKey(state: State, side: Side): string | null {
  const account = side === 'duo' ? state.duo : state.okta;
  return account ? `${side}:${account}` : null;
}

const sideOfKind = (kind: ConsoleKind): Side => (kind.startsWith('duo') ? 'duo' : 'okta');

function marksOf(state: State, side: Side): Marks {
  const key = scopeKey(state, side);
  return (key && state.marks[key]) || { done: [], skipped: [] };
}

/** Each step's state for the flow in use. Capture is done while the secret is held, or once filled. */
export function stepStates(state: State, flow: Flow = flowOf(state.flow)): { step: Step; state: StepState }[] {
  const fillDone = flow.steps.some((s) => s.kind === 'fill' && marksOf(state, 'okta').done.includes(s.id));
  let current = false;
  return flow.steps.map((step) => {
    const marks = marksOf(state, sideOf(step));
    let s: StepState;
    if (step.kind === 'capture') {
      const held = state.captured !== null && state.captured.account === state.duo && state.captured.secret;
      s = held || fillDone ? 'done' : marks.skipped.includes(step.id) ? 'skipped' : 'pending';
    } else {
      s = marks.done.includes(step.id) ? 'done' : marks.skipped.includes(step.id) ? 'skipped' : 'pending';
    }
    if (s === 'pending' && !current) {
      current = true;
      s = 'current';
    }
    return { step, state: s };
  });
}

/** The step the guide shows on a page of one side: that side's first open step, else the overall one. */
export function stepFor(state: State, side: Side | null): Step | null {
  const states = stepStates(state);
  const open = states.filter(isOpen);
  // The Verify group waits for the setup: a console page shows its checks only once no required
  // setup step is open (an optional one, still open, does not hold them back).
  if (setupLeft(states)) {
    const setup = open.filter((s) => s.step.group !== 'test');
    return (setup.find((s) => side && sideOf(s.step) === side) ?? setup[0])?.step ?? null;
  }
  return (open.find((s) => side && sideOf(s.step) === side) ?? open[0])?.step ?? null;
}

type Judged = ReturnType<typeof stepStates>[number];
const isOpen = (s: Judged): boolean => s.state === 'current' || s.state === 'pending';

/** Whether a required step of the setup itself (not of the Verify group) is still open. */
const setupLeft = (states: Judged[]): boolean => states.some((s) => s.step.group !== 'test' && !s.step.optional && isOpen(s));

/** The Verify group's checks (its steps that are not navigation) that apply to the flow. */
export const checksOf = (flow: Flow): Step[] => flow.steps.filter((s) => s.group === 'test' && s.kind !== 'nav');

/** Verified, as distinct from done: every check was seen done on its page, none only marked or skipped. */
export function isVerified(state: State, flow: Flow = flowOf(state.flow)): boolean {
  const checks = checksOf(flow);
  return checks.length > 0 && checks.every((s) => wasSeen(state, s));
}

/** Whether a page showed the step done (not only the admin's mark). */
export const wasSeen = (state: State, step: Step): boolean => !!marksOf(state, sideOf(step)).seen?.includes(step.id);

/** When a step was done or skipped, if known. */
export const markedAt = (state: State, step: Step): number | undefined => marksOf(state, sideOf(step)).at?.[step.id];

/** Required steps still open (optional ones never hold the setup back). */
export function stepsLeft(state: State): number {
  return stepStates(state).filter((s) => !s.step.optional && isOpen(s)).length;
}

/** Edits the marks of one scope (`duo:<host>` / `okta:<org>`); null edits nothing. */
function withMarks(state: State, key: string | null, edit: (m: Marks) => Marks): State {
  if (!key) return state;
  const before = state.marks[key] ?? { done: [], skipped: [] };
  const after = edit(before);
  // Unchanged state stays the same object: the store skips the write, no tab re-renders.
  return after === before ? state : { ...state, marks: { ...state.marks, [key]: after } };
}

const stamp = (m: Marks, ids: string[], now?: number): Marks['at'] =>
  now === undefined ? m.at : { ...m.at, ...Object.fromEntries(ids.map((id) => [id, now])) };

/** Marks steps done; `seen`: those whose own evidence a page showed. */
function addDone(m: Marks, ids: string[], now?: number, seen: string[] = []): Marks {
  const add = [...new Set(ids)].filter((id) => !m.done.includes(id));
  const see = [...new Set(seen)].filter((id) => !m.seen?.includes(id));
  if (!add.length && !see.length) return m;
  const next: Marks = { ...m, done: [...m.done, ...add], skipped: m.skipped.filter((id) => !add.includes(id)), at: stamp(m, add, now) };
  if (see.length) next.seen = [...(m.seen ?? []), ...see];
  return next;
}

/** Reopens steps: no longer done, skipped or seen. */
function reopen(m: Marks, ids: string[]): Marks {
  const out = (list: string[]) => list.filter((id) => !ids.includes(id));
  const next: Marks = { ...m, done: out(m.done), skipped: out(m.skipped) };
  if (m.seen) next.seen = out(m.seen);
  return next;
}

/** Evidence counts only from the console the step happens in, or, for a step whose proof is
 *  reaching another console (signing in, Admin), from that console. */
function evidenceFrom(step: Step, kind: ConsoleKind): boolean {
  return step.console === kind || (!!step.done && 'console' in step.done && step.done.console === kind);
}

export function reduce(state: State, event: Event): State {
  const flow = flowOf(state.flow);
  switch (event.type) {
    case 'seen': {
      const side = sideOfKind(event.kind);
      const next = pointAt(state, event.kind, event.account);
      const steps = flow.steps.filter((s) => sideOf(s) === side);
      // The Verify group's checks count only once the setup is done: a log row or a setup screen
      // seen before then proves nothing of this setup (an earlier org's Okta row, say).
      const early = setupLeft(stepStates(viewFrom(next, side, event.account), flow));
      const counts = (i: number) => i >= 0 && !(early && steps[i]!.group === 'test');
      const implied: string[] = [];
      const seen: string[] = [];
      // Reaching a step's page, or seeing it done, means the way there was walked; what the admin set
      // up on the way is proved only by the step's own evidence or by a step that `proves` it.
      // A Verify check's page proves only the Verify group's own way there, never the setup's.
      const navBefore = (i: number) =>
        steps.slice(0, i).filter((s) => s.kind === 'nav' && (steps[i]!.group !== 'test' || s.group === 'test')).map((s) => s.id);
      for (const id of event.done) {
        const i = steps.findIndex((s) => s.id === id);
        if (counts(i) && evidenceFrom(steps[i]!, event.kind)) {
          implied.push(...navBefore(i), id, ...(steps[i]!.proves ?? []));
          seen.push(id);
        }
      }
      for (const id of event.at) {
        const i = steps.findIndex((s) => s.id === id);
        if (counts(i) && steps[i]!.console === event.kind) implied.push(...navBefore(i));
      }
      // The page's own account: a tab of another org never writes into this one's progress.
      const key = event.account ? `${side}:${event.account}` : null;
      return implied.length ? withMarks(next, key, (m) => addDone(m, implied, event.now, seen)) : next;
    }
    case 'mark': {
      const step = flow.steps.find((s) => s.id === event.step);
      if (!step) return state;
      const side = sideOf(step);
      // A page marks only steps of its own console side, in its own account.
      if (event.from && (event.from.side !== side || !event.from.account)) return state;
      const view = event.from ? viewFrom(state, side, event.from.account) : state;
      const key = scopeKey(view, side);
      if (event.how === 'done') return withMarks(state, key, (m) => addDone(m, [step.id], event.now));
      if (event.how === 'skip') {
        return withMarks(state, key, (m) => ({ ...reopen(m, [step.id]), skipped: [...m.skipped.filter((id) => id !== step.id), step.id], at: stamp(m, [step.id], event.now) }));
      }
      // Back: reopen the last closed step before this one on the same side.
      const states = stepStates(view, flow);
      const i = states.findIndex((s) => s.step.id === step.id);
      const prev = states.slice(0, i).reverse().find((s) => sideOf(s.step) === side && (s.state === 'done' || s.state === 'skipped'));
      if (!prev) return state;
      return withMarks(state, key, (m) => reopen(m, [prev.step.id]));
    }
    case 'captured': {
      const before = state.captured;
      // The same application of the same account keeps its destination; other keys choose anew.
      const same = !!before && before.account === event.captured.account && before.ikey === event.captured.ikey;
      const org = same ? before.org : null;
      return { ...state, duo: event.captured.account, okta: org ?? state.okta, captured: { ...event.captured, org }, forgotten: null };
    }
    case 'secret-gone':
      return state.captured && state.captured.secret ? { ...state, captured: { ...state.captured, secret: false }, forgotten: { at: event.at, why: event.why } } : state;
    case 'forget':
      // A finished setup says so, whatever had already taken the secret.
      return state.captured ? { ...state, captured: null, forgotten: state.captured.secret || event.why === 'done' ? { at: event.at, why: event.why } : state.forgotten } : state;
    case 'bind': {
      const captured = state.captured;
      // A finished setup's keys are forgotten: nothing to send anywhere.
      if (!captured || state.finishedAt !== null || !state.orgs.includes(event.org) || (captured.org === event.org && state.okta === event.org)) return state;
      return { ...state, okta: event.org, captured: { ...captured, org: event.org } };
    }
    case 'flow':
      return { ...state, flow: event.flow, flowChosen: true };
    case 'engine': {
      const engines = state.engines[event.org] === event.engine ? state.engines : { ...state.engines, [event.org]: event.engine };
      // Until the admin chooses, the flow follows the engine of the org in use, and the Duo plan;
      // another org's report changes nothing but what is known of that org.
      const flow = state.flowChosen || event.org !== state.okta ? state.flow : recommendedFlow(event.engine, isFederal(state.duo));
      return engines === state.engines && flow === state.flow ? state : { ...state, engines, flow };
    }
    case 'pause':
      return state.paused === event.paused ? state : { ...state, paused: event.paused };
    case 'finished': {
      if (state.finishedAt !== null) return state;
      const c = state.captured;
      const line: Setup = { at: event.at, duo: state.duo, okta: state.okta, flow: state.flow, ...(c && { app: { ikey: c.ikey, host: c.host, labels: c.labels } }) };
      return { ...state, finishedAt: event.at, history: [...state.history, line].slice(-MAX_HISTORY) };
    }
    case 'new-setup': {
      const marks = { ...state.marks };
      if (state.duo) delete marks[`duo:${state.duo}`];
      return { ...state, marks, duo: null, okta: null, captured: null, forgotten: null, flowChosen: false, paused: false, finishedAt: null };
    }
    case 'reset':
      return { ...initialState(), flow: state.flow, flowChosen: state.flowChosen, engines: state.engines, history: state.history };
  }
}

/** Whether console pages run the guide: a setup is under way and not paused. */
export const guideRunning = (state: State): boolean => !state.paused && !isComplete(state);

/** Who a page report makes the account or org in use. A Duo admin console, while no keys are held
 *  from another; an Okta admin console binds keys not yet bound, or points at its org while there
 *  are no keys. An end-user page, or any page once the keys are bound, points nowhere. */
function pointAt(state: State, kind: ConsoleKind, account: string): State {
  if (!account) return state;
  if (kind === 'duo-admin') return state.captured || state.duo === account ? state : { ...state, duo: account };
  if (kind !== 'okta-admin') return state;
  let next = state.orgs.includes(account) ? state : { ...state, orgs: [...state.orgs, account].slice(-MAX_ORGS) };
  const captured = next.captured;
  if (captured && captured.org === null) next = { ...next, okta: account, captured: { ...captured, org: account } };
  else if (!captured && next.okta !== account) next = { ...next, okta: account };
  return next;
}

/** Every step of the flow is done or skipped. */
export function isComplete(state: State): boolean {
  return stepsLeft(state) === 0;
}

// Progress state and its transitions: a pure reducer. The background is its only caller that stores.
import { isFederal, recommendedFlow } from './flows';
import type { ConsoleKind, Side } from './hosts';
import { FLOWS, flowOf } from '../guides';
import type { Flow, FlowId, Step } from '../guides/types';

export type Engine = 'classic' | 'identity';

export interface Marks {
  done: string[];
  skipped: string[];
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
}

export interface State {
  v: 1;
  flow: FlowId;
  /** Set once the admin picks a flow; until then the flow follows the Okta engine. */
  flowChosen: boolean;
  /** The Duo account and Okta org in use: the last ones seen. */
  duo: string | null;
  okta: string | null;
  engines: Record<string, Engine>;
  /** Marks per scope: `duo:<admin host>` or `okta:<org host>`. */
  marks: Record<string, Marks>;
  captured: Captured | null;
}

export type StepState = 'done' | 'current' | 'pending' | 'skipped';

export type Event =
  /** What a page shows: steps whose page it is (`at`) and steps whose completion it shows (`done`). */
  | { type: 'seen'; kind: ConsoleKind; account: string; at: string[]; done: string[] }
  | { type: 'mark'; step: string; how: 'done' | 'skip' | 'back' }
  | { type: 'captured'; captured: Captured }
  /** The secret is no longer held; the integration key and host stay for display. */
  | { type: 'secret-gone' }
  /** Drop every captured value. */
  | { type: 'forget' }
  | { type: 'flow'; flow: FlowId }
  | { type: 'engine'; org: string; engine: Engine }
  | { type: 'reset' };

export function initialState(): State {
  return { v: 1, flow: 'okta-classic', flowChosen: false, duo: null, okta: null, engines: {}, marks: {}, captured: null };
}

/** What a tab or the popup reads from storage, checked for shape; anything else reads as a fresh
 *  start (the background, which validates fully, resets it with a message on its next write). */
export function asState(raw: unknown): State {
  const s = raw as Partial<State> | null | undefined;
  const ok =
    !!s && typeof s === 'object' && s.v === 1 && typeof s.flow === 'string' && s.flow in FLOWS &&
    typeof s.marks === 'object' && s.marks !== null && typeof s.engines === 'object' && s.engines !== null;
  return ok ? (s as State) : initialState();
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
  const open = states.filter((s) => s.state === 'current' || s.state === 'pending');
  return (open.find((s) => side && sideOf(s.step) === side) ?? open[0])?.step ?? null;
}

/** Required steps still open (optional ones never hold the setup back). */
export function stepsLeft(state: State): number {
  return stepStates(state).filter((s) => !s.step.optional && (s.state === 'current' || s.state === 'pending')).length;
}

function withMarks(state: State, side: Side, edit: (m: Marks) => Marks): State {
  const key = scopeKey(state, side);
  if (!key) return state;
  const before = state.marks[key] ?? { done: [], skipped: [] };
  const after = edit(before);
  // Unchanged state stays the same object: the store skips the write, no tab re-renders.
  return after === before ? state : { ...state, marks: { ...state.marks, [key]: after } };
}

function addDone(m: Marks, ids: string[]): Marks {
  const add = [...new Set(ids)].filter((id) => !m.done.includes(id));
  if (!add.length) return m;
  return { done: [...m.done, ...add], skipped: m.skipped.filter((id) => !add.includes(id)) };
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
      const side: Side = event.kind.startsWith('duo') ? 'duo' : 'okta';
      let next = state;
      const active = side === 'duo' ? state.duo : state.okta;
      if (event.account && event.account !== active) next = side === 'duo' ? { ...next, duo: event.account } : { ...next, okta: event.account };
      const steps = flow.steps.filter((s) => sideOf(s) === side);
      const implied: string[] = [];
      // Reaching a step's page, or seeing it done, means the way there was walked; what the admin set
      // up on the way is proved only by the step's own evidence or by a step that `proves` it.
      const navBefore = (i: number) => steps.slice(0, i).filter((s) => s.kind === 'nav').map((s) => s.id);
      for (const id of event.done) {
        const i = steps.findIndex((s) => s.id === id);
        if (i >= 0 && evidenceFrom(steps[i]!, event.kind)) implied.push(...navBefore(i), id, ...(steps[i]!.proves ?? []));
      }
      for (const id of event.at) {
        const i = steps.findIndex((s) => s.id === id);
        if (i >= 0 && steps[i]!.console === event.kind) implied.push(...navBefore(i));
      }
      return implied.length ? withMarks(next, side, (m) => addDone(m, implied)) : next;
    }
    case 'mark': {
      const step = flow.steps.find((s) => s.id === event.step);
      if (!step) return state;
      const side = sideOf(step);
      if (event.how === 'done') return withMarks(state, side, (m) => addDone(m, [step.id]));
      if (event.how === 'skip') {
        return withMarks(state, side, (m) => ({ done: m.done.filter((id) => id !== step.id), skipped: [...m.skipped.filter((id) => id !== step.id), step.id] }));
      }
      // Back: reopen the last closed step before this one on the same side.
      const states = stepStates(state, flow);
      const i = states.findIndex((s) => s.step.id === step.id);
      const prev = states.slice(0, i).reverse().find((s) => sideOf(s.step) === side && (s.state === 'done' || s.state === 'skipped'));
      if (!prev) return state;
      let next = withMarks(state, side, (m) => ({ done: m.done.filter((id) => id !== prev.step.id), skipped: m.skipped.filter((id) => id !== prev.step.id) }));
      if (prev.step.kind === 'capture' && next.captured) next = { ...next, captured: { ...next.captured, secret: false } };
      return next;
    }
    case 'captured':
      return { ...state, duo: event.captured.account, captured: event.captured };
    case 'secret-gone':
      return state.captured && state.captured.secret ? { ...state, captured: { ...state.captured, secret: false } } : state;
    case 'forget':
      return state.captured ? { ...state, captured: null } : state;
    case 'flow':
      return { ...state, flow: event.flow, flowChosen: true };
    case 'engine': {
      const engines = { ...state.engines, [event.org]: event.engine };
      // Until the admin chooses, the flow follows the org's engine and the Duo plan.
      const flow = state.flowChosen ? state.flow : recommendedFlow(event.engine, isFederal(state.duo));
      return { ...state, engines, flow };
    }
    case 'reset':
      return { ...initialState(), flow: state.flow, flowChosen: state.flowChosen, engines: state.engines };
  }
}

/** Every step of the flow is done or skipped. */
export function isComplete(state: State): boolean {
  return stepsLeft(state) === 0;
}

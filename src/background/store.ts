// The one writer of stored progress. Writes are serialised through one queue so two events that
// arrive together never lose each other's changes; the worker may be stopped between any two.
import browser from 'webextension-polyfill';
import { z } from 'zod/mini';
import { initialState, reduce, type Event, type State } from '../engine/progress';
import { FLOW_IDS } from '../guides/types';

const KEY = 'progress';

const StateSchema = z.object({
  v: z.literal(1),
  flow: z.enum(FLOW_IDS),
  flowChosen: z.boolean(),
  duo: z.nullable(z.string()),
  okta: z.nullable(z.string()),
  engines: z.record(z.string(), z.enum(['classic', 'identity'])),
  marks: z.record(z.string(), z.object({ done: z.array(z.string()), skipped: z.array(z.string()) })),
  captured: z.nullable(
    z.object({
      account: z.string(),
      ikey: z.string(),
      host: z.string(),
      labels: z.enum(['ikey', 'client']),
      at: z.number(),
      secret: z.boolean(),
    }),
  ),
});

export interface Loaded {
  state: State;
  /** Set when what was stored could not be read and progress started afresh. */
  notice?: string;
}

export async function load(): Promise<Loaded> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (raw === undefined) return { state: initialState() };
  const parsed = StateSchema.safeParse(raw);
  if (parsed.success) return { state: parsed.data as State };
  return { state: initialState(), notice: 'Saved progress could not be read (it may come from an older version), so the guide started over.' };
}

let queue: Promise<unknown> = Promise.resolve();

/** Applies events to the stored state, one update at a time; resolves with the new state. */
export function update(events: Event[] | ((s: State) => Event[])): Promise<State> {
  const run = queue.then(async () => {
    const { state, notice } = await load();
    const list = typeof events === 'function' ? events(state) : events;
    const next = list.reduce(reduce, state);
    if (next !== state || notice) await browser.storage.local.set({ [KEY]: next, notice: notice ?? null });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export const STATE_KEY = KEY;

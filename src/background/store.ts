// The one writer of stored progress. Writes are serialised through one queue so two events that
// arrive together never lose each other's changes; the worker may be stopped between any two.
import browser from 'webextension-polyfill';
import { z } from 'zod/mini';
import { FORGET_REASONS, initialState, MAX_HISTORY, MAX_ORGS, reduce, type Event, type State } from '../engine/progress';
import { FLOW_IDS } from '../guides/types';
import type { MessageKey } from '../i18n';

const KEY = 'progress';
export const NOTICE_KEY = 'notice';

const Marks = z.record(
  z.string(),
  // `at` and `seen` were added within version 2: absent in older stores.
  z.object({ done: z.array(z.string()), skipped: z.array(z.string()), at: z.optional(z.record(z.string(), z.number())), seen: z.optional(z.array(z.string())) }),
);
const Engines = z.record(z.string(), z.enum(['classic', 'identity']));
const CapturedV1 = z.object({
  account: z.string(),
  ikey: z.string(),
  host: z.string(),
  labels: z.enum(['ikey', 'client']),
  at: z.number(),
  secret: z.boolean(),
});

const StateSchema = z.object({
  v: z.literal(2),
  flow: z.enum(FLOW_IDS),
  flowChosen: z.boolean(),
  duo: z.nullable(z.string()),
  okta: z.nullable(z.string()),
  orgs: z.array(z.string()).check(z.maxLength(MAX_ORGS)),
  engines: Engines,
  marks: Marks,
  captured: z.nullable(z.extend(CapturedV1, { org: z.nullable(z.string()) })),
  forgotten: z.nullable(z.object({ at: z.number(), why: z.enum(FORGET_REASONS) })),
  // Added within version 2: read as their defaults when absent.
  paused: z.optional(z.boolean()),
  finishedAt: z.optional(z.nullable(z.number())),
  history: z.optional(
    z
      .array(
        z.object({
          at: z.number(),
          duo: z.nullable(z.string()),
          okta: z.nullable(z.string()),
          flow: z.enum(FLOW_IDS),
          // Added within version 2: the application a finished setup connected.
          app: z.optional(z.object({ ikey: z.string(), host: z.string(), labels: z.enum(['ikey', 'client']) })),
        }),
      )
      .check(z.maxLength(MAX_HISTORY)),
  ),
});

/** Version 1 had no destination for the keys: they keep their progress and choose an org anew,
 *  and the org "in use" (which any page load could set) is forgotten. */
const StateV1 = z.object({
  v: z.literal(1),
  flow: z.enum(FLOW_IDS),
  flowChosen: z.boolean(),
  duo: z.nullable(z.string()),
  okta: z.nullable(z.string()),
  engines: Engines,
  marks: Marks,
  captured: z.nullable(CapturedV1),
});

function migrate(raw: unknown): State | null {
  const v1 = StateV1.safeParse(raw);
  if (!v1.success) return null;
  const { captured, ...rest } = v1.data;
  return { ...initialState(), ...rest, v: 2, okta: null, orgs: [], captured: captured && { ...captured, org: null }, forgotten: null };
}

export interface Loaded {
  state: State;
  /** Set when what was stored could not be read and progress started afresh: a message key,
   *  stored (not its text) so the popup shows it in the admin's language. */
  notice?: MessageKey;
  /** Read from an older version's shape: written back in the current one on the next update. */
  migrated?: true;
}

export async function load(): Promise<Loaded> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (raw === undefined) return { state: initialState() };
  const parsed = StateSchema.safeParse(raw);
  if (parsed.success) return { state: { ...initialState(), ...parsed.data } as State };
  const migrated = migrate(raw);
  if (migrated) return { state: migrated, migrated: true };
  return { state: initialState(), notice: 'notice_progress_reset' };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one read-modify-write at a time: the secret and the state change together, never interleaved. */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/** Applies events to the stored state; call only inside `exclusive`. Writes only when something changed. */
export async function updateNow(events: Event[]): Promise<State> {
  const { state, notice, migrated } = await load();
  const next = events.reduce(reduce, state);
  // A notice stays until the admin dismisses it in the popup.
  if (next !== state || notice || migrated) await browser.storage.local.set(notice ? { [KEY]: next, [NOTICE_KEY]: notice } : { [KEY]: next });
  return next;
}

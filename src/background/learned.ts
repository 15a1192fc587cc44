// Controls admins showed the guide ("Show the guide where it is"), per Duo account or Okta org and
// step, in storage.local: role, name, label and landmark only. Used before the guide's own
// strategies; listed in Copy diagnostics; forgotten from the popup.
import browser from 'webextension-polyfill';
import { z } from 'zod/mini';
import { LEARNED_KEY, type Learned as LearnedLocator } from '../engine/learn';
import { Learned } from '../messages';

/** Enough for every step of every flow in a few orgs; a page cannot fill storage through it. */
const MAX_SCOPES = 20;

const Store = z.record(z.string(), z.record(z.string(), Learned));
export type LearnedStore = Record<string, Record<string, LearnedLocator>>;

/** What is stored, or nothing when it cannot be read. */
export function learnedFrom(raw: unknown): LearnedStore {
  const parsed = Store.safeParse(raw);
  return parsed.success ? (parsed.data as LearnedStore) : {};
}

/** Keeps one locator for a step of one account (`duo:<host>` or `okta:<org>`). Call inside `exclusive`. */
export async function learn(scope: string, step: string, locator: LearnedLocator): Promise<void> {
  const all = learnedFrom((await browser.storage.local.get(LEARNED_KEY))[LEARNED_KEY]);
  const scopes = Object.keys(all).filter((k) => k !== scope).slice(-(MAX_SCOPES - 1));
  const next: LearnedStore = Object.fromEntries(scopes.map((k) => [k, all[k]!]));
  next[scope] = { ...all[scope], [step]: locator };
  await browser.storage.local.set({ [LEARNED_KEY]: next });
}

export const forgetLearned = (): Promise<void> => browser.storage.local.remove(LEARNED_KEY);

// The Duo secret key lives only here: chrome.storage.session at its default access level
// (extension pages and this worker; never content scripts), forgotten once the form is saved in
// Okta, or after an idle time from the capture.
import browser from 'webextension-polyfill';
import { IDLE_MINUTES } from '../messages';

const KEY = 'duoSecret';
/** When the secret will be forgotten, for the popup, which never needs the secret itself. */
export const EXPIRY_KEY = 'duoSecretExpires';
/** The admin's idle time, in storage.local. */
export const SETTINGS_KEY = 'settings';
const ALARM = 'forget-secret';

interface Held {
  value: string;
  /** The integration key it belongs to. */
  ikey: string;
  expires: number;
}

/** The idle time in stored settings; anything missing or out of range reads as the default. */
export function idleFrom(settings: unknown): number {
  const m = (settings as { idleMinutes?: unknown } | undefined)?.idleMinutes;
  return typeof m === 'number' && m >= IDLE_MINUTES.min && m <= IDLE_MINUTES.max ? m : IDLE_MINUTES.default;
}

export async function idleMinutes(): Promise<number> {
  return idleFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

async function store(held: Omit<Held, 'expires'>): Promise<void> {
  const expires = Date.now() + (await idleMinutes()) * 60_000;
  await browser.storage.session.set({ [KEY]: { ...held, expires } satisfies Held, [EXPIRY_KEY]: expires });
  // An alarm, not a timer: the worker may be stopped long before the deadline.
  await browser.alarms.create(ALARM, { when: expires });
}

/** Memory-only storage: Chrome 102+, Firefox 115+. Without it the secret is not kept at all. */
export const canHoldSecret = (): boolean => typeof browser.storage.session?.set === 'function';

export const holdSecret = (value: string, ikey: string): Promise<void> => store({ value, ikey });

/** The secret if still held and not expired. Reading it (a Fill) does not extend the idle time:
 *  the time runs from the capture, and a saved form forgets the secret sooner. */
export async function readSecret(ikey: string): Promise<string | null> {
  const held = (await browser.storage.session.get(KEY))[KEY] as Held | undefined;
  if (!held || held.ikey !== ikey) return null;
  if (held.expires < Date.now()) {
    await forgetSecret();
    return null;
  }
  return held.value;
}

/** A new idle time applies from now to a secret already held. */
export async function setIdleMinutes(minutes: number): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: { idleMinutes: minutes } });
  const held = (await browser.storage.session.get(KEY))[KEY] as Held | undefined;
  if (held) await store(held);
}

export async function secretExpiry(): Promise<number | null> {
  const expires = (await browser.storage.session.get(EXPIRY_KEY))[EXPIRY_KEY];
  return typeof expires === 'number' ? expires : null;
}

export async function forgetSecret(): Promise<void> {
  await browser.storage.session.remove([KEY, EXPIRY_KEY]);
  await browser.alarms.clear(ALARM);
}

export const isForgetAlarm = (name: string): boolean => name === ALARM;

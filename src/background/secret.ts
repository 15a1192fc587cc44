// The Duo secret key lives only here: chrome.storage.session at its default access level
// (extension pages and this worker; never content scripts), with an idle expiry.
import browser from 'webextension-polyfill';

const KEY = 'duoSecret';
export const IDLE_MINUTES_DEFAULT = 30;

interface Held {
  value: string;
  /** The integration key it belongs to. */
  ikey: string;
  expires: number;
}

/** When the secret will be forgotten, for the popup, which never needs the secret itself. */
export const EXPIRY_KEY = 'duoSecretExpires';

async function store(held: Held): Promise<void> {
  await browser.storage.session.set({ [KEY]: held, [EXPIRY_KEY]: held.expires });
}

export async function holdSecret(value: string, ikey: string, idleMinutes: number): Promise<void> {
  await store({ value, ikey, expires: Date.now() + idleMinutes * 60_000 });
}

/** The secret if still held and not expired; reading it counts as use and extends the idle time. */
export async function readSecret(ikey: string, idleMinutes: number): Promise<string | null> {
  const held = (await browser.storage.session.get(KEY))[KEY] as Held | undefined;
  if (!held || held.ikey !== ikey) return null;
  if (held.expires < Date.now()) {
    await forgetSecret();
    return null;
  }
  await store({ ...held, expires: Date.now() + idleMinutes * 60_000 });
  return held.value;
}

export async function secretExpiry(): Promise<number | null> {
  const expires = (await browser.storage.session.get(EXPIRY_KEY))[EXPIRY_KEY];
  return typeof expires === 'number' ? expires : null;
}

export async function forgetSecret(): Promise<void> {
  await browser.storage.session.remove([KEY, EXPIRY_KEY]);
}

// Every user-visible string comes from _locales/<lang>/messages.json through the browser's i18n
// API. Code and guides hold message keys, typed from the English file, so a key used but missing
// fails the type check; test/unit/i18n.test.ts also fails on a key that nothing uses.
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

/** A message: its key, or its key and the values for its placeholders ($1…$9, in order). A nested
 *  message is written as an array (`['field_secret_key']`); a plain string is shown as it is. */
export type Msg = MessageKey | readonly [MessageKey, ...Sub[]];
export type Sub = string | number | readonly [MessageKey, ...Sub[]];

type I18n = { getMessage(key: string, subs?: string[]): string };

/** Where the content scripts' messages are read ahead (src/background/strings.ts): a page's first
 *  `i18n.getMessage` makes the renderer fetch the whole message bundle synchronously (about 15 ms,
 *  the largest part of the guide's start on the bench's page), so the guide reads them with the
 *  state instead. Only messages, never a value. */
export const STRINGS_KEY = 'strings';
/** Passed as every substitution when reading a message ahead: each marks where `$n` goes. */
export const MARKERS = ['\uE001', '\uE002', '\uE003', '\uE004', '\uE005', '\uE006', '\uE007', '\uE008', '\uE009'];
export interface Strings {
  /** The extension version and UI language they were read for. */
  version: string;
  lang: string;
  messages: Record<string, string>;
}

/** The read-ahead messages, shared by every script of the guide in this page's extension world
 *  (the guide, its help): a global of that world, which the page cannot see. */
const world = globalThis as { duoOktaStrings?: Record<string, string> };

/** Uses read-ahead messages when they are for this version of the extension; anything else leaves
 *  the browser's i18n API in charge. */
export function useStrings(raw: unknown, version: string): void {
  const s = raw as Partial<Strings> | null | undefined;
  const ok = !!s && typeof s === 'object' && s.version === version && !!s.messages && typeof s.messages === 'object';
  world.duoOktaStrings = ok ? s.messages : undefined;
}

const MARKED = /[\uE001-\uE009]/g;

function api(): I18n | undefined {
  const scope = globalThis as unknown as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

export function t(msg: Msg): string {
  const [key, ...subs] = typeof msg === 'string' ? [msg] : msg;
  const values = subs.map((s) => (typeof s === 'object' ? t(s) : String(s)));
  const ahead = world.duoOktaStrings?.[key];
  const text = typeof ahead === 'string' ? ahead.replace(MARKED, (m) => values[m.charCodeAt(0) - 0xe001] ?? '') : api()?.getMessage(key, values);
  // A key the browser does not know shows as the key: visibly wrong, never blank.
  return text || key;
}

let lists: Intl.ListFormat | undefined;
/** Names joined the way the messages' language joins a list ("A, B and C"). */
export const list = (keys: MessageKey[]): string => (lists ??= new Intl.ListFormat(t('locale_lang'), { type: 'conjunction' })).format(keys.map((k) => t(k)));

/** A stored value that should name a message (a notice kept in storage) and does. */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && !!api()?.getMessage(value);
}

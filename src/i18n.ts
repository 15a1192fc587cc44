// Every user-visible string comes from _locales/<lang>/messages.json through the browser's i18n
// API. Code and guides hold message keys, typed from the English file, so a key used but missing
// fails the type check; test/unit/i18n.test.ts also fails on a key that nothing uses.
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

/** A message: its key, or its key and the values for its placeholders ($1…$9, in order). A nested
 *  message is written as an array (`['field_secret_key']`); a plain string is shown as it is. */
export type Msg = MessageKey | readonly [MessageKey, ...Sub[]];
export type Sub = string | number | readonly [MessageKey, ...Sub[]];

type I18n = { getMessage(key: string, subs?: string[]): string };

function api(): I18n | undefined {
  const scope = globalThis as unknown as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

export function t(msg: Msg): string {
  const [key, ...subs] = typeof msg === 'string' ? [msg] : msg;
  const values = subs.map((s) => (typeof s === 'object' ? t(s) : String(s)));
  // A key the browser does not know shows as the key: visibly wrong, never blank.
  return api()?.getMessage(key, values) || key;
}

/** A stored value that should name a message (a notice kept in storage) and does. */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && !!api()?.getMessage(value);
}

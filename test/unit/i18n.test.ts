// Every user-visible string is a message in _locales/en/messages.json: a key used but missing, a key
// never used, and a message whose placeholders do not match what the code passes all fail here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from '../../src/engine/locate';
import { FLOWS } from '../../src/guides';
import { STRINGS_KEY, t, useStrings, type Strings, type MessageKey, type Msg, type Sub } from '../../src/i18n';
import { getMessage, messages, type MessageEntry } from './chrome-i18n';
import { code, contentKeys, KEY, keysIn, sources } from '../../scripts/message-keys';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readStringsAhead } from '../../src/background/strings';

const ROOT = resolve(import.meta.dirname, '../..');
/** Every key src or the manifest names (scripts/message-keys.ts says what counts as naming one). */
function keysInSource(): Map<string, string> {
  const used = new Map([...keysIn(sources(join(ROOT, 'src')))].map(([key, file]) => [key, file.slice(ROOT.length + 1)]));
  for (const m of readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.set(m[1]!, 'manifest.json');
  return used;
}

const placeholders = (key: string) => Object.keys(messages[key]?.placeholders ?? {}).length;

describe('messages', () => {
  it('every key the code or the manifest uses exists', () => {
    const missing = [...keysInSource()].filter(([key]) => !(key in messages)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every key is used', () => {
    const used = keysInSource();
    expect(Object.keys(messages).filter((key) => !used.has(key))).toEqual([]);
  });

  it('no message key is built at run time or cast into being (the checks above could not see it)', () => {
    for (const file of sources(join(ROOT, 'src'))) {
      expect(code(file), file).not.toMatch(/\bt\(\s*\[?\s*`/);
      expect(code(file), file).not.toMatch(/\bas MessageKey\b/);
    }
  });

  it('the English file names each key once (JSON.parse would keep only the last)', () => {
    const names = [...readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8').matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]!);
    expect(names.length).toBe(Object.keys(messages).length);
  });

  const locales = readdirSync(join(ROOT, '_locales')).filter((dir) => existsSync(join(ROOT, '_locales', dir, 'messages.json')));
  it.each(locales)('_locales/%s: known keys, the same placeholders as English, a direction, no stray $', (locale) => {
    const file = JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, MessageEntry>;
    expect(Object.keys(file).filter((key) => !(key in messages))).toEqual([]);
    expect(['ltr', 'rtl']).toContain(file.locale_dir?.message);
    expect(file.locale_lang?.message).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    for (const [key, entry] of Object.entries(file)) {
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(messages[key]!.placeholders ?? {}).sort());
      // Chrome drops a lone $ and the character after it: a literal dollar is written $$.
      expect(entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$|\$\d/g, ''), key).not.toContain('$');
    }
  });

  it.each(Object.entries(messages))('%s: a message, its placeholders used and numbered $1…$n', (key, entry) => {
    expect(key).toMatch(KEY);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description, 'a description for translators').toBeTruthy();
    const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
    const defined = Object.keys(entry.placeholders ?? {});
    expect(new Set(named)).toEqual(new Set(defined));
    expect(Object.values(entry.placeholders ?? {}).map((p) => p.content).sort()).toEqual(defined.map((_, i) => `$${i + 1}`));
  });

  it('the manifest names the default locale and takes its name and description from it', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_ext_name__');
    expect(manifest.description).toBe('__MSG_ext_description__');
    // Chrome's limits on the resolved strings.
    expect(getMessage('ext_name').length).toBeLessThanOrEqual(75);
    expect(getMessage('ext_short_name').length).toBeLessThanOrEqual(12);
    expect(getMessage('ext_description').length).toBeLessThanOrEqual(132);
  });
});

describe('guides', () => {
  /** Each message a guide holds, with as many values as its placeholders, and each nested one too. */
  function check(msg: Msg | Sub, where: string): void {
    if (typeof msg === 'number') return;
    if (typeof msg === 'string') {
      // Only a step's text fields hold bare keys here; a bare string inside an array is a value.
      expect(messages, where).toHaveProperty(msg);
      expect(placeholders(msg), `${where}: ${msg} needs values`).toBe(0);
      return;
    }
    const [key, ...subs] = msg;
    expect(messages, where).toHaveProperty(key);
    expect(subs.length, `${where}: ${key}`).toBe(placeholders(key));
    for (const sub of subs) {
      if (typeof sub === 'object') check(sub, where);
      // A key given as a plain value would show as the key: nested messages are arrays.
      else expect(String(sub), `${where}: ${key} is given a key as a value`).not.toMatch(KEY);
    }
  }

  function locators(l: Locator | undefined, out: Locator[] = []): Locator[] {
    if (!l) return out;
    out.push(l);
    locators(l.within, out);
    locators(l.near, out);
    for (const s of l.any) locators(s.has, out);
    return out;
  }

  it.each(Object.values(FLOWS).flatMap((flow) => flow.steps.map((step) => [flow.id, step.id, step] as const)))(
    '%s › %s: title, instruction, help, what it looks for and field names are complete messages',
    (_flow, id, step) => {
      for (const msg of [step.title, step.instruction, step.help]) if (msg !== undefined) check(msg, id);
      for (const l of [...locators(step.target), ...locators(step.capture?.reveal), ...(step.fill?.fields.flatMap((f) => locators(f.field)) ?? [])]) {
        check(l.describe, id);
      }
      for (const f of step.fill?.fields ?? []) check(f.name, id);
      // Resolved, no placeholder is left unfilled.
      for (const msg of [step.title, step.instruction, step.help]) if (msg !== undefined) expect(t(msg)).not.toMatch(/\$|^[a-z_]+$/);
    },
  );

  it.each(Object.values(FLOWS))('$id: title and summary', (flow) => {
    check(flow.title, flow.id);
    check(flow.summary, flow.id);
  });
});

describe('messages read ahead for the content scripts (src/background/strings.ts)', () => {
  /** What the background stores, read back as the guide reads it. */
  async function stored(): Promise<Strings> {
    await readStringsAhead();
    return (await fakeBrowser.storage.local.get(STRINGS_KEY))[STRINGS_KEY] as Strings;
  }
  afterEach(() => useStrings(undefined, ''));

  it('the background stores every key the guide and its help name, and only those', async () => {
    const { messages: ahead, lang } = await stored();
    expect(Object.keys(ahead).sort()).toEqual(contentKeys(join(ROOT, 'src'), messages));
    // The guide's own words and its parts' are among them.
    expect(['action_mark_done', 'capture_not_okta_app', 'fill_no_keys'].filter((k) => !(k in ahead))).toEqual([]);
    expect(lang).toBe('en');
    // The popup's own words are not among them.
    expect(Object.keys(ahead).some((k) => k.startsWith('popup_'))).toBe(false);
  });

  it('give the same text as the browser, with every placeholder filled, nested messages too', async () => {
    const table = await stored();
    const keys = Object.keys(table.messages) as MessageKey[];
    const say = (k: MessageKey) => t([k, 'one $1 $$', 2, ['field_secret_key'], 'four', 5, 6, 7, 8, 9]);
    const withApi = keys.map(say);
    useStrings(table, table.version);
    const ahead = keys.map(say);
    expect(ahead).toEqual(withApi);
    expect(ahead.join('')).not.toMatch(/[\uE001-\uE009]/);
  });

  it('are not used when read for another version, and a key they lack is asked of the browser', async () => {
    const table = await stored();
    table.messages.callout_not_found = 'stale text \uE001';
    useStrings(table, `${table.version}.1`);
    expect(t(['callout_not_found', 'x'])).toBe(getMessage('callout_not_found', ['x']));
    useStrings(table, table.version);
    expect(t(['callout_not_found', 'x'])).toBe('stale text x');
    delete table.messages.action_hide;
    expect(t('action_hide')).toBe(getMessage('action_hide'));
    for (const bad of [null, 'x', { version: table.version }, { version: table.version, messages: 'no' }]) {
      useStrings(bad, table.version);
      expect(t('action_hide')).toBe(getMessage('action_hide'));
    }
  });
});

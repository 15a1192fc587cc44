import { describe, expect, it } from 'vitest';
import { checkCredential, checkCredentials, CLIENT_NAMES } from '../../src/engine/credentials';
import { t } from '../../src/i18n';

// Made-up values in Duo's formats; not real keys.
const IKEY = 'DIA1B2C3D4E5F6G7H8I9';
const SKEY = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d';

describe('credential formats', () => {
  it('accepts well-formed values and normalises the host', () => {
    expect(checkCredentials({ ikey: ` ${IKEY} `, skey: SKEY, host: ' API-ABC12345.DuoSecurity.com ' })).toEqual({
      ok: true,
      value: { ikey: IKEY, skey: SKEY, host: 'api-abc12345.duosecurity.com' },
    });
    expect(checkCredential('host', 'api-fed12345.duofederal.com').ok).toBe(true);
  });

  // Case names describe the value instead of printing it: test output never shows a key.
  it.each([
    ['integration key of 19 characters', 'ikey', IKEY.slice(0, 19), /found 19 characters, expected 20/],
    ['integration key of 21 characters', 'ikey', `${IKEY}X`, /found 21 characters/],
    ['integration key in lower case', 'ikey', IKEY.toLowerCase(), /capital letters/],
    ['RI-prefixed key', 'ikey', 'RIA1B2C3D4E5F6G7H8I9', /"DI"/],
    ['empty integration key', 'ikey', '', /no value/],
    ['integration key with a space', 'ikey', 'DIA1B2C3D4 E5F6G7H8I', /spaces/],
    ['secret of 39 characters', 'skey', SKEY.slice(1), /found 39 characters/],
    ['secret with a zero-width space', 'skey', `${SKEY.slice(0, 20)}\u200B${SKEY.slice(20)}`, /invisible/],
    ['secret with punctuation', 'skey', `${SKEY.slice(0, 39)}!`, /40 letters or digits/],
    ['host with a scheme', 'host', 'https://api-abc12345.duosecurity.com', /no https/],
    ['host with a path', 'host', 'api-abc12345.duosecurity.com/path', /no https/],
    ['lookalike host', 'host', 'api-abc12345.duosecurity.com.evil.example', /api-xxxxxxxx/],
    ['admin host instead of API host', 'host', 'admin-abc12345.duosecurity.com', /api-xxxxxxxx/],
  ] as const)('refuses a %s with a clear message', (_name, key, value, message) => {
    const r = checkCredential(key, value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(t(r.message)).toMatch(message);
  });

  it('never echoes the secret in a message', () => {
    const bad = `${SKEY}ZZ`;
    const r = checkCredential('skey', bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(t(r.message).includes(SKEY.slice(0, 10))).toBe(false);
  });

  it('reports every problem at once, under the labels Duo showed', () => {
    const r = checkCredentials({ ikey: 'DI1', skey: '', host: 'nope' }, CLIENT_NAMES);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.messages).toHaveLength(3);
      expect(t(r.messages[0]!)).toMatch(/^Client ID/);
      expect(t(r.messages[1]!)).toMatch(/^Client secret/);
    }
  });
});

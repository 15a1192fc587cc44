// The username check: the admin's own username (the page header) against the chosen format.
import { describe, expect, it } from 'vitest';
import { fitsFormat, ownUsername } from '../../src/engine/username';

describe('username check', () => {
  it('reads a login-shaped text from the header only', () => {
    document.body.innerHTML = '<header><span>Acme</span><span class="u">admin@acme.example<span>acme</span></span></header><main>pat@acme.example</main>';
    expect(ownUsername(document)).toBe('admin@acme.example');
    document.body.innerHTML = '<header><span>Alex Admin</span></header><main>pat@acme.example</main>';
    expect(ownUsername(document)).toBeNull();
  });

  it('looks through every header and banner, not only the first', () => {
    document.body.innerHTML = '<header><span>Okta</span></header><div role="banner"><button>admin@acme.example</button></div><main>pat@acme.example</main>';
    expect(ownUsername(document)).toBe('admin@acme.example');
  });

  it.each([
    ['Okta username', 'admin@acme.example', true],
    ['Email', 'admin@acme.example', true],
    ['idpuser.preferred_username', 'admin@acme.example', true],
    ['SAM Account Name', 'admin@acme.example', false],
    ['SAM Account Name', 'aadmin', true],
    ['Okta username', 'aadmin', false],
    ['Custom expression', 'aadmin', null],
  ] as const)('%s and %s: %s', (format, user, fits) => {
    expect(fitsFormat(format, user)).toBe(fits);
  });
});

import { describe, expect, it } from 'vitest';
import { identifyConsole, oktaAdminOrigin } from '../../src/engine/hosts';

describe('identifyConsole', () => {
  it.each([
    ['https://admin.duosecurity.com/login?next=%2F', 'duo-signin', ''],
    ['https://admin-d67b23c1.duosecurity.com/applications/protect/types', 'duo-admin', 'admin-d67b23c1.duosecurity.com'],
    ['https://admin-fed12345.duofederal.com/', 'duo-admin', 'admin-fed12345.duofederal.com'],
    ['https://acme-admin.okta.com/admin/access/multifactor', 'okta-admin', 'acme.okta.com'],
    ['https://dev-589921-admin.oktapreview.com/', 'okta-admin', 'dev-589921.oktapreview.com'],
    ['https://acme.okta.com/app/UserHome', 'okta-user', 'acme.okta.com'],
    ['https://acme-admin.okta-emea.com/', 'okta-admin', 'acme.okta-emea.com'],
    ['https://agency-admin.okta-gov.com/', 'okta-admin', 'agency.okta-gov.com'],
    ['https://unit-admin.okta.mil/', 'okta-admin', 'unit.okta.mil'],
  ])('%s is %s', (url, kind, account) => {
    const id = identifyConsole(url);
    expect(id?.kind).toBe(kind);
    expect(id?.account).toBe(account);
  });

  it.each([
    'http://admin-d67b23c1.duosecurity.com/',
    'https://admin-d67b23c1.duosecurity.com:8443/',
    'https://user:pw@admin-d67b23c1.duosecurity.com/',
    'https://admin-d67b23c1.duosecurity.com.evil.example/',
    'https://duosecurity.com.evil.example/',
    'https://www.duosecurity.com/',
    'https://api-d67b23c1.duosecurity.com/',
    'https://x.admin-d67b23c1.duosecurity.com/',
    'https://acme-admin.okta.com.evil.example/',
    'https://okta.com.evil.example/',
    'https://www.okta.com/',
    'https://help.okta.com/en/prod/',
    'https://a.b.okta.com/',
    'https://xn--dmin-d67b23c1-7ib.duosecurity.com/',
    'not a url',
  ])('%s is not a console', (url) => {
    expect(identifyConsole(url)).toBeNull();
  });

  it('marks Duo Federal', () => {
    expect(identifyConsole('https://admin-fed12345.duofederal.com/')?.federal).toBe(true);
    expect(identifyConsole('https://admin-abc12345.duosecurity.com/')?.federal).toBe(false);
  });

  it('derives the admin origin of an org', () => {
    expect(oktaAdminOrigin('acme.okta.com')).toBe('https://acme-admin.okta.com');
    expect(oktaAdminOrigin('dev-1.oktapreview.com')).toBe('https://dev-1-admin.oktapreview.com');
  });
});

// Keys are read only from the Okta application's own page in Duo.
import { describe, expect, it } from 'vitest';
import { captureRefusal, detailsType, duoAppId } from '../../src/engine/provenance';

const IKEY = 'DIX7Q2M9K4T8B1N6R3W5';

/** A Duo application page's Details, as a <dl> or as a table of row headers. */
function details(type: string | null, as: 'dl' | 'table' = 'dl'): void {
  const rows: [string, string][] = [['Integration key', IKEY], ['Secret key', 'x'.repeat(40)], ['API hostname', 'api-abc12345.duosecurity.com']];
  if (type !== null) rows.push(['Type', type]);
  const body =
    as === 'dl'
      ? `<dl>${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`
      : `<table><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td><span>${v}</span> <button>Copy</button></td></tr>`).join('')}</tbody></table>`;
  document.body.innerHTML = `<main><h1>Okta</h1><section class="card"><h2>Details</h2>${body}</section></main>`;
}

describe('the Duo page keys may be read from', () => {
  it('is an application’s page; its id counts when it is an integration key', () => {
    expect(duoAppId(`/applications/${IKEY}`)).toBe(IKEY);
    expect(duoAppId(`/applications/${IKEY}/`)).toBe(IKEY);
    expect(duoAppId('/applications/abc123')).toBe('');
    for (const path of ['/', '/applications', '/applications/', '/applications/protect/types', '/applications/catalog', '/users', `/x/applications/${IKEY}`]) {
      expect(duoAppId(path), path).toBeNull();
    }
  });

  it('says in its Details that the application is Okta', () => {
    for (const as of ['dl', 'table'] as const) {
      details('Okta', as);
      expect(detailsType(document)).toBe('Okta');
      expect(captureRefusal(`/applications/${IKEY}`, document)).toBeNull();
    }
  });

  it('refuses an Admin API application, whatever its name', () => {
    details('Admin API');
    document.querySelector('h1')!.textContent = 'Okta directory sync';
    expect(captureRefusal('/applications/DIAAAAAAAAAAAAAAAAAA', document)).toBe('capture_not_okta_app');
  });

  it('takes a Type in Settings as well as in Details', () => {
    details(null);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<section><h2>Settings</h2><div><label>Type</label><span>Okta</span></div></section>');
    document.querySelector('h1')!.textContent = 'Okta (production)';
    expect(detailsType(document)).toBe('Okta');
    expect(captureRefusal(`/applications/${IKEY}`, document)).toBeNull();
  });

  it('with no type shown, takes only an application named Okta; a "Type" outside Details and Settings does not count', () => {
    details(null);
    expect(captureRefusal(`/applications/${IKEY}`, document)).toBeNull();
    document.querySelector('h1')!.textContent = 'Okta directory sync';
    expect(captureRefusal(`/applications/${IKEY}`, document)).toBe('capture_not_okta_app');
    document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<dl><dt>Type</dt><dd>Okta</dd></dl>');
    expect(detailsType(document)).toBeNull();
    expect(captureRefusal(`/applications/${IKEY}`, document)).toBe('capture_not_okta_app');
  });

  it('refuses keys put into a page that is not an application’s, even with Details saying Okta', () => {
    details('Okta');
    expect(captureRefusal('/', document)).toBe('capture_not_app_page');
    expect(captureRefusal('/applications', document)).toBe('capture_not_app_page');
  });
});

// Every Duo step's locators and conditions against the saved simulated Duo pages.
import { describe, expect, it } from 'vitest';
import { holds, observe } from '../../src/engine/conditions';
import { accessibleName, locate } from '../../src/engine/locate';
import { readKeys } from '../../src/content/capture';
import { duoSteps } from '../../src/guides/duo';
import { DUO_APP } from '../consoles/fixtures';
import { loadPage } from './pages';

const step = (id: string) => duoSteps.find((s) => s.id === id)!;
const target = (id: string) => locate(document, step(id).target!);

describe('Duo locators on the simulated Admin Panel', () => {
  it('sign-in page: the sign-in step is here, nothing to highlight', () => {
    const page = loadPage('duo-signin');
    expect(observe(duoSteps, page).at).toEqual(['duo.signin']);
    expect(step('duo.signin').target).toBeUndefined();
  });

  it('home: Applications in the left navigation', () => {
    const page = loadPage('duo-home');
    const el = target('duo.applications');
    expect(el && accessibleName(el)).toBe('Applications');
    expect(el?.closest('nav')?.getAttribute('aria-label')).toBe('Main');
    expect(observe(duoSteps, page).done).toEqual(['duo.signin']);
  });

  it('Applications: done, and Protect an Application in the page, not the sidebar', () => {
    const page = loadPage('duo-applications');
    expect(observe(duoSteps, page).done).toContain('duo.applications');
    const el = target('duo.protect');
    expect(el && accessibleName(el)).toBe('Protect an Application');
    expect(el?.closest('main')).not.toBeNull();
  });

  it('Protect an Application: the filter box, then Protect on the Okta row only', () => {
    let page = loadPage('duo-protect');
    expect(observe(duoSteps, page)).toMatchObject({ at: ['duo.search'], done: ['duo.signin', 'duo.protect'] });
    expect(target('duo.search')?.tagName).toBe('INPUT');
    page = loadPage('duo-protect-filtered');
    expect(holds(step('duo.search').done!, page)).toBe(true);
    const protect = target('duo.protect-okta');
    expect(protect && accessibleName(protect)).toBe('Protect');
    expect(protect?.closest('tr')?.getAttribute('data-name')).toBe('okta');
  });

  it('Application Catalog: the search box, then Add on the Okta tile', () => {
    const page = loadPage('duo-catalog');
    expect(observe(duoSteps, page).done).toContain('duo.protect');
    expect(target('duo.search')?.getAttribute('type')).toBe('search');
    const add = target('duo.protect-okta');
    expect(add && accessibleName(add)).toMatch(/Add/);
    expect(add?.closest('li')?.querySelector('h2,h3')?.textContent).toBe('Okta');
  });

  it('an existing Okta application is reachable from the Applications list', () => {
    loadPage('duo-applications-existing');
    const link = locate(document, { any: [{ role: 'link', name: /^okta$/i, scope: 'main' }], describe: 'look_okta_row' });
    expect(link?.getAttribute('href')).toBe(`/applications/${DUO_APP.ikey}`);
  });

  it.each([
    ['duo-app-plain', 'ikey'],
    ['duo-app-client', 'client'],
  ] as const)('%s: reads all three keys under the labels Duo shows', (name, labels) => {
    const page = loadPage(name);
    expect(observe(duoSteps, page).at).toEqual(['duo.capture']);
    const reading = readKeys(document, step('duo.capture').capture!);
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.labels).toBe(labels);
    expect(reading.values.ikey).toBe(DUO_APP.ikey);
    expect(reading.values.host).toBe(DUO_APP.host);
    // Compared without printing it: test output never shows the secret.
    expect(reading.values.skey === DUO_APP.skey).toBe(true);
  });

  it.each(['duo-app-masked', 'duo-app-client-masked'])('%s: asks to reveal the masked secret, with its Show control', (name) => {
    loadPage(name);
    const reading = readKeys(document, step('duo.capture').capture!);
    expect(reading.kind).toBe('masked');
    if (reading.kind === 'masked') expect(reading.reveal && accessibleName(reading.reveal)).toMatch(/^Show (secret key|client secret)$/i);
  });

  it('a page with a label but no value reports what is missing', () => {
    loadPage('duo-app-plain');
    document.querySelector('dd input')?.setAttribute('value', '');
    (document.querySelector('dd input') as HTMLInputElement).value = '';
    const reading = readKeys(document, step('duo.capture').capture!);
    expect(reading).toEqual({ kind: 'missing', what: ['cred_ikey'] });
  });
});

describe('the capture step', () => {
  it('points at the whole Details section, not just its heading', () => {
    loadPage('duo-app-plain');
    const el = locate(document, duoSteps.find((s) => s.id === 'duo.capture')!.target!);
    expect(el?.tagName).toBe('SECTION');
    expect(el?.textContent).toMatch(/Integration key/);
  });
});

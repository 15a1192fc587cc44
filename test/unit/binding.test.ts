// Keys bound to where they came from and where they go: the reducer's scoping of every event, the
// one org the keys are filled into, and when the secret has done its job.
import { describe, expect, it } from 'vitest';
import { adminHost, fillRefusal, secretUsed } from '../../src/engine/binding';
import { initialState, reduce, stepStates, viewFrom, type Event, type State } from '../../src/engine/progress';

const DUO = 'admin-abc12345.duosecurity.com';
const ACME = 'acme.okta.com';
const CORP = 'acme-corp.okta.com';
const SANDBOX = 'acme.oktapreview.com';
const run = (events: Event[], from: State = initialState()) => events.reduce(reduce, from);
const keys = { account: DUO, ikey: 'DIA1B2C3D4E5F6G7H8I9', host: 'api-abc12345.duosecurity.com', labels: 'ikey' as const, at: 1, secret: true };
const admin = (account: string, done: string[] = []): Event => ({ type: 'seen', kind: 'okta-admin', account, at: [], done });
const user = (account: string): Event => ({ type: 'seen', kind: 'okta-user', account, at: ['okta.admin'], done: [] });
const stateIn = (s: State, org: string, id: string) => stepStates(viewFrom(s, 'okta', org)).find((x) => x.step.id === id)?.state;

describe('the org the keys go to', () => {
  it('is the first Okta admin console seen after the capture; no end-user page and no later page changes it', () => {
    let s = run([admin(SANDBOX), { type: 'captured', captured: keys }]);
    expect(s.captured?.org).toBeNull();
    s = run([user(CORP)], s);
    expect(s.captured?.org).toBeNull();
    s = run([admin(ACME)], s);
    expect(s.captured?.org).toBe(ACME);
    expect(s.okta).toBe(ACME);
    s = run([user(CORP), admin(CORP), admin(SANDBOX)], s);
    expect(s.captured?.org).toBe(ACME);
    expect(s.okta).toBe(ACME);
    expect(s.orgs).toEqual([SANDBOX, ACME, CORP]);
  });

  it('an end-user page never points the guide at its org, with or without keys', () => {
    const s = run([admin(ACME), user(CORP)]);
    expect(s.okta).toBe(ACME);
    expect(s.orgs).toEqual([ACME]);
  });

  it('is re-targeted only by a choice among the orgs seen', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME), admin(CORP)]);
    expect(reduce(s, { type: 'bind', org: 'evil.okta.com' })).toBe(s);
    s = reduce(s, { type: 'bind', org: CORP });
    expect(s.captured?.org).toBe(CORP);
    expect(s.okta).toBe(CORP);
    expect(reduce(s, { type: 'bind', org: CORP })).toBe(s);
  });

  it('no keys, nothing to bind', () => {
    const s = run([admin(ACME)]);
    expect(reduce(s, { type: 'bind', org: ACME })).toBe(s);
  });

  it('stays with the same application read again, and is chosen anew for other keys', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME), { type: 'secret-gone', why: 'idle', at: 5 }]);
    s = reduce(s, { type: 'captured', captured: { ...keys, at: 6 } });
    expect(s.captured?.org).toBe(ACME);
    expect(s.forgotten).toBeNull();
    s = reduce(s, { type: 'captured', captured: { ...keys, ikey: 'DIZ9Y8X7W6V5U4T3S2R1', at: 7 } });
    expect(s.captured?.org).toBeNull();
    s = reduce(s, { type: 'captured', captured: { ...keys, account: 'admin-fed12345.duofederal.com', at: 8 } });
    expect(s.captured?.org).toBeNull();
  });

  it('fills only that org: another org is refused naming both, keys not bound yet are refused', () => {
    let s = run([{ type: 'captured', captured: keys }]);
    expect(fillRefusal(s, ACME)).toEqual(['refuse_fill_unbound', ACME]);
    s = run([admin(ACME)], s);
    expect(fillRefusal(s, ACME)).toBeNull();
    expect(fillRefusal(s, CORP)).toEqual(['refuse_fill_other_org', ACME, CORP]);
    expect(fillRefusal(s, SANDBOX)).toEqual(['refuse_fill_other_org', ACME, SANDBOX]);
  });

  it('lists each org by its full admin console host', () => {
    expect(adminHost(ACME)).toBe('acme-admin.okta.com');
    expect(adminHost(SANDBOX)).toBe('acme-admin.oktapreview.com');
  });
});

describe('events are scoped to their sender', () => {
  it('a mark from one org’s tab is recorded for that org, not the org in use', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME), admin(CORP)]);
    s = reduce(s, { type: 'mark', step: 'classic.factor', how: 'done', from: { side: 'okta', account: CORP } });
    expect(stateIn(s, CORP, 'classic.factor')).toBe('done');
    expect(stateIn(s, ACME, 'classic.factor')).toBe('pending');
  });

  it('a page cannot mark a step of the other side', () => {
    const s = run([{ type: 'captured', captured: keys }, admin(ACME)]);
    expect(reduce(s, { type: 'mark', step: 'classic.fill', how: 'done', from: { side: 'duo', account: DUO } })).toBe(s);
    expect(reduce(s, { type: 'mark', step: 'duo.capture', how: 'skip', from: { side: 'okta', account: ACME } })).toBe(s);
  });

  it('what another org’s page shows is recorded for that org only', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME)]);
    s = run([admin(CORP, ['classic.activate'])], s);
    expect(stateIn(s, CORP, 'classic.fill')).toBe('done');
    expect(stateIn(s, ACME, 'classic.fill')).toBe('pending');
    expect(secretUsed(s)).toBe(false);
  });

  it('the flow follows only the engine of the org in use', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME), { type: 'engine', org: ACME, engine: 'classic' }]);
    s = reduce(s, { type: 'engine', org: CORP, engine: 'identity' });
    expect(s.flow).toBe('okta-classic');
    expect(s.engines[CORP]).toBe('identity');
  });
});

describe('the secret is used up', () => {
  it('once the bound org shows the form saved (a saved factor)', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME)]);
    expect(secretUsed(s)).toBe(false);
    s = reduce(s, { type: 'mark', step: 'classic.fill', how: 'done', from: { side: 'okta', account: ACME } });
    expect(secretUsed(s)).toBe(false); // filled, not yet saved
    s = run([admin(ACME, ['classic.save'])], s);
    expect(secretUsed(s)).toBe(true);
  });

  it('an added authenticator (Identity Engine) and a created IdP count as saved too', () => {
    for (const [flow, saved] of [['okta-oie', 'oie.add'], ['okta-universal-prompt', 'up.finish']] as const) {
      const s = run([{ type: 'flow', flow }, { type: 'captured', captured: keys }, admin(ACME, [saved])]);
      expect(secretUsed(s)).toBe(true);
    }
  });

  it('a secret no longer held is not used again, and forgetting records when and why', () => {
    let s = run([{ type: 'captured', captured: keys }, admin(ACME, ['classic.save'])]);
    s = reduce(s, { type: 'secret-gone', why: 'used', at: 42 });
    expect(secretUsed(s)).toBe(false);
    expect(s.forgotten).toEqual({ at: 42, why: 'used' });
    expect(s.captured?.org).toBe(ACME); // kept for the popup: saved in acme
    expect(reduce(s, { type: 'secret-gone', why: 'idle', at: 43 })).toBe(s);
    const f = reduce(run([{ type: 'captured', captured: keys }]), { type: 'forget', why: 'admin', at: 44 });
    expect(f.captured).toBeNull();
    expect(f.forgotten).toEqual({ at: 44, why: 'admin' });
  });
});

// The Verify group: Verified only from what pages showed, checks wait for the setup, break-glass
// and the times kept for the report.
import { describe, expect, it } from 'vitest';
import { checksOf, initialState, isVerified, markedAt, reduce, stepFor, stepStates, wasSeen, type Event, type State } from '../../src/engine/progress';
import { FLOWS } from '../../src/guides';
import type { FlowId, Step } from '../../src/guides/types';

const DUO = 'admin-abc12345.duosecurity.com';
const ORG = 'acme.okta.com';
const captured = { account: DUO, ikey: 'DIA1B2C3D4E5F6G7H8I9', host: 'api-abc12345.duosecurity.com', labels: 'ikey' as const, at: 1, secret: true };
const run = (events: Event[], from: State) => events.reduce(reduce, from);
const kindOf = (step: Step) => (step.console === 'duo-signin' ? 'duo-admin' : step.console);

/** A flow with its Duo keys captured and every setup step marked done in the popup, but `open`. */
function configured(flow: FlowId, open?: string): State {
  const start = run([{ type: 'flow', flow }, { type: 'captured', captured }, { type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }], initialState());
  return run(FLOWS[flow].steps.filter((s) => s.group !== 'test' && s.id !== open).map((s) => ({ type: 'mark', step: s.id, how: 'done', now: 100 }) as Event), start);
}
/** Pages showing each check done. */
const seenAll = (flow: FlowId): Event[] =>
  FLOWS[flow].steps.filter((s) => s.group === 'test').map((s) => ({ type: 'seen', kind: kindOf(s), account: s.console.startsWith('duo') ? DUO : ORG, at: [], done: [s.id], now: 200 }));

describe('Verify group', () => {
  it.each(Object.keys(FLOWS) as FlowId[])('%s: checks after the configuration, a break-glass step before Duo is required', (flow) => {
    const steps = FLOWS[flow].steps;
    const firstCheck = steps.findIndex((s) => s.group === 'test');
    expect(steps.slice(firstCheck).every((s) => s.group === 'test')).toBe(true);
    expect(checksOf(FLOWS[flow]).map((s) => s.id)).toContain('test.enroll');
    const breakGlass = steps.findIndex((s) => s.breakGlass);
    const requires = steps.findIndex((s) => /rule-mfa|enrollment-choice/.test(s.id));
    expect(breakGlass).toBeGreaterThan(-1);
    expect(breakGlass).toBeLessThan(requires);
    expect(steps.some((s) => s.username)).toBe(true);
  });

  it('is Verified only when every check was seen done on its page', () => {
    let s = run(seenAll('okta-universal-prompt'), configured('okta-universal-prompt'));
    expect(isVerified(s)).toBe(true);
    expect(stepStates(s).every((x) => x.state === 'done')).toBe(true);
    s = run([{ type: 'mark', step: 'verify.duo-up', how: 'back' }], s);
    expect(wasSeen(s, FLOWS['okta-universal-prompt'].steps.find((x) => x.id === 'verify.duo-entry')!)).toBe(false);
    expect(isVerified(s)).toBe(false);
  });

  it('a check marked done or skipped by the admin finishes the setup but does not verify it', () => {
    const base = configured('okta-classic');
    const checks = checksOf(FLOWS['okta-classic']);
    const marked = run(checks.map((c) => ({ type: 'mark', step: c.id, how: 'done' }) as Event), run(seenAll('okta-classic').filter((e) => e.type === 'seen' && !e.done.includes('verify.duo-entry')), base));
    expect(stepStates(marked).every((x) => x.state === 'done')).toBe(true);
    expect(isVerified(marked)).toBe(false);
    const skipped = run([{ type: 'mark', step: 'verify.duo-entry', how: 'skip' }], run(seenAll('okta-classic').slice(0, -1), base));
    expect(isVerified(skipped)).toBe(false);
  });

  it('a console page shows a check only once the setup steps are done', () => {
    const duoDone = FLOWS['okta-oie'].steps.filter((x) => x.group === 'duo').map((x) => ({ type: 'mark', step: x.id, how: 'done' }) as Event);
    const s = run(duoDone, run([{ type: 'flow', flow: 'okta-oie' }, { type: 'captured', captured }], initialState()));
    expect(stepFor(s, 'duo')?.id).toBe('okta.admin');
    expect(stepFor(configured('okta-oie'), 'duo')?.id).toBe('verify.duo-log');
    expect(stepFor(configured('okta-oie'), 'okta')?.id).toBe('verify.att');
  });

  it('an optional setup step left open holds the checks back on no page', () => {
    const s = configured('okta-universal-prompt', 'up.features');
    expect(stepFor(s, 'duo')?.id).toBe('verify.duo-log');
    const verified = run(seenAll('okta-universal-prompt'), s);
    expect(isVerified(verified)).toBe(true);
  });

  it('keeps when each step was done or skipped', () => {
    let s = configured('okta-classic');
    const step = (id: string) => FLOWS['okta-classic'].steps.find((x) => x.id === id)!;
    expect(markedAt(s, step('classic.fill'))).toBe(100);
    s = run([{ type: 'mark', step: 'classic.break-glass', how: 'skip', now: 150 }], s);
    expect(stepStates(s).find((x) => x.step.id === 'classic.break-glass')?.state).toBe('skipped');
    expect(markedAt(s, step('classic.break-glass'))).toBe(150);
  });
});

describe('Verify pages', () => {
  it('a check seen before the setup is done counts for nothing: Duo’s dashboard shows an Authentication Log card', () => {
    const s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: [], done: ['verify.duo-log'] }], initialState());
    const states = stepStates(s);
    expect(states.find((x) => x.step.id === 'duo.applications')?.state).toBe('pending');
    expect(states.find((x) => x.step.id === 'verify.duo-log')?.state).toBe('pending');
  });

  it('an Okta row in Duo’s log before the setup is done (an earlier org’s) neither finishes nor verifies it', () => {
    const flow = 'okta-classic';
    const before = configured(flow);
    const open = configured(flow, 'classic.fill');
    expect(stepStates(open).find((x) => x.step.id === 'classic.fill')?.state).toBe('current');
    const early = run(seenAll(flow), open);
    expect(checksOf(FLOWS[flow]).some((c) => wasSeen(early, c))).toBe(false);
    expect(isVerified(early)).toBe(false);
    // The same pages once the setup is done: verified.
    expect(isVerified(run(seenAll(flow), before))).toBe(true);
  });
});

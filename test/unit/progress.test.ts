import { describe, expect, it } from 'vitest';
import { asState, guideRunning, initialState, reduce, stepFor, stepStates, stepsLeft, viewFrom, type Event, type State } from '../../src/engine/progress';
import { oktaClassic } from '../../src/guides/okta-classic';

const DUO = 'admin-abc12345.duosecurity.com';
const ORG = 'acme.okta.com';
const run = (events: Event[], from: State = initialState()) => events.reduce(reduce, from);
const stateOf = (s: State, id: string) => stepStates(s).find((x) => x.step.id === id)?.state;
const captured = { account: DUO, ikey: 'DIA1B2C3D4E5F6G7H8I9', host: 'api-abc12345.duosecurity.com', labels: 'ikey' as const, at: 1, secret: true };

describe('progress', () => {
  it('starts at the first step with every step pending', () => {
    const s = initialState();
    expect(stepStates(s).map((x) => x.state)).toEqual(['current', ...Array(oktaClassic.steps.length - 1).fill('pending')]);
    expect(stepsLeft(s)).toBe(oktaClassic.steps.length);
  });

  it('marks the navigation before a page as done when the admin lands there', () => {
    const s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: ['duo.search'], done: [] }]);
    expect(['duo.signin', 'duo.applications', 'duo.protect'].map((id) => stateOf(s, id))).toEqual(['done', 'done', 'done']);
    expect(stateOf(s, 'duo.search')).toBe('current');
  });

  it('does not imply input or fill steps from standing on a later page', () => {
    const s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: ['classic.username'], done: [] }]);
    expect(stateOf(s, 'classic.edit')).toBe('done');
    expect(stateOf(s, 'classic.fill')).toBe('pending');
  });

  it('reaching a later page proves the way there, not what should have been set up on it', () => {
    const s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['classic.authentication'] }]);
    expect(['classic.multifactor', 'classic.factor', 'classic.edit'].map((id) => stateOf(s, id))).toEqual(['done', 'done', 'done']);
    expect(stateOf(s, 'classic.fill')).toBe('pending');
    expect(stateOf(s, 'classic.activate')).toBe('pending');
    expect(stateOf(s, 'duo.capture')).toBe('pending'); // not filled, so the keys are still needed
  });

  it('a step that proves earlier ones marks them: an active factor was configured and saved', () => {
    const s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['classic.activate'] }]);
    expect(stateOf(s, 'classic.fill')).toBe('done');
    expect(stateOf(s, 'classic.save')).toBe('done');
    expect(stateOf(s, 'duo.capture')).toBe('done'); // filled: the keys are no longer needed
    expect(stateOf(s, 'duo.signin')).toBe('current');
  });

  it('keeps progress per Duo account and Okta org', () => {
    let s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['classic.multifactor'] }]);
    expect(stateOf(s, 'classic.multifactor')).toBe('done');
    s = run([{ type: 'seen', kind: 'okta-admin', account: 'other.okta.com', at: [], done: [] }], s);
    expect(stateOf(s, 'classic.multifactor')).toBe('pending');
    s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }], s);
    expect(stateOf(s, 'classic.multifactor')).toBe('done');
  });

  it('judges the capture by the held secret, and keeps it done once filled', () => {
    let s = run([
      { type: 'seen', kind: 'duo-admin', account: DUO, at: ['duo.capture'], done: [] },
      { type: 'captured', captured },
    ]);
    expect(stateOf(s, 'duo.capture')).toBe('done');
    s = reduce(s, { type: 'secret-gone', why: 'idle', at: 2 });
    expect(stateOf(s, 'duo.capture')).toBe('current');
    expect(s.captured?.ikey).toBe(captured.ikey);
    s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }, { type: 'mark', step: 'classic.fill', how: 'done' }], s);
    expect(stateOf(s, 'duo.capture')).toBe('done');
  });

  it('lets the admin mark done, skip and go back', () => {
    let s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: [], done: [] }, { type: 'mark', step: 'duo.signin', how: 'done' }]);
    s = reduce(s, { type: 'mark', step: 'duo.applications', how: 'skip' });
    expect(stateOf(s, 'duo.applications')).toBe('skipped');
    expect(stateOf(s, 'duo.protect')).toBe('current');
    s = reduce(s, { type: 'mark', step: 'duo.protect', how: 'back' });
    expect(stateOf(s, 'duo.applications')).toBe('current');
    s = reduce(s, { type: 'mark', step: 'duo.applications', how: 'back' });
    expect(stateOf(s, 'duo.signin')).toBe('current');
  });

  it('shows each side its own next step, and the other side when its own are finished', () => {
    let s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: [], done: [] }]);
    expect(stepFor(s, 'okta')?.id).toBe('okta.admin');
    expect(stepFor(s, 'duo')?.id).toBe('duo.signin');
    s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: ['duo.capture'], done: [] }, { type: 'captured', captured }], s);
    expect(stepFor(s, 'duo')?.id).toBe('okta.admin');
  });

  it('forgets captured values and starts over, keeping the flow and known engines', () => {
    let s = run([{ type: 'captured', captured }, { type: 'engine', org: ORG, engine: 'classic' }, { type: 'flow', flow: 'okta-classic' }]);
    expect(reduce(s, { type: 'forget', why: 'admin', at: 2 }).captured).toBeNull();
    s = reduce(s, { type: 'reset' });
    expect(s.captured).toBeNull();
    expect(s.marks).toEqual({});
    expect(s.engines[ORG]).toBe('classic');
    expect(s.flowChosen).toBe(true);
  });

  it('ignores marks for steps the flow does not have', () => {
    const s = initialState();
    expect(reduce(s, { type: 'mark', step: 'nope.step', how: 'done' })).toBe(s);
  });
});

describe('what counts as evidence', () => {
  it('admin-console evidence from an end-user page counts for nothing', () => {
    const s = run([{ type: 'seen', kind: 'okta-user', account: ORG, at: ['classic.fill'], done: ['classic.save'] }]);
    expect(stateOf(s, 'classic.save')).toBe('pending');
    expect(stateOf(s, 'classic.edit')).toBe('pending');
  });

  it('reaching another console proves the step that leads there', () => {
    const s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['okta.admin'] }]);
    expect(stateOf(s, 'okta.admin')).toBe('done');
  });

  it('a report that changes nothing returns the same state (no write, no re-render)', () => {
    const s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['classic.multifactor'] }]);
    expect(reduce(s, { type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['classic.multifactor'] })).toBe(s);
  });

  it('never lists a step twice', () => {
    const s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: ['classic.fill', 'classic.username'], done: ['classic.edit', 'classic.factor'] }]);
    const done = s.marks[`okta:${ORG}`]!.done;
    expect(new Set(done).size).toBe(done.length);
  });
});

describe('reading stored state', () => {
  it('takes anything malformed as a fresh start', () => {
    for (const junk of [undefined, null, 'x', 42, { v: 0 }, { v: 1, flow: 'nope', marks: {}, engines: {} }, { v: 1, flow: 'okta-classic' }]) {
      expect(asState(junk)).toEqual(initialState());
    }
    const good = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: ['duo.search'], done: [] }]);
    expect(asState(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('shows each tab its own org', () => {
    let s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: ['classic.multifactor'] }]);
    s = run([{ type: 'seen', kind: 'okta-admin', account: 'other.okta.com', at: [], done: [] }], s);
    expect(stepStates(viewFrom(s, 'okta', ORG)).find((x) => x.step.id === 'classic.multifactor')?.state).toBe('done');
    expect(viewFrom(s, 'okta', 'other.okta.com')).toBe(s);
  });
});

describe('setups: pause, finish, the next setup', () => {
  const everyStep = (s: State): State =>
    run(oktaClassic.steps.map((step) => ({ type: 'mark', step: step.id, how: 'skip' }) as Event), s);

  it('runs the guide from the first visit until paused or finished', () => {
    let s = initialState();
    expect(guideRunning(s)).toBe(true);
    s = run([{ type: 'pause', paused: true }], s);
    expect(guideRunning(s)).toBe(false);
    s = run([{ type: 'pause', paused: false }], s);
    expect(guideRunning(s)).toBe(true);
    s = everyStep(run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: [], done: [] }, { type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }], s));
    expect(guideRunning(s)).toBe(false);
  });

  it('a finished setup gets one dated line, never a key; the next setup starts the Duo side afresh and keeps the org\'s progress', () => {
    let s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: [], done: [] }, { type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }]);
    s = everyStep(s);
    s = run([{ type: 'finished', at: 1000 }, { type: 'finished', at: 2000 }], s);
    expect(s.history).toEqual([{ at: 1000, duo: DUO, okta: ORG, flow: 'okta-classic' }]);
    expect(JSON.stringify(s.history)).not.toMatch(/DI[A-Z0-9]{18}/);
    const orgMarks = s.marks[`okta:${ORG}`];
    s = run([{ type: 'new-setup' }], s);
    expect(s.marks[`duo:${DUO}`]).toBeUndefined();
    expect(s.marks[`okta:${ORG}`]).toEqual(orgMarks);
    expect([s.duo, s.okta, s.captured, s.finishedAt]).toEqual([null, null, null, null]);
    expect(guideRunning(s)).toBe(true);
    expect(stateOf(s, 'duo.signin')).toBe('current');
    // Start over forgets progress, not the history.
    expect(run([{ type: 'reset' }], s).history).toHaveLength(1);
  });

  it('a finished setup keeps the application it connected in its line, never the secret; its keys go nowhere after', () => {
    let s = run([{ type: 'seen', kind: 'duo-admin', account: DUO, at: [], done: [] }, { type: 'captured', captured: { account: DUO, ikey: 'DIA1B2C3D4E5F6G7H8I9', host: 'api-abc12345.duosecurity.com', labels: 'ikey', at: 1, secret: true } }]);
    s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }, { type: 'seen', kind: 'okta-admin', account: 'nova.okta.com', at: [], done: [] }], s);
    s = run([{ type: 'secret-gone', why: 'done', at: 900 }, { type: 'finished', at: 1000 }], everyStep(s));
    expect(s.history.at(-1)?.app).toEqual({ ikey: 'DIA1B2C3D4E5F6G7H8I9', host: 'api-abc12345.duosecurity.com', labels: 'ikey' });
    // Finished, the keys are sent nowhere else (the popup's Send keys is refused).
    expect(run([{ type: 'bind', org: 'nova.okta.com' }], s)).toBe(s);
    s = run([{ type: 'forget', why: 'done', at: 1000 }], s);
    expect([s.captured, s.forgotten]).toEqual([null, { at: 1000, why: 'done' }]);
  });

  it('reads state stored before these fields existed as running, with no history', () => {
    const { paused: _p, history: _h, finishedAt: _f, ...older } = initialState();
    expect(asState(older)).toEqual(initialState());
  });
});

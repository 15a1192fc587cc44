// The callout's views as pure functions of state, step and what was read off the page.
import { describe, expect, it } from 'vitest';
import { initialState, type State } from '../../src/engine/progress';
import { flowOf } from '../../src/guides';
import { captureView } from '../../src/content/capture-view';
import { fillView } from '../../src/content/fill-view';
import { doneView, notFoundView, otherSideView, stepView, teachView } from '../../src/content/views';

const DUO = { kind: 'duo-admin', side: 'duo', account: 'admin-abc12345.duosecurity.com' } as const;
const OKTA = { kind: 'okta-admin', side: 'okta', account: 'acme.okta.com' } as const;
const flow = flowOf('okta-classic');
const step = (id: string) => flow.steps.find((s) => s.id === id)!;
const ids = (v: { actions: { id: string }[] }) => v.actions.map((a) => a.id);
const held: State = {
  ...initialState(),
  duo: DUO.account,
  okta: OKTA.account,
  captured: { account: DUO.account, ikey: 'DIA1B2C3D4E5F6G7H8I9', host: 'api-abc12345.duosecurity.com', labels: 'ikey', at: 1, secret: true, org: OKTA.account },
};

describe('the step view', () => {
  it('says where the step is and offers the admin\'s own moves', () => {
    const v = stepView(initialState(), DUO, step('duo.applications'));
    expect(v.meta).toBe(`Duo Admin Panel · Step 2 of ${flow.steps.length}`);
    expect(v.title).toBe('Open Applications');
    expect(ids(v)).toEqual(['back', 'done', 'skip', 'pause']);
  });

  it('a step of the other console: where it is, a way there, nothing to mark here', () => {
    const onOkta = otherSideView(stepView(initialState(), OKTA, step('duo.capture')), initialState(), OKTA);
    expect(ids(onOkta)).toEqual(['open-duo']);
    const onDuo = otherSideView(stepView(held, DUO, step('classic.multifactor')), held, DUO);
    expect(onDuo.instruction).toContain('DIA1B2C3D4E5F6G7H8I9');
    expect(ids(onDuo)).toEqual(['open-okta']);
  });

  it('done, not found (help only after a while), teaching', () => {
    expect(doneView('okta-classic', OKTA)).toMatchObject({ step: '', actions: [] });
    const base = stepView(initialState(), OKTA, step('classic.multifactor'));
    expect(ids(notFoundView(base, 'look_multifactor_in_side_navigation', false))).toEqual(['back', 'done', 'skip', 'pause']);
    const later = notFoundView(base, 'look_multifactor_in_side_navigation', true);
    expect(later.lookedFor).toMatch(/Multifactor/);
    expect(ids(later).slice(-2)).toEqual(['teach', 'diagnostics']);
    expect(ids(teachView(later))).toEqual(['cancel-teach']);
  });
});

describe('the capture view', () => {
  const base = stepView(initialState(), DUO, step('duo.capture'));
  const read = { kind: 'read', values: { ikey: 'DIA1B2C3D4E5F6G7H8I9', skey: 'x', host: 'api-abc12345.duosecurity.com' }, labels: 'ikey' } as const;

  it('masked: click Show; nothing found: which value', () => {
    expect(captureView(base, { kind: 'masked', reveal: null }, { kind: 'reading' }, 'look_control_that_shows_secret_key')).toMatchObject({ instruction: expect.stringMatching(/Show/), lookedFor: expect.any(String) });
    expect(captureView(base, { kind: 'missing', what: ['cred_skey'] }, { kind: 'reading' }, 'look_control_that_shows_secret_key').message).toEqual({ text: 'Could not read: Secret key. Nothing was stored.', error: true });
  });

  it('a page that is not the Okta application\'s; keys to confirm; keys forgotten', () => {
    expect(captureView(base, read, { kind: 'refused', why: 'capture_not_okta_app' }, 'look_details_section').message?.error).toBe(true);
    const confirm = captureView(base, read, { kind: 'confirm', question: 'Replace?' }, 'look_details_section');
    expect(confirm.actions.slice(0, 2)).toMatchObject([{ id: 'replace-keys', guarded: true }, { id: 'keep-keys' }]);
    expect(ids(captureView(base, read, { kind: 'forgotten' }, 'look_details_section'))[0]).toBe('read-again');
  });
});

describe('the fill view', () => {
  const fill = step('classic.fill');

  it('names the org on the button, previews what it writes and never the secret', () => {
    const v = fillView(stepView(held, OKTA, fill), held, OKTA, fill, { kind: 'ready', busy: false });
    expect(v.actions[0]).toMatchObject({ id: 'fill', label: 'Fill into acme.okta.com', primary: true, guarded: true, disabled: false });
    expect(v.actions[0]!.name).toMatch(/^Fill/);
    expect(v.help).toContain('DIA1B2C3D4E5F6G7H8I9');
    expect(v.help).toMatch(/Secret key: ●+/);
    expect(fillView(stepView(held, OKTA, fill), held, OKTA, fill, { kind: 'ready', busy: true }).actions[0]!.disabled).toBe(true);
  });

  it('no secret held: Fill stays, disabled, beside a way to Duo', () => {
    const gone = { ...held, captured: { ...held.captured!, secret: false } };
    const v = fillView(stepView(gone, OKTA, fill), gone, OKTA, fill, { kind: 'ready', busy: false });
    expect(v.actions.slice(0, 2)).toMatchObject([{ id: 'open-duo' }, { id: 'fill', disabled: true }]);
    expect(v.message?.error).toBe(true);
  });

  it('fields that hold other values: replace or keep', () => {
    const v = fillView(stepView(held, OKTA, fill), held, OKTA, fill, { kind: 'differs', fields: ['field_integration_key'] });
    expect(v.message?.text).toMatch(/Integration key/);
    expect(ids(v).slice(0, 2)).toEqual(['replace', 'keep']);
  });
});

// The popup's setup report: what a change ticket needs, and never the secret.
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Event, type State } from '../../src/engine/progress';
import { FLOWS } from '../../src/guides';
import { setupReport } from '../../src/popup/report';
import { DUO_ADMIN_HOST, DUO_APP } from '../consoles/fixtures';

const ORG = 'acme.okta.com';
const date = (ms: number) => new Date(ms).toISOString();
const run = (events: Event[], from: State) => events.reduce(reduce, from);

/** The Classic flow finished: every step seen done on its page but break-glass, skipped by the mark. */
function finished(markedOnly: string[] = []): State {
  const flow = FLOWS['okta-classic'];
  let s = run([{ type: 'flow', flow: 'okta-classic' }, { type: 'captured', captured: { account: DUO_ADMIN_HOST, ikey: DUO_APP.ikey, host: DUO_APP.host, labels: 'ikey', at: 1, secret: true } }], initialState());
  s = run([{ type: 'seen', kind: 'okta-admin', account: ORG, at: [], done: [] }], s);
  s = run([{ type: 'engine', org: ORG, engine: 'classic' }], s);
  for (const [i, step] of flow.steps.entries()) {
    const now = Date.UTC(2026, 11, 2, 14, i);
    if (step.breakGlass) s = run([{ type: 'mark', step: step.id, how: 'skip', now }], s);
    else if (markedOnly.includes(step.id)) s = run([{ type: 'mark', step: step.id, how: 'done', now }], s);
    else if (step.kind !== 'capture') {
      const kind = step.console === 'duo-signin' ? 'duo-admin' : step.console;
      s = run([{ type: 'seen', kind, account: kind.startsWith('duo') ? DUO_ADMIN_HOST : ORG, at: [], done: [step.id], now }], s);
    }
  }
  // As the background finishes a setup: the secret goes, the dated line, then the captured values.
  return run([{ type: 'secret-gone', why: 'done', at: 2 }, { type: 'finished', at: 3 }, { type: 'forget', why: 'done', at: 3 }], s);
}

describe('setup report', () => {
  const report = setupReport(finished(), Date.UTC(2026, 11, 2, 15), date);

  it('names the Duo account and application (kept in the finished setup’s line), the Okta org and the flow', () => {
    expect(finished().captured).toBeNull();
    expect(report).toMatch(/^# Duo ↔ Okta setup report\n/);
    expect(report).toContain(`Duo account: ${DUO_ADMIN_HOST}`);
    expect(report).toContain(`Integration key ${DUO_APP.ikey}, API hostname ${DUO_APP.host}`);
    expect(report).toContain(`Okta org: ${ORG}`);
    expect(report).toContain('Flow: Okta Classic Engine');
  });

  it('lists every step with its state and when, as a Markdown table', () => {
    const rows = report.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(FLOWS['okta-classic'].steps.length);
    expect(rows.find((r) => r.includes('| Create the rule |'))).toMatch(/\| done \| 2026-12-02T14:\d\d:00\.000Z \|$/);
    expect(rows.find((r) => r.includes('break-glass admin'))).toMatch(/\| skipped: I have a break-glass account \| 2026-12-02T14:\d\d:00\.000Z \|$/);
  });

  it('says what was skipped and why, and the verification results', () => {
    expect(report).toMatch(/## Skipped\n\n- Keep a break-glass admin out of the Duo requirement: skipped: I have a break-glass account\n/);
    expect(report).toContain('Verification: verified (every check seen on the page)');
    expect(report).toMatch(/- Test: enroll a user in Duo: seen on the page/);
    expect(report).toMatch(/- Verify: find the test user’s Duo entry: seen on the page/);
  });

  it('holds no secret, even while the secret is held', () => {
    const held = setupReport(run([{ type: 'captured', captured: { account: DUO_ADMIN_HOST, ikey: DUO_APP.ikey, host: DUO_APP.host, labels: 'ikey', at: 4, secret: true } }], finished()), 5, date);
    for (const text of [report, held]) {
      // Booleans only: a failure must not print the secret.
      expect(text.includes(DUO_APP.skey)).toBe(false);
      expect(/\b[A-Za-z0-9]{40}\b/.test(text)).toBe(false);
    }
  });

  it('a setup reopened after its checks were seen is not reported verified', () => {
    const reopened = run([{ type: 'mark', step: 'classic.activate', how: 'back' }], finished());
    expect(setupReport(reopened, 0, date)).toContain('Verification: not verified');
  });

  it('a check only marked done by hand is reported as such, and the setup as not verified', () => {
    const text = setupReport(finished(['verify.duo-entry']), 0, date);
    expect(text).toContain('Verification: not verified');
    expect(text).toMatch(/- Verify: find the test user’s Duo entry: marked done by hand, not seen/);
  });
});

// `npm start -- --headless` (the README's first command without a display) writes a screenshot of
// each console page with the overlay, and of the popup, then exits 0.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('npm start -- --headless saves the demo screenshots and exits', async () => {
  const out = mkdtempSync(join(tmpdir(), 'duo-okta-demo-'));
  try {
    const root = resolve(import.meta.dirname, '../..');
    await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts', '--headless'], {
      cwd: root,
      env: { ...process.env, DEMO_OUTPUT: out },
      timeout: 120_000,
    });
    const shots = readdirSync(out).filter((f) => f.endsWith('.png'));
    expect(shots).toEqual(expect.arrayContaining(['duo-signin.png', 'duo-okta-app.png', 'okta-multifactor.png', 'okta-user-home.png', 'popup.png']));
    for (const f of shots) expect(statSync(join(out, f)).size).toBeGreaterThan(10_000);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

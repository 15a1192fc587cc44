// `npm run package`: both zips from the build, web-ext lint clean on Firefox's, and the Chrome zip
// unpacked is the build itself, which loads and runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { DUO_ADMIN_HOST } from '../consoles/fixtures';
import { DIST, launch } from './lib/browser';
import { waitForStep } from './lib/overlay';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'duo-okta-packages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

it('packages Chrome/Edge and Firefox zips, lint-clean, the Chrome one identical to the build', async () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), ['scripts/package.ts'], {
    cwd: root,
    env: { ...process.env, PACKAGE_OUTPUT: out },
    timeout: 120_000,
  });
  expect(stdout).toContain('web-ext lint: 0 errors, 0 warnings');
  expect(readdirSync(out).sort()).toEqual([`duo-okta-guide-chrome-${version}.zip`, `duo-okta-guide-firefox-${version}.zip`]);

  const chrome = unzipSync(readFileSync(join(out, `duo-okta-guide-chrome-${version}.zip`)));
  expect(Object.keys(chrome).filter((f) => !f.endsWith('/')).sort()).toEqual(files(DIST));
  for (const f of files(DIST)) expect(Buffer.from(chrome[f]!).equals(readFileSync(join(DIST, f)))).toBe(true);

  const firefox = unzipSync(readFileSync(join(out, `duo-okta-guide-firefox-${version}.zip`)));
  const ffManifest = JSON.parse(Buffer.from(firefox['manifest.json']!).toString('utf8')) as { version: string; background: unknown };
  expect(ffManifest.version).toBe(version);
  expect(ffManifest.background).toMatchObject({ scripts: [expect.any(String)] });
});

it('the Chrome package, unpacked, loads and guides', async () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dir = mkdtempSync(join(tmpdir(), 'duo-okta-unpacked-'));
  try {
    const chrome = unzipSync(readFileSync(join(out, `duo-okta-guide-chrome-${version}.zip`)));
    const { mkdirSync, writeFileSync } = await import('node:fs');
    for (const [name, body] of Object.entries(chrome)) {
      if (name.endsWith('/')) continue;
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), body);
    }
    const s = await launch({ extension: dir });
    try {
      await s.reset({});
      const page = await s.open(`https://${DUO_ADMIN_HOST}/`);
      await waitForStep(page, 'duo.applications');
    } finally {
      await s.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

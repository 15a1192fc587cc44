// The Firefox zip `npm run package` built, and the copy of it this tier installs: every file of the
// zip unchanged, plus one test-only content script (../probe/probe.js) for one path no walk visits.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { OKTA_ORGS } from '../../consoles/fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
export const ZIP = resolve(process.env.FIREFOX_ZIP ?? join(ROOT, `packages/duo-okta-guide-firefox-${version}.zip`));

/** The probe's page: an Okta admin page of the Identity Engine org, where the guide also runs. */
export const PROBE_URL = `https://${OKTA_ORGS.nova.adminHost}/admin/__firefox-probe`;
const PROBE_FILE = 'duo-okta-guide-test-probe.js';

export type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  content_scripts?: Record<string, unknown>[];
  browser_specific_settings?: { gecko?: { id?: string } };
};

export interface Installable {
  /** A directory holding the zip's files and the probe. */
  dir: string;
  /** The zip's own manifest, as the package ships it. */
  manifest: Manifest;
}

export function unpackWithProbe(): Installable {
  if (!existsSync(ZIP)) throw new Error(`No Firefox package at ${ZIP}: run "npm run package" first.`);
  const dir = mkdtempSync(join(tmpdir(), 'duo-okta-firefox-addon-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  copyFileSync(resolve(import.meta.dirname, '../probe/probe.js'), join(dir, PROBE_FILE));
  // document_start: the probe sees the namespaces before the guide (document_idle) first reads them.
  const probe = { matches: [`${PROBE_URL}*`], js: [PROBE_FILE], run_at: 'document_start', all_frames: false };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, content_scripts: [...(manifest.content_scripts ?? []), probe] }, null, 2));
  return { dir, manifest };
}

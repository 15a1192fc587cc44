// `npm run package`: versioned zips for Chrome/Edge and Firefox from the build in dist/, with
// `web-ext lint` on the Firefox one (any error or warning fails the command).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { firefoxManifest } from './firefox-manifest';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = resolve(process.env.PACKAGE_OUTPUT ?? join(ROOT, 'packages'));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const webExt = join(ROOT, 'node_modules/.bin/web-ext');

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
if (manifest.version !== version) throw new Error(`dist/ is version ${String(manifest.version)}, package.json says ${version}: run npm run build`);

mkdirSync(OUT, { recursive: true });
const zip = (dir: string, name: string) =>
  execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', OUT, '--filename', name, '--overwrite-dest'], { stdio: 'pipe' });

// Chrome and Edge: the build as it is.
zip(DIST, `duo-okta-guide-chrome-${version}.zip`);

// Firefox: the same files with its manifest, linted before zipping.
const firefox = join(OUT, 'firefox');
rmSync(firefox, { recursive: true, force: true });
cpSync(DIST, firefox, { recursive: true });
writeFileSync(join(firefox, 'manifest.json'), JSON.stringify(firefoxManifest(manifest), null, 2));
// web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
let report: string;
try {
  report = execFileSync(webExt, ['lint', '--source-dir', firefox, '--output', 'json'], { encoding: 'utf8' });
} catch (e) {
  report = String((e as { stdout?: string }).stdout ?? '{}');
}
const lint = JSON.parse(report) as {
  summary?: { errors: number; warnings: number; notices: number };
  errors?: { code: string; message: string; file?: string }[];
  warnings?: { code: string; message: string; file?: string }[];
};
for (const e of [...(lint.errors ?? []), ...(lint.warnings ?? [])]) console.log(`web-ext lint: ${e.code} ${e.file ?? ''} ${e.message}`);
const summary = lint.summary ?? { errors: 1, warnings: 0, notices: 0 };
console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
if (summary.errors || summary.warnings) {
  rmSync(firefox, { recursive: true, force: true });
  process.exit(1);
}
zip(firefox, `duo-okta-guide-firefox-${version}.zip`);
rmSync(firefox, { recursive: true, force: true });
console.log(`packages in ${OUT}: duo-okta-guide-chrome-${version}.zip, duo-okta-guide-firefox-${version}.zip`);

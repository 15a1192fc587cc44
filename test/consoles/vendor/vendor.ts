// Okta's real UI code for the simulated consoles: Courage (the Classic admin console's form
// framework) bundled from the devDependency @okta/okta-signin-widget with esbuild, once per
// process, and served at /_vendor/courage.js.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const WIDGET = resolve(HERE, '../../../node_modules/@okta/okta-signin-widget');
/** Courage's sources as the package ships them (not in its `exports`, so reached by path). */
const COURAGE = join(WIDGET, 'dist/esm/packages/@okta/courage-dist/esm/src/courage');

/** The widget package's exact version, named in the bundle's banner and the READMEs. */
export async function widgetVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(WIDGET, 'package.json'), 'utf8')) as { version: string }).version;
}

let courage: Promise<string> | undefined;

export function courageBundle(): Promise<string> {
  courage ??= (async () => {
    const out = await build({
      entryPoints: [join(HERE, 'courage-entry.js')],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      alias: { courage: COURAGE },
      logLevel: 'error',
      banner: { js: `/* Courage from @okta/okta-signin-widget ${await widgetVersion()} */` },
    });
    return out.outputFiles[0]!.text;
  })();
  return courage;
}

// Which message keys a set of source files uses. By the house convention every quoted snake_case
// literal in src is a message key (test/unit/i18n.test.ts holds the code to it), but a `dataSe:`
// value: the console's own hook. Used by that test and by the build (vite.config.ts), which hands
// the content scripts' keys to the background to read ahead (src/background/strings.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** The TypeScript files under a directory, or the file itself. */
export function sources(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => {
    const child = join(path, name);
    return statSync(child).isDirectory() ? sources(child) : /\.tsx?$/.test(name) ? [child] : [];
  });
}

/** Source without comments: a key named only in a comment is not used. */
export const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$/gm, '$1');

/** Each key the files name, with the first file naming it. */
export function keysIn(files: string[]): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) {
    for (const m of code(file).matchAll(/(?<!dataSe: )(['"])([a-z][a-z0-9_]*)\1/g)) {
      if (KEY.test(m[2]!) && !used.has(m[2]!)) used.set(m[2]!, file);
    }
  }
  return used;
}

/** Where the content scripts' code lives under src: the guide, its parts, the engine, the guides. */
const CONTENT_SOURCES = ['content', 'engine', 'guides', 'i18n.ts'];

/** The keys the content scripts name that are messages, sorted: what the background reads ahead
 *  for them (src/background/strings.ts). */
export const contentKeys = (src: string, messages: Record<string, unknown>): string[] =>
  [...keysIn(CONTENT_SOURCES.flatMap((p) => sources(join(src, p))))].map(([key]) => key).filter((key) => key in messages).sort();

// What a console page loads for the extension: the manifest's content-script files and every
// chunk they import, raw and gzip. Used by `npm run bench` and by the budget test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  files: string[];
  raw: number;
  gzip: number;
}

const IMPORTS = [/\bfrom\s*["']\.\/([\w.-]+\.js)["']/g, /\bimport\s*\(\s*["']\.\/([\w.-]+\.js)["']/g, /getURL\(\s*["'](assets\/[\w.-]+\.js)["']/g, /\bimport\s*["']\.\/([\w.-]+\.js)["']/g];

export function contentScriptBytes(dist: string): Bytes {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
  const queue = manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const re of IMPORTS) {
      for (const m of code.matchAll(re)) queue.push(m[1]!.startsWith('assets/') ? m[1]! : dir + m[1]!);
    }
  }
  const files = [...seen];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(dist, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export function fileBytes(paths: string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const p of paths) {
    const body = readFileSync(p);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: paths, raw, gzip };
}

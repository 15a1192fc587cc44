// What a console page loads for the extension while a setup runs: its console's registered
// content script (self-contained), raw and gzip. Used by `npm run bench` and by the budget test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { guideFile } from '../src/background/guide-where';
import type { Side } from '../src/engine/hosts';
import type { FlowId } from '../src/guides/types';

export interface Bytes {
  files: string[];
  raw: number;
  gzip: number;
}

/** What a page of one console loads while a flow is in use: that console's script of that flow. */
export function contentScriptBytes(dist: string, side: Side, flow: FlowId): Bytes {
  return fileBytes([join(dist, guideFile(side, flow))]);
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

// The real Okta Sign-In Widget's files (js, css, fonts, images, labels), served from its npm
// package at /_widget/ as Okta's hosted sign-in page loads them from Okta's CDN.
import type { ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../node_modules/@okta/okta-signin-widget/dist');

export const WIDGET_PREFIX = '/_widget/';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Answers GET /_widget/<path under dist/>; false when there is no such file. */
export async function serveWidgetAsset(res: ServerResponse, pathname: string): Promise<boolean> {
  const file = resolve(DIST, decodeURIComponent(pathname.slice(WIDGET_PREFIX.length)));
  const type = TYPES[extname(file)];
  if (!type || !file.startsWith(DIST + sep)) return false;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  // The bundle is 2 MB and never changes within a run: let the browser keep it.
  res.setHeader('Cache-Control', 'max-age=3600');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(body);
  return true;
}

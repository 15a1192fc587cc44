// Loads a saved console page (npm run snapshots) into happy-dom's document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageView } from '../../src/engine/conditions';
import type { ConsoleKind } from '../../src/engine/hosts';
import { identifyConsole } from '../../src/engine/hosts';

export function loadPage(name: string): PageView {
  const html = readFileSync(join(import.meta.dirname, 'pages', `${name}.html`), 'utf8');
  const url = /<!-- (\S+) -->/.exec(html)?.[1] ?? 'https://example.com/';
  document.documentElement.innerHTML = html
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>[\s\S]*$/, '')
    .replace(/<link[^>]*>/g, ''); // happy-dom loads no stylesheets
  const u = new URL(url);
  const kind = identifyConsole(url)?.kind as ConsoleKind;
  return { root: document, kind, path: u.pathname + u.hash };
}

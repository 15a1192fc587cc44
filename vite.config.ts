/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { build as esbuild } from 'esbuild';
import { minify as terser } from 'terser';
import { resolve } from 'node:path';
import { guideFile, PART_SIDE, partFile, PARTS } from './src/background/guide-where';
import { sideGuides } from './scripts/side-guides';
import { FLOW_IDS } from './src/guides/types';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import messages from './_locales/en/messages.json' with { type: 'json' };
import { contentKeys } from './scripts/message-keys';

/** The keys the content scripts use (the guide's and the help's sources), for the background to
 *  read ahead (src/background/strings.ts). */
const CONTENT_KEYS = contentKeys(resolve(import.meta.dirname, 'src'), messages);

/** Preact's dangerouslySetInnerHTML is the one innerHTML write in the bundle; nothing here uses it,
 *  so it is replaced by an error (store linters refuse innerHTML in shipped code). */
function noInnerHtml(): Plugin {
  const write = 't.innerHTML=h.__html';
  return {
    name: 'no-inner-html',
    transform(code, id) {
      if (!/preact[\\/]dist[\\/]preact\.mjs(\?|$)/.test(id)) return null;
      if (!code.includes(write)) throw new Error('preact changed: update the no-inner-html plugin in vite.config.ts');
      return code.replace(write, 'void (()=>{throw new Error("dangerouslySetInnerHTML is not allowed")})()');
    },
    // Whatever the module ids, the shipped bundle must not write innerHTML.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /\.innerHTML\s*=(?!=)/.test(chunk.code)) throw new Error(`${chunk.fileName} writes innerHTML`);
      }
    },
  };
}

/** The shipped messages without what only translators read (descriptions, examples): a third of
 *  the size for the browser to load when a page first asks for a string. */
function leanMessages(): Plugin {
  const lean = (source: string) => {
    const messages = JSON.parse(source) as Record<string, { description?: string; placeholders?: Record<string, { example?: string }> }>;
    for (const entry of Object.values(messages)) {
      delete entry.description;
      for (const p of Object.values(entry.placeholders ?? {})) delete p.example;
    }
    return JSON.stringify(messages);
  };
  return {
    name: 'lean-messages',
    enforce: 'post',
    generateBundle: {
      // After crxjs has added the manifest's files to the bundle.
      order: 'post',
      handler(_options, bundle) {
        const files = Object.values(bundle).filter((f) => f.type === 'asset' && /^_locales\/[^/]+\/messages\.json$/.test(f.fileName));
        if (!files.length) throw new Error('no _locales in the bundle: update the lean-messages plugin in vite.config.ts');
        for (const file of files) if (file.type === 'asset') file.source = lean(String(file.source));
      },
    },
  };
}

/** The guide's content scripts, one per console side and flow, and its on-demand help: each one
 *  self-contained classic script at a fixed path, which the background registers while a setup runs
 *  (src/background/guide-scripts.ts). No loader importing chunks, so nothing is web-accessible for a
 *  page to fetch and tell the extension by. `__SIDE__` leaves out the other console's half, and
 *  sideGuides its guides' locators and the other flows. */
function guideScripts(): Plugin {
  const builds = [
    ...FLOW_IDS.flatMap((flow) => (['duo', 'okta'] as const).map((side) => ({ fileName: guideFile(side, flow), entry: 'src/content/index.ts', side, flow }))),
    ...PARTS.map((part) => ({ fileName: partFile(part), entry: `src/content/parts/${part}.ts`, side: PART_SIDE[part] ?? undefined, flow: undefined })),
  ];
  return {
    name: 'guide-scripts',
    async generateBundle() {
      for (const { fileName, entry, side, flow } of builds) {
        const out = await esbuild({
          entryPoints: [entry],
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'chrome120',
          write: false,
          metafile: true,
          legalComments: 'none',
          define: { __SIDE__: side ? JSON.stringify(side) : 'undefined', __FLOW__: flow ? JSON.stringify(flow) : 'undefined' },
          // The other side's guides as outlines. Not under `npm run dev`: the outlines are made from
          // the guides as this config loaded them, so a watch build keeps the guides whole.
          plugins: side && flow && !this.meta.watchMode ? [sideGuides(side, flow)] : [],
        });
        for (const input of Object.keys(out.metafile.inputs)) this.addWatchFile(input);
        // A second pass over esbuild's output: terser's compression and its renaming leave 3 % less
        // gzip for every guided page to read (README › Performance). Not under `npm run dev`, where
        // it would make the rebuild five times slower (3.2 s instead of 0.6 s).
        const text = out.outputFiles[0]!.text;
        const code = this.meta.watchMode ? text : (await terser(text, { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
        if (!code) throw new Error(`terser gave nothing for ${fileName}`);
        this.emitFile({ type: 'asset', fileName, source: code });
      }
    },
  };
}

export default defineConfig({
  // The extension build; vitest runs the sources directly and needs none of these plugins.
  plugins: process.env.VITEST ? [] : [noInnerHtml(), preact(), crx({ manifest: { ...manifest, version: pkg.version } }), guideScripts(), leanMessages()],
  // Only the content-script bundles set it; everywhere else both halves are there.
  define: { __SIDE__: 'undefined', __FLOW__: 'undefined', __CONTENT_KEYS__: JSON.stringify(CONTENT_KEYS) },
  build: {
    target: 'chrome120',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    projects: [
      {
        // Not inherited from the root: a project's own.
        define: { __CONTENT_KEYS__: JSON.stringify(CONTENT_KEYS) },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time on two cores; each file launches its own.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.test.ts'],
          environment: 'node',
          // One Firefox session for the whole tier, after the Chromium tier.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

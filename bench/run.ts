// `npm run bench`: the built extension in real Chromium on a heavy simulated Okta admin page
// (≥ 10,000 elements), side by side with driver.js 1.8.0 on the same page in the same run.
// Prints a table and writes bench/results.json. Timings are medians over repeated runs (min–max),
// each row also as a ratio to driver.js's load in the same run. Besides the guided admin page: the
// same page on the Okta end-user host before the setup starts (a fresh install), and the admin page
// once the guide is paused (dormant: no content script registered).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { hostResolverRules, OKTA_ORGS } from '../test/consoles/fixtures';
import { startConsoles } from '../test/consoles/server';
import { contentScriptBytes, fileBytes } from './size';
import { guideFile, partFile } from '../src/background/guide-where';
import { FLOW_IDS } from '../src/guides/types';
import { guideRegistered } from '../test/e2e/lib/browser';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const INSERTIONS = 60;
const CHURN_PER_SECOND = 1000;
const CHURN_SECONDS = 10;
const HEAVY = `https://${OKTA_ORGS.acme.adminHost}/__bench/heavy`;
/** The same page on the end-user host, the first an admin opens before the setup starts: a fresh
 *  install's guide points at the Admin button there. */
const HEAVY_USER = `https://${OKTA_ORGS.acme.endUserHost}/__bench/heavy`;
const ARGS = ['--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Metrics = Record<string, number>;
const sessions = new WeakMap<Page, CDPSession>();

/** The renderer's cumulative metrics (ScriptDuration, TaskDuration in s; JSHeapUsedSize in bytes),
 *  from one DevTools session opened before the page loaded. */
async function metrics(page: Page): Promise<Metrics> {
  const { metrics: list } = (await sessions.get(page)!.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const summary = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function context(rules: string, withExtension: boolean): Promise<{ ctx: BrowserContext; done(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'duo-okta-bench-'));
  const ext = withExtension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : [];
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...ext, `--host-resolver-rules=${rules}`, ...ARGS],
  });
  if (withExtension) await guideRegistered(ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 })));
  return { ctx, done: async () => (await ctx.close(), rmSync(profile, { recursive: true, force: true })) };
}

/** What the page shows of the guide: the step, `''` for an element with no step, null for none. */
type Expect = string | null;

async function heavyPage(ctx: BrowserContext, url: string, expect: Expect | undefined): Promise<Page> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  sessions.set(page, cdp);
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  // The same fixed wait with and without the extension (no in-page polling to skew the load figures).
  await page.waitForTimeout(2000);
  const step = await page.evaluate(() => document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step') ?? null);
  if (expect !== undefined && step !== expect) throw new Error(`the guide is not as expected on ${url}: ${step} instead of ${expect}`);
  return page;
}

/** Pauses the guide as the popup's Pause does, and waits until no content script is registered. */
async function pause(ctx: BrowserContext): Promise<void> {
  const worker = ctx.serviceWorkers()[0]!;
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`);
  await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'pause', paused: true }));
  await popup.close();
  for (;;) {
    const ids = await worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts()).length);
    if (!ids) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The extension's files a page of this URL runs, as the renderer parsed them (DevTools'
 *  Debugger.scriptParsed, on a load of its own: the debugger would skew the timings). */
async function scriptsRun(ctx: BrowserContext, url: string): Promise<string[]> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const files = new Set<string>();
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
    if (e.url.startsWith('chrome-extension://')) files.add(new URL(e.url).pathname.slice(1));
  });
  await cdp.send('Debugger.enable');
  await page.goto(url);
  await page.waitForTimeout(2000);
  await page.close();
  return [...files].sort();
}

/** The renderer's task time of a page's load, in ms. */
async function loadTask(ctx: BrowserContext, url: string, expect: Expect | undefined): Promise<{ ms: number; started: number | null }> {
  const page = await heavyPage(ctx, url, expect);
  const ms = (await metrics(page)).TaskDuration! * 1000;
  // The guide's own start measure (set-up, first look, first placement), if it started.
  const started = await page.evaluate(() => performance.getEntriesByName('duo-okta-guide:start')[0]?.duration ?? null);
  await page.close();
  return { ms, started };
}

/** Long tasks from now on (the page's own load is not counted). */
async function longTasksFromNow(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  return () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
}

/** The page's own script time while it churns, and the renderer's total task time. */
async function churn(page: Page): Promise<{ script: number; task: number }> {
  const before = await metrics(page);
  await page.evaluate((n) => (window as unknown as { bench: { churn(n: number): void } }).bench.churn(n), CHURN_PER_SECOND);
  await page.waitForTimeout(CHURN_SECONDS * 1000);
  await page.evaluate(() => (window as unknown as { bench: { churn(n: number): void } }).bench.churn(0));
  const after = await metrics(page);
  return { script: after.ScriptDuration! - before.ScriptDuration!, task: after.TaskDuration! - before.TaskDuration! };
}

async function insertions(page: Page, how: 'insert' | 'driver'): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < INSERTIONS; i++) out.push(await page.evaluate((h) => (window as unknown as { bench: Record<string, () => Promise<number>> }).bench[h]!(), how));
  return out;
}

async function main(): Promise<void> {
  const consoles = await startConsoles({ port: 0 });
  await consoles.reset({ renderDelayMs: 0 });
  const rules = hostResolverRules(consoles.port);
  const runs: Record<string, number[]> = {};
  const push = (k: string, v: number) => (runs[k] ??= []).push(v);
  let insertAll: number[] = [];
  let driverAll: number[] = [];
  let nodes = 0;
  let guidedFiles: string[] = [];
  let dormantFiles: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // The page alone: load cost and churn, no extension.
      const bare = await context(rules, false);
      const userBare = await loadTask(bare.ctx, HEAVY_USER, undefined);
      const adminBare = await loadTask(bare.ctx, HEAVY, undefined);
      const plain = await heavyPage(bare.ctx, HEAVY, undefined);
      nodes = await plain.evaluate(() => document.getElementsByTagName('*').length);
      const loadBare = await metrics(plain);
      const longBare = await longTasksFromNow(plain);
      const c0 = await churn(plain);
      push('churnScriptBare', c0.script);
      push('churnTaskBare', c0.task);
      push('longTasksBare', await longBare());
      // driver.js on the same page: load, then the same insertions.
      const d0 = await metrics(plain);
      await plain.evaluate(() => (window as unknown as { bench: { loadDriver(): Promise<void> } }).bench.loadDriver());
      const d1 = await metrics(plain);
      push('driverStart', (d1.TaskDuration! - d0.TaskDuration!) * 1000);
      // Its first drawing, timed in the page as the guide's measure is: the like-for-like figure.
      push('driverFirst', await plain.evaluate(() => (window as unknown as { bench: { driverFirst(): Promise<number> } }).bench.driverFirst()));
      push('driverLoadAndFirst', runs.driverStart!.at(-1)! + runs.driverFirst!.at(-1)!);
      const dIns = await insertions(plain, 'driver');
      driverAll = driverAll.concat(dIns);
      push('driverP50', median(dIns));
      push('driverP95', quantile(dIns, 0.95));
      await bare.done();

      // The same page with the extension.
      const guided = await context(rules, true);
      // The end-user page first, as after install: the guide starts there and points at Admin.
      const user = await loadTask(guided.ctx, HEAVY_USER, 'okta.admin');
      if (user.started === null) throw new Error('the guide did not start on the end-user page');
      push('userDelta', user.ms - userBare.ms);
      push('userMeasure', user.started);
      guidedFiles = await scriptsRun(guided.ctx, HEAVY);
      const page = await heavyPage(guided.ctx, HEAVY, 'classic.multifactor');
      const loadGuided = await metrics(page);
      const longGuided = await longTasksFromNow(page);
      push('startMeasure', await page.evaluate(() => performance.getEntriesByName('duo-okta-guide:start')[0]?.duration ?? NaN));
      // Script plus style and layout: the renderer's task time at load, with minus without.
      push('startScriptDelta', (loadGuided.TaskDuration! - loadBare.TaskDuration!) * 1000);
      push('heapGuided', loadGuided.JSHeapUsedSize! / 1024);
      push('heapBare', loadBare.JSHeapUsedSize! / 1024);
      const ins = await insertions(page, 'insert');
      insertAll = insertAll.concat(ins);
      push('insertP50', median(ins));
      push('insertP95', quantile(ins, 0.95));
      const c1 = await churn(page);
      push('churnScriptGuided', c1.script);
      push('churnTaskGuided', c1.task);
      push('churnRatio', c1.task / c0.task);
      push('longTasksGuided', await longGuided());
      await page.close();
      // Dormant: paused, a console page loads nothing of the extension.
      await pause(guided.ctx);
      const dormant = await loadTask(guided.ctx, HEAVY, null);
      if (dormant.started !== null) throw new Error('the guide started on a page while paused');
      push('dormantDelta', dormant.ms - adminBare.ms);
      dormantFiles = await scriptsRun(guided.ctx, HEAVY);
      await guided.done();
      process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
    }
  } finally {
    await consoles.close();
  }

  // The heavy page is an Okta admin page: it loads the Okta half, and nothing once dormant.
  // Its flow is the one the state had: Okta's script of that flow, and Duo's of the same.
  const flow = FLOW_IDS.find((f) => guidedFiles.join() === guideFile('okta', f));
  if (!flow) throw new Error(`the guided page ran ${guidedFiles.join(', ') || 'nothing'}, not one Okta script`);
  const ours = contentScriptBytes(DIST, 'okta', flow);
  const duo = contentScriptBytes(DIST, 'duo', flow);
  // Loaded on top on their own steps only: the Duo application's page, Okta's form.
  const capturePart = fileBytes([join(DIST, partFile('capture'))]);
  const fillPart = fileBytes([join(DIST, partFile('fill'))]);
  const asleep = fileBytes(dormantFiles.map((f) => join(DIST, f)));
  const drv = fileBytes([join(ROOT, 'node_modules/driver.js/dist/driver.js.iife.js'), join(ROOT, 'node_modules/driver.js/dist/driver.css')]);
  const s = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summary(v)]));
  const fmt = (x: { median: number; min: number; max: number }, d = 1) => `${x.median.toFixed(d)} (${x.min.toFixed(d)}–${x.max.toFixed(d)})`;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const vsDriver = (x: { median: number }) => ratio(x.median, s.driverStart!.median);
  const rows: [string, string, string, string][] = [
    [`JS+CSS a console page loads (${flow}), gzip KB`, (ours.gzip / 1024).toFixed(1), (drv.gzip / 1024).toFixed(1), ratio(ours.gzip, drv.gzip)],
    ['  raw KB', (ours.raw / 1024).toFixed(1), (drv.raw / 1024).toFixed(1), ratio(ours.raw, drv.raw)],
    ['  a Duo console page (its own half), gzip KB', (duo.gzip / 1024).toFixed(1), (drv.gzip / 1024).toFixed(1), ratio(duo.gzip, drv.gzip)],
    ['  + on Okta\'s form only: the fill part, gzip KB', (fillPart.gzip / 1024).toFixed(1), '', ''],
    ['  + on the Duo application\'s page only: the capture part, gzip KB', (capturePart.gzip / 1024).toFixed(1), '', ''],
    ['start, main thread ms (task time delta at load)', fmt(s.startScriptDelta!), fmt(s.driverStart!), ratio(s.startScriptDelta!.median, s.driverStart!.median)],
    ['  of which set-up + first look + first placement ms (measure)', fmt(s.startMeasure!, 2), fmt(s.driverStart!), vsDriver(s.startMeasure!)],
    ['  the same measure vs driver.js\'s load + its first popover drawn (like for like) ms', fmt(s.startMeasure!, 2), fmt(s.driverLoadAndFirst!), ratio(s.startMeasure!.median, s.driverLoadAndFirst!.median)],
    ['    driver.js\'s first popover alone (no load) ms', '', fmt(s.driverFirst!, 2), ''],
    ['Okta end-user page before the setup starts: task time delta ms', fmt(s.userDelta!), fmt(s.driverStart!), vsDriver(s.userDelta!)],
    ['  of which set-up + first look + first placement ms (measure)', fmt(s.userMeasure!, 2), fmt(s.driverStart!), vsDriver(s.userMeasure!)],
    ['dormant (paused) admin page: JS+CSS loaded, gzip KB', (asleep.gzip / 1024).toFixed(1), (drv.gzip / 1024).toFixed(1), ratio(asleep.gzip, drv.gzip)],
    [`dormant (paused) admin page: extension scripts run`, String(dormantFiles.length), '', ''],
    ['dormant (paused) admin page: task time delta ms (no extension code ran: the noise floor)', fmt(s.dormantDelta!), fmt(s.driverStart!), vsDriver(s.dormantDelta!)],
    ['target inserted → highlight placed p50 ms', fmt(s.insertP50!), fmt(s.driverP50!), ratio(s.insertP50!.median, s.driverP50!.median)],
    ['target inserted → highlight placed p95 ms', fmt(s.insertP95!), fmt(s.driverP95!), ratio(s.insertP95!.median, s.driverP95!.median)],
    [`renderer task time under churn (${CHURN_PER_SECOND}/s, ${CHURN_SECONDS} s), with / without`, fmt(s.churnRatio!, 3), '', ''],
    ['long tasks (> 50 ms) after load, with / without the extension', `${fmt(s.longTasksGuided!, 0)} / ${fmt(s.longTasksBare!, 0)}`, '', ''],
    ['page JS heap KB with / without the extension', `${fmt(s.heapGuided!, 0)} / ${fmt(s.heapBare!, 0)}`, '', ''],
  ];
  const header = ['measure', 'this extension', 'driver.js 1.8.0', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nHeavy page: ${nodes} elements; ${RUNS} runs; medians (min–max)\n`);
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, elements: nodes, bytes: { extension: ours, duo, capturePart, fillPart, driver: drv }, summary: s, raw: runs, insertions: { extension: insertAll, driver: driverAll } }, null, 2),
  );
}

await main();

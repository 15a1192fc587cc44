// Reading pages the way a person does, for Puppeteer over WebDriver BiDi: controls found by role and
// accessible name (a loose pattern, so new markup with the same visible words still matches), the
// overlay read as the README's test contract describes it.
import type { ElementHandle, Page } from 'puppeteer-core';

export interface Query {
  role: string;
  name?: RegExp;
  /** Only inside the first visible element matching this query. */
  within?: Query;
  /** Of several matches, the one sharing the smallest container with a visible text matching this. */
  near?: RegExp;
}

type Wire = { role: string; name?: [string, string]; within?: Wire; near?: [string, string] };
const wire = (q: Query): Wire => ({
  role: q.role,
  name: q.name && [q.name.source, q.name.flags],
  within: q.within && wire(q.within),
  near: q.near && [q.near.source, q.near.flags],
});
const describe = (q: Query): string =>
  `${q.role}${q.name ? ` ${String(q.name)}` : ''}${q.near ? ` near ${String(q.near)}` : ''}${q.within ? ` in ${describe(q.within)}` : ''}`;

/** Runs in the page: the first visible element for the query, or null. A simplified accessible
 *  name (aria-labelledby, aria-label, labels, legend, value of input buttons, text). */
function locate(q: Wire): Element | null {
  const IMPLICIT: Record<string, string> = {
    button: 'button,input[type=submit],input[type=button],input[type=reset]',
    link: 'a[href]',
    textbox: 'input:not([type]),input[type=text],input[type=email],input[type=password],input[type=search],input[type=url],textarea',
    checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]',
    combobox: 'select:not([multiple])',
    heading: 'h1,h2,h3,h4,h5,h6',
    navigation: 'nav',
    main: 'main',
    dialog: 'dialog',
    group: 'fieldset',
    article: 'article',
    region: 'section[aria-label],section[aria-labelledby]',
    row: 'tr',
    form: 'form',
  };
  const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const byIds = (ids: string) => ids.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
  const nameOf = (e: Element): string => {
    const by = e.getAttribute('aria-labelledby');
    if (by) return byIds(by);
    const aria = e.getAttribute('aria-label');
    if (aria) return aria.trim();
    if (e instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(e.type)) return e.value.trim();
    if (e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement) {
      const labels = Array.from(e.labels ?? [], (l) => text(l)).join(' ');
      return labels || e.getAttribute('title') || '';
    }
    if (e instanceof HTMLFieldSetElement) return text(e.querySelector('legend'));
    if (e.matches('section,dialog,article,[role=region],[role=dialog],[role=article],[role=group]')) {
      return text(e.querySelector('h1,h2,h3,h4,h5,h6,legend'));
    }
    return text(e) || e.getAttribute('title') || '';
  };
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions);
  };
  const find = (w: Wire, scope: ParentNode): Element[] => {
    const within = w.within ? find(w.within, scope)[0] : scope;
    if (!within) return [];
    const implicit = IMPLICIT[w.role];
    const selector = `[role="${w.role}"]${implicit ? `,${implicit}` : ''}`;
    const name = w.name && new RegExp(w.name[0], w.name[1]);
    const all = Array.from(within.querySelectorAll(selector)).filter((e) => {
      const explicit = e.getAttribute('role');
      return (!explicit || explicit === w.role) && visible(e) && (!name || name.test(nameOf(e)));
    });
    if (!w.near || all.length < 2) return all;
    const near = new RegExp(w.near[0], w.near[1]);
    const anchors = Array.from(within.querySelectorAll('*')).filter((e) => visible(e) && near.test(text(e)) && !Array.from(e.children).some((c) => near.test(text(c))));
    const depth = (e: Element) => {
      let d = 0;
      for (let p: Element | null = e; p; p = p.parentElement) d++;
      return d;
    };
    // The deepest common ancestor with any anchor wins.
    const closeness = (e: Element) => Math.max(-1, ...anchors.map((a) => {
      let p: Element | null = e;
      while (p && !p.contains(a)) p = p.parentElement;
      return p ? depth(p) : -1;
    }));
    return all.map((e) => [e, closeness(e)] as const).sort((a, b) => b[1] - a[1]).map(([e]) => e);
  };
  return find(q, document)[0] ?? null;
}

/** The element, once visible; fails naming what was looked for. */
export async function find(page: Page, q: Query, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(locate, { timeout, polling: 100 }, wire(q)).catch(() => {
    throw new Error(`no visible ${describe(q)} on ${page.url()}`);
  });
  return handle as ElementHandle<Element>;
}

/** The element if it is there now, else null. */
export async function findNow(page: Page, q: Query): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(locate, wire(q));
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) await handle.dispose();
  return element;
}

export interface OverlayState {
  flow: string | null;
  step: string | null;
  callout: string;
  buttons: string[];
  highlight: { x: number; y: number; width: number; height: number } | null;
}

export function overlay(page: Page): Promise<OverlayState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-duo-okta-guide]');
    if (!host || host.parentElement !== document.documentElement || !host.shadowRoot) return null;
    const root = host.shadowRoot;
    const r = root.querySelector('[part~="highlight"]')?.getBoundingClientRect();
    const callout = root.querySelector('[part~="callout"]');
    return {
      flow: host.getAttribute('data-flow'),
      step: host.getAttribute('data-step'),
      callout: (callout?.textContent ?? '').replace(/\s+/g, ' '),
      buttons: Array.from(callout?.querySelectorAll('button:not([hidden])') ?? [], (b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
      highlight: r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  });
}

/** Waits until the overlay shows one of these steps ('' once every step is done); returns it. */
export async function waitForStep(page: Page, steps: string | string[], timeout = 10_000): Promise<OverlayState> {
  const ids = typeof steps === 'string' ? [steps] : steps;
  await page
    .waitForFunction((want: string[]) => want.includes(document.querySelector('[data-duo-okta-guide]')?.getAttribute('data-step') ?? '\u0000'), { timeout, polling: 50 }, ids)
    .catch(async () => {
      throw new Error(`the overlay never showed ${ids.map((s) => JSON.stringify(s)).join(' or ')} on ${page.url()}; it shows ${JSON.stringify(await overlay(page))}`);
    });
  return (await overlay(page))!;
}

/** Waits until the highlight lies over the element: contains it, with at most 16 px slack a side. */
export async function expectHighlightOn(page: Page, target: ElementHandle<Element>, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const box = await target.boundingBox();
    const hl = (await overlay(page))?.highlight;
    if (box && hl) {
      const slack = [box.x - hl.x, box.y - hl.y, hl.x + hl.width - (box.x + box.width), hl.y + hl.height - (box.y + box.height)];
      if (slack.every((s) => s >= -0.5 && s <= 16)) return;
    }
    if (Date.now() > deadline) throw new Error(`the highlight is not over the control: control ${JSON.stringify(box)}, highlight ${JSON.stringify(hl)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A button of the overlay's callout, by accessible name (a trusted click through BiDi input). */
export async function calloutButton(page: Page, name: RegExp): Promise<ElementHandle<Element>> {
  const handle = await page
    .waitForFunction(
      (source: string, flags: string) => {
        const root = document.querySelector('[data-duo-okta-guide]')?.shadowRoot;
        const re = new RegExp(source, flags);
        return Array.from(root?.querySelectorAll('[part~="callout"] button:not([hidden])') ?? []).find((b) => re.test(b.getAttribute('aria-label') ?? b.textContent ?? '')) ?? null;
      },
      { timeout: 10_000, polling: 100 },
      name.source,
      name.flags,
    )
    .catch(async () => {
      throw new Error(`no callout button ${String(name)}; the overlay shows ${JSON.stringify(await overlay(page))}`);
    });
  return handle as ElementHandle<Element>;
}

// A scripted admin for the Universal Prompt flow, driven by the step the overlay shows: for each
// step it finds the control a person would use by its role and visible name (never the guide's
// locators), checks the highlight lies over it, and uses it. It stops at a given step, or when the
// overlay says every step is done; a step it does not know, or one that does not move on, fails.
import type { ElementHandle, Page } from 'puppeteer-core';
import { DUO_ADMIN_HOST, DUO_APP, DUO_SIGNIN_HOST } from '../../consoles/fixtures';
import { calloutButton, expectHighlightOn, find, findNow, overlay, type Query } from './page';

export interface Org {
  adminHost: string;
  endUserHost: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where the walk is: the page, the org it sets up, the step it acts on. */
interface At {
  page: Page;
  org: Org;
  step: string;
}

const highlighted = (at: At, control: ElementHandle<Element>) => expectHighlightOn(at.page, control);

/** Highlighted, then clicked (a trusted click through WebDriver BiDi input). */
async function press(at: At, q: Query): Promise<void> {
  const control = await find(at.page, q);
  await highlighted(at, control);
  await control.click();
}

/** Chooses an option as a person would: a native select by its option's text, or a combobox
 *  widget opened with a click and its option clicked. */
export async function choose(page: Page, control: ElementHandle<Element>, option: RegExp): Promise<void> {
  const value = await control.evaluate((e, source, flags) => {
    if (!(e instanceof HTMLSelectElement)) return null;
    const re = new RegExp(source, flags);
    return Array.from(e.options).find((o) => re.test(o.text.trim()))?.value ?? '';
  }, option.source, option.flags);
  if (value === '') throw new Error(`no option ${String(option)} in the select`);
  if (value !== null) {
    await control.select(value);
    return;
  }
  await control.click();
  await (await find(page, { role: 'option', name: option })).click();
}

const inNav = (name: RegExp): Query => ({ role: 'link', name, within: { role: 'navigation', name: /admin console/i } });

/** Security › item in Okta's side nav, opening the Security section first when it is closed. */
async function securityItem(at: At, item: RegExp): Promise<void> {
  if (!(await findNow(at.page, inNav(item)))) await press(at, { role: 'button', name: /^security/i, within: { role: 'navigation', name: /admin console/i } });
  await press(at, inNav(item));
}

async function goto(page: Page, url: string): Promise<void> {
  const now = new URL(page.url());
  const want = new URL(url);
  if (now.host !== want.host || now.pathname !== want.pathname) await page.goto(url);
}

type Act = (at: At) => Promise<void>;

/** What a person does at each step of the Universal Prompt flow (the Duo half, then Okta). */
const ACTS: Record<string, Act> = {
  'duo.signin': async (at) => {
    await (await find(at.page, { role: 'textbox', name: /^e-?mail/i })).type('admin@example.com');
    await (await find(at.page, { role: 'textbox', name: /^password/i })).type('correct horse battery staple');
    await (await find(at.page, { role: 'button', name: /^(log ?in|sign ?in|continue)$/i })).click();
  },
  'duo.applications': (at) => press(at, { role: 'link', name: /^applications$/i, within: { role: 'navigation', name: /main/i } }),
  'duo.protect': (at) => press(at, { role: 'link', name: /^\+?\s*(protect an application|add application|application catalog)$/i, within: { role: 'main' } }),
  'duo.search': async (at) => {
    const box = await find(at.page, { role: 'textbox', name: /^(filter|search) applications$/i });
    await highlighted(at, box);
    await box.type('okta', { delay: 20 });
  },
  'duo.protect-okta': (at) => press(at, { role: 'button', name: /^\+?\s*(protect|add)$/i, near: /^okta$/i, within: { role: 'main' } }),
  // The keys are read by themselves; a masked secret needs its Show button first.
  'duo.capture': (at) => press(at, { role: 'button', name: /^(show|reveal|view)\b/i }),
  'okta.admin': async (at) => {
    await goto(at.page, `https://${at.org.endUserHost}/app/UserHome`);
    await press(at, { role: 'link', name: /^admin$/i });
  },
  'up.idps': (at) => securityItem(at, /^identity providers$/i),
  'up.add-idp': (at) => press(at, { role: 'button', name: /^add identity provider$/i, within: { role: 'main' } }),
  'up.oidc-type': (at) => press(at, { role: 'radio', name: /^openid connect( idp)?$/i }),
  'up.oidc-next': (at) => press(at, { role: 'button', name: /^next$/i }),
  'up.fill': async (at) => (await calloutButton(at.page, /^Fill/)).click(),
  'up.finish': (at) => press(at, { role: 'button', name: /^finish$/i }),
  'up.authenticators': (at) => securityItem(at, /^authenticators$/i),
  'up.add-authenticator': (at) => press(at, { role: 'button', name: /^add authenticator$/i, within: { role: 'main' } }),
  'up.idp-tile': (at) => press(at, { role: 'button', name: /^add$/i, within: { role: 'article', name: /^idp authenticator$/i } }),
  'up.idp-choose': async (at) => {
    const control = await find(at.page, { role: 'combobox', name: /^(idp|identity provider)/i });
    await highlighted(at, control);
    await choose(at.page, control, /duo/i);
  },
  'up.idp-add': (at) => press(at, { role: 'button', name: /^add$/i, within: { role: 'form', name: /idp authenticator/i } }),
  'up.enrollment-tab': (at) => press(at, { role: 'tab', name: /^enrollment$/i }),
  'up.enrollment-edit': (at) => press(at, { role: 'button', name: /^edit$/i, within: { role: 'region', name: /^default policy$/i } }),
  'up.enrollment-choice': async (at) => {
    const control = await find(at.page, { role: 'combobox', name: /^idp authenticator$/i });
    await highlighted(at, control);
    await choose(at.page, control, /^required$/i);
  },
  'up.enrollment-save': (at) => press(at, { role: 'button', name: /^(update|create) policy$/i }),
  'up.features': async (at) => {
    await goto(at.page, `https://${at.org.adminHost}/admin/settings/features`);
    await press(at, { role: 'switch', name: /skip the verify screen/i });
  },
  // Filled with the rest of the form: the guide only shows the mapping.
  'up.username': async (at) => highlighted(at, await find(at.page, { role: 'textbox', name: /^idp username$/i })),
  // The Default Policy keeps Email Optional: a second authenticator is already there.
  'up.break-glass': async (at) => highlighted(at, await find(at.page, { role: 'combobox', name: /^(okta verify|email)$/i })),
  'verify.att': async (at) => {
    await goto(at.page, `https://${at.org.adminHost}/admin/dashboard`);
    const reports = { role: 'navigation', name: /admin console/i } as const;
    if (!(await findNow(at.page, inNav(/^access testing tool$/i)))) await press(at, { role: 'button', name: /^reports/i, within: reports });
    await press(at, inNav(/^access testing tool$/i));
  },
  'verify.att-run': async (at) => {
    await choose(at.page, await find(at.page, { role: 'combobox', name: /^application$/i }), /^okta dashboard$/i);
    await choose(at.page, await find(at.page, { role: 'combobox', name: /^username$/i }), /^pat\.tester@/i);
    // The highlight lies over the tool's whole form (the Chromium walk checks it); Run test is inside.
    await (await find(at.page, { role: 'button', name: /^run test$/i })).click();
  },
  'test.enroll': async (at) => {
    await goto(at.page, `https://${at.org.endUserHost}/signin/enroll`);
    // The real Sign-In Widget lists the IdP authenticator under the name Okta gave it.
    await press(at, { role: 'link', name: /^set up idp authenticator\.$/i });
    // Its setup screen completes the check; the next one is in Duo.
    await find(at.page, { role: 'heading', name: /^set up idp authenticator$/i });
    await goto(at.page, `https://${DUO_ADMIN_HOST}/`);
  },
  'verify.duo-log': (at) => press(at, { role: 'link', name: /^authentication log$/i, within: { role: 'navigation', name: /main/i } }),
  'verify.duo-entry': async (at) => choose(at.page, await find(at.page, { role: 'combobox', name: /^applications$/i }), /^okta$/i),
  'verify.duo-up': async (at) => {
    await goto(at.page, `https://${DUO_ADMIN_HOST}/applications/${DUO_APP.ikey}`);
    await press(at, { role: 'button', name: /^activate universal prompt$/i });
  },
};

/** The step the overlay shows, or null while there is none (a page loading, no overlay yet). */
async function stepNow(page: Page): Promise<string | null> {
  try {
    return (await overlay(page))?.step ?? null;
  } catch {
    return null; // the page is navigating
  }
}

/** The next step the overlay shows, once it has shown it for SETTLE_MS. */
const SETTLE_MS = 300;
async function nextStep(page: Page, from: string | null, timeout: number): Promise<string> {
  const deadline = Date.now() + timeout;
  let seen = null as { step: string; since: number } | null;
  for (;;) {
    const step = await stepNow(page);
    if (step !== null && step !== from) {
      if (seen?.step !== step) seen = { step, since: Date.now() };
      else if (Date.now() - seen.since >= SETTLE_MS) return step;
    } else seen = null;
    if (Date.now() > deadline) {
      throw new Error(from === null ? `no overlay on ${page.url()}` : `step ${from} did not move on after the admin's action; the overlay shows ${JSON.stringify(await overlay(page).catch(() => null))}`);
    }
    await sleep(50);
  }
}

/** Walks from the step shown now. Returns the step it stopped at ('' when all are done). */
export async function walk(page: Page, org: Org, until?: string): Promise<string> {
  let step = await nextStep(page, null, 10_000);
  for (let taken = 0; taken < 60; taken++) {
    if (step === until || step === '') {
      if (step === '' && until !== undefined && until !== '') throw new Error(`every step was done before ${until}`);
      return step;
    }
    const act = ACTS[step];
    if (!act) {
      // Another flow's step: an Okta org's engine is learnt shortly after its first admin page
      // loads, and the flow follows it. Anything else is a step this walk does not know.
      step = await nextStep(page, step, 5_000).catch(() => {
        throw new Error(`the walk does not know step ${step} (on ${page.url()})`);
      });
      continue;
    }
    try {
      await act({ page, org, step });
    } catch (e) {
      // The overlay moved on while the walk acted (a first render from defaults, before the
      // stored progress arrived): go on from the step shown now. Otherwise the act failed.
      const now = await stepNow(page);
      if (now === null || now === step) throw e;
      step = now;
      continue;
    }
    step = await nextStep(page, step, 15_000);
  }
  throw new Error('the walk took more than 60 steps');
}

export const DUO_START = `https://${DUO_SIGNIN_HOST}/`;

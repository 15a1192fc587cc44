// What the guide needs only when the admin asks for help: the diagnostics report and the locator
// for a control the admin shows it. Built as its own file (help.js) and injected into the page's
// content-script world on demand, so the guide every page loads stays small.
import { diagnose } from './diagnostics';
import { learnFrom } from '../engine/learn';

export interface Help {
  diagnose: typeof diagnose;
  learnFrom: typeof learnFrom;
}

(globalThis as { duoOktaHelp?: Help }).duoOktaHelp = { diagnose, learnFrom };

// Content script, registered by the background while a setup runs: on a console page, in the top
// frame, start the guide (./controller.ts). The whole file exits at once on any other page.
import { identifyConsole } from '../engine/hosts';
import { start } from './controller';

const here = identifyConsole(location.href);
if (here && window.top === window) {
  // Injected again into a tab that has it (a setup resumed): the newer copy takes over.
  const self = globalThis as { duoOktaGuideStop?: () => void };
  self.duoOktaGuideStop?.();
  self.duoOktaGuideStop = start(here);
}

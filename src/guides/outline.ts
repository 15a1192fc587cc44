// What a console page needs of a step done in the other console: where it is and what it says, for
// the checklist count and the "go to the other console" callout. How to find or judge it stays with
// that console's own script (the build leaves it out: scripts/side-guides.ts).
import type { Step } from './types';

export function outline(step: Step): Step {
  const { id, console, group, kind, title, instruction, help, optional } = step;
  return { id, console, group, kind, title, instruction, ...(help && { help }), ...(optional && { optional }) };
}

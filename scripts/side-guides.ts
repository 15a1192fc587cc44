// An esbuild plugin for one console side's content script of one flow: the other flows are left
// out, and the guides of the other side are replaced by outlines (./src/guides/outline.ts), so a
// Duo page does not load the Okta flow's locators and an Okta page not Duo's. Generated from the
// guides themselves at build time.
import type { Plugin } from 'esbuild';
import { dirname } from 'node:path';
import { FLOWS } from '../src/guides';
import { duoSteps } from '../src/guides/duo';
import { duoActivateSteps, duoLogSteps } from '../src/guides/duo-verify';
import { outline } from '../src/guides/outline';
import type { FlowId, Step } from '../src/guides/types';
import type { Side } from '../src/engine/hosts';
import { sideOf } from '../src/engine/progress';

const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const json = (v: unknown) => JSON.stringify(v);
// Every Duo step, by the module and export it comes from.
const DUO_MODULES: Record<string, Record<string, Step[]>> = { duo: { duoSteps }, 'duo-verify': { duoLogSteps, duoActivateSteps } };
const duoAll = Object.values(DUO_MODULES).flatMap((m) => Object.values(m).flat());

/** The Okta flow modules, each a Duo step reference or an outline per step (for the Duo side). */
function oktaFlowModule(id: keyof typeof FLOWS): string {
  const flow = FLOWS[id];
  const steps = flow.steps.map((step) => {
    if (sideOf(step) === 'okta') return json(outline(step));
    if (!duoAll.includes(step)) throw new Error(`side-guides: Duo step ${step.id} of ${id} is not in a Duo module`);
    return `d[${json(step.id)}]`;
  });
  return [
    `import { duoSteps } from './duo';`,
    `import { duoLogSteps, duoActivateSteps } from './duo-verify';`,
    `const d = Object.fromEntries([...duoSteps, ...duoLogSteps, ...duoActivateSteps].map((s) => [s.id, s]));`,
    `export const ${camel(id)} = { id: ${json(flow.id)}, title: ${json(flow.title)}, summary: ${json(flow.summary)}, steps: [${steps.join(',')}] };`,
  ].join('\n');
}

/** Another flow than the script's: its name and nothing else (the script stops if it is chosen). */
function leftOutFlowModule(id: FlowId): string {
  const flow = FLOWS[id];
  return `export const ${camel(id)} = { id: ${json(flow.id)}, title: ${json(flow.title)}, summary: ${json(flow.summary)}, steps: [] };`;
}

export function sideGuides(side: Side, flow: FlowId): Plugin {
  return {
    name: `side-guides-${side}-${flow}`,
    setup(build) {
      const guides = /[\\/]src[\\/]guides[\\/](duo|duo-verify|okta-classic|okta-oie|okta-universal-prompt)\.ts$/;
      build.onLoad({ filter: guides }, ({ path }) => {
        const name = guides.exec(path)![1]!;
        const resolveDir = dirname(path);
        const duoModule = DUO_MODULES[name];
        if (side === 'okta' && duoModule) {
          const contents = Object.entries(duoModule).map(([k, steps]) => `export const ${k} = ${json(steps.map(outline))};`).join('\n');
          return { contents, loader: 'js', resolveDir };
        }
        if (!duoModule && name !== flow) return { contents: leftOutFlowModule(name as FlowId), loader: 'js', resolveDir };
        if (side === 'duo' && !duoModule) return { contents: oktaFlowModule(name as FlowId), loader: 'js', resolveDir };
        return undefined;
      });
    },
  };
}
